import { isIntroducedAsStaff } from '../staff-role';
import { anyBlock as blocked, phiFindings as phi } from './helpers/phi-findings';

describe('isIntroducedAsStaff', () => {
  const at = (text: string, name: string) => isIntroducedAsStaff(text, text.indexOf(name), text.indexOf(name) + name.length);

  it('reads a role before the name or a credential after it', () => {
    expect(at('Our ICU nurse Jamal earned his certification.', 'Jamal')).toBe(true);
    expect(at('Shoutout to our front desk superstar Brenda!', 'Brenda')).toBe(true);
    expect(at('Our founder, Dr. Eleanor Hayes, opened the clinic.', 'Dr. Eleanor Hayes')).toBe(true);
    expect(at('Welcome Angela Whitaker, MSN, RN, to the team.', 'Angela Whitaker')).toBe(true);
  });

  it('does not read a patient or a relative as staff', () => {
    expect(at('Our patient Brenda went home today.', 'Brenda')).toBe(false);
    expect(at('Congrats to Brenda on her recovery!', 'Brenda')).toBe(false);
    expect(at('Our nurses cared for Brenda after her fall.', 'Brenda')).toBe(false);
  });
});

describe('an unlisted colleague is a warning, not a patient', () => {
  it('warns on a staff name in a post that mentions patients', () => {
    const fs = phi('Shoutout to our front desk superstar Brenda, who has greeted patients with a smile for 15 years!');
    expect(blocked(fs)).toBe(false);
    expect(fs.some((f) => f.rule === 'phi.name.unlisted-staff' && f.severity === 'warn')).toBe(true);
  });

  it('still blocks a patient named in the same kind of post', () => {
    expect(blocked(phi('Shoutout to Brenda, who went home today after 15 days with us in the ICU!'))).toBe(true);
  });

  it('does not tie a colleague’s own news to a patient record', () => {
    const text = 'Our nurse Bethany ran the marathon two years after her breast cancer diagnosis.';
    expect(blocked(phi(text, { options: { phiRiskModel: false } }))).toBe(false);
    // Session 16 lowered the phi-risk threshold to 0.60, where the model blocks this sentence (a known false block, see
    // docs/history/compliance-engine.md, "Session 16"); the rules still leave a colleague's own news alone.
    expect(blocked(phi('Nurse Manager Owen Pritchard ran a 10K to raise money for our asthma camp.', { options: { phiRiskModel: false } }))).toBe(false);
  });

  it('blocks a named patient home after weeks with us or a fall', () => {
    expect(blocked(phi('Big hugs to Mrs. Greenberg, home today after three weeks with us following her fall.'))).toBe(true);
  });

  it('reads recovery, final days and days in a unit as care next to a name', () => {
    expect(blocked(phi('Please keep Deacon Harold Price in your prayers as he recovers.'))).toBe(true);
    expect(blocked(phi('That’s a wrap on 40 days in the burn unit for Cole Dempsey. Welcome home, Cole!'))).toBe(true);
    expect(blocked(phi('Happy discharge day to our friend on 6 East who spent the winter fighting a MRSA infection!'))).toBe(true);
  });

  it('reads a name in a reply about the commenter’s own care as theirs', () => {
    const reply = (text: string, context: string) => blocked(phi(text, { kind: 'reply', context }));
    expect(reply('Welcome back to the cardiac unit, Mr. Novak — we’re sorry it’s under these circumstances.', 'Back in the hospital with my heart again')).toBe(true);
    expect(reply('Hi Debra! Please call the Main Line at (555) 300-1000 and they’ll confirm any appointment.', 'How do I check my appointment?')).toBe(false);
    expect(reply('We’re so sorry for your loss, Greg. Sending our deepest sympathy.', 'My dad passed away last week.')).toBe(false);
  });

  it('reads "Nurse" before a name as a title', () => {
    expect(blocked(phi('Happy retirement to Nurse Betty Lang after 41 years on our maternity unit!'))).toBe(false);
  });

  it('does not read the name in a condition’s name as a person', () => {
    expect(blocked(phi('Never give a child aspirin for a fever: it’s linked to Reye’s syndrome.'))).toBe(false);
  });

  it('does not read "Teddy Bear" as a name', () => {
    expect(blocked(phi('Our Teddy Bear Clinic is Saturday, Oct 18! Kids bring a stuffed animal for a check-up.'))).toBe(false);
  });
});
