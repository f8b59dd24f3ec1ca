import { check } from '../../engine';
import type { CheckInput, Finding } from '../../types';
import { TEST_DIRECTORY } from '../../__tests__/test-directory';
import { anyBlock, phiFindings } from './helpers/phi-findings';

function phi(text: string, extra: Partial<CheckInput> = {}): Finding[] {
  return check({ text, kind: 'reply', directory: TEST_DIRECTORY, ...extra }).findings.filter(
    (f) => f.category === 'phi' && f.severity === 'block'
  );
}
const rules = (fs: Finding[]) => fs.map((f) => f.rule);

describe('replies that restate or judge the commenter’s own health (issue #3)', () => {
  it('marks a reading the commenter gave, repeated in the reply', () => {
    expect(
      rules(
        phi('Hi Sam, a reading of 160/100 is worth a call to our nurse line.', { context: 'My BP was 160/100 at the pharmacy' })
      )
    ).toContain('phi.lab.restated-reading');
    expect(rules(phi('Congrats on losing 30 pounds! Amazing work', { context: 'Down 30 lbs since January!' }))).toContain(
      'phi.lab.restated-reading'
    );
  });

  it('marks a bare value the commenter named ("my cholesterol was 260") repeated in the reply', () => {
    expect(rules(phi('260 is definitely worth a follow-up with our heart team.', { context: 'My cholesterol was 260 last month 😬' }))).toContain(
      'phi.lab.restated-reading'
    );
    expect(rules(phi('Under 7 is a huge win, congratulations!', { context: 'my A1c is finally under 7!!' }))).toContain('phi.lab.restated-reading');
    expect(rules(phi('We open at 7am on weekdays.', { context: 'my A1c is finally under 7!!' }))).not.toContain('phi.lab.restated-reading');
    expect(rules(phi('Our 2 new dietitians can help.', { context: 'My cholesterol was 260 last month' }))).not.toContain('phi.lab.restated-reading');
  });

  it('marks the street the commenter gave, repeated without its number', () => {
    const context = 'Live at 44 Birch Lane, can someone come for a home visit?';
    expect(rules(phi('Our home health team covers Birch Lane! Call (555) 300-1000.', { context }))).toContain('phi.address.restated-street');
    expect(rules(phi('Our home health team covers your area! Call (555) 300-1000.', { context }))).not.toContain('phi.address.restated-street');
  });

  it('leaves numbers alone that the commenter did not give, and phone numbers', () => {
    expect(
      rules(phi('Readings above 130/80 are worth a call to our nurse line.', { context: 'My BP was 160/100 at the pharmacy' }))
    ).not.toContain('phi.lab.restated-reading');
    expect(
      rules(phi('Sorry about the wait! Call (555) 201-4000.', { context: 'Waited 3 hours, called 201-4000 twice' }))
    ).not.toContain('phi.lab.restated-reading');
  });

  it('leaves a condition the reply only supposes ("if you are having…") alone', () => {
    const context = 'my heart is racing and I feel dizzy';
    expect(rules(phi('If you’re having chest pain or trouble breathing, call 911 now.', { context }))).toEqual([]);
    expect(rules(phi('You’re having chest pain? Please call 911 now.', { context }))).toContain('phi.diagnosis.person-linked');
  });

  it('marks a condition the reply names as what the commenter has', () => {
    expect(rules(phi('That’s textbook bladder infection stuff.', { context: 'Burning when I pee, ugh' }))).toContain(
      'phi.diagnosis.person-linked'
    );
    expect(
      rules(phi('A little blood there is usually hemorrhoids.', { context: 'Saw blood when I went to the bathroom' }))
    ).toContain('phi.diagnosis.person-linked');
  });

  it('leaves a condition named in general education alone', () => {
    expect(
      phi('Bladder infections are more common in women; our nurse line can help.', { context: 'Any facts on UTIs?' })
    ).toEqual([]);
  });

  it('marks the commenter’s own symptom judged as normal, only when they spoke about themselves', () => {
    expect(rules(phi('Chest tightness after a workout is normal.', { context: 'My chest feels tight after leg day' }))).toContain(
      'phi.diagnosis.person-linked'
    );
    expect(
      phi('Chest tightness after a workout is normal for some people, but chest pain is a 911 call.', {
        context: 'What should runners know?',
      })
    ).toEqual([]);
  });

  it('does not read an event room or a staff credential as a patient cue', () => {
    const post = { kind: 'post' as const };
    expect(phi('Diabetes Education Night — Thursday 6 pm, Conference Room 2. Bring your questions!', post)).toEqual([]);
    expect(rules(phi('Meet Marcus Greene, PT! He still leads the Saturday stretch class.', post))).not.toContain(
      'phi.date.relative-care'
    );
    expect(rules(phi('Our PT saw him Saturday after the fall; he is recovering at the stretch class.', post))).toContain(
      'phi.date.relative-care'
    );
    expect(rules(phi('The patient in Room 2 was diagnosed with diabetes.', post))).toContain('phi.diagnosis.person-linked');
  });
});

const blocksPhi = (text: string, context: string): boolean => anyBlock(phiFindings(text, { kind: 'reply', context }));

describe('a quantified mention is general, not the commenter’s own detail', () => {

  it('passes "some blood tests need fasting" after a comment about the writer’s blood test', () => {
    expect(blocksPhi('Some blood tests need fasting and some don’t; the lab can tell you at (555) 300-1000.', 'Can I eat before my blood test tomorrow?')).toBe(false);
  });

  it('blocks a general term named by the commenter’s own telling words', () => {
    expect(blocksPhi('Sleeping after rotator cuff surgery is tough. Our team can help: (555) 300-1000.', '3 weeks post-op from my rotator cuff repair and still can’t sleep')).toBe(true);
    expect(blocksPhi('Sleeping after surgery is tough. Our team can help: (555) 300-1000.', '3 weeks post-op from my rotator cuff repair and still can’t sleep')).toBe(false);
  });

  it('still blocks the same test named as theirs', () => {
    expect(blocksPhi('Your blood test needs fasting, so nothing after midnight.', 'Can I eat before my blood test tomorrow?')).toBe(true);
  });
});

describe('a comment without "I" is still the writer’s own news', () => {

  it('blocks a reply echoing a subjectless update', () => {
    expect(blocksPhi('Wishing you a smooth recovery from the knee replacement, Bob.', 'Knee replacement on Friday, nervous but ready')).toBe(true);
    expect(blocksPhi('Sorry about the kidney stone, that’s brutal.', 'Passing a kidney stone rn send help')).toBe(true);
    expect(blocksPhi('Sorry your Crohn’s is flaring, that’s exhausting.', 'Crohn’s flare, can’t leave the house')).toBe(true);
  });

  it('knows common symptoms as health details', () => {
    expect(blocksPhi('That heartburn after pizza is no fun.', 'Heartburn every time I eat pizza')).toBe(true);
    expect(blocksPhi('Sorry the hot flashes are keeping you up at night, Linda.', 'Menopause hot flashes all night')).toBe(true);
    expect(blocksPhi('The bruise on your son’s shin should fade.', 'Son has a huge bruise after soccer')).toBe(true);
  });

  it('passes the same words after a question or a compliment to us', () => {
    expect(blocksPhi('Yes, our Orthopedics team does knee replacement surgery. Call (555) 300-1000.', 'Do you do knee replacement?')).toBe(false);
    expect(blocksPhi('Thank you! We’ll pass this on to our cardiac rehab team.', 'Grandpa says the cardiac rehab folks are the best')).toBe(false);
  });
});
