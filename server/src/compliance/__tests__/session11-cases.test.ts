import { blockingRules as rules, checkPost as run, verdictOf as verdict } from './check-post';

// Session 11: leftovers named in earlier closing notes; the cases are new variants.

describe('names that end early or are no person', () => {
  it("a possessive ends a staff member's name (\"Dr. Marsh's ABCDE\")", () => {
    const text = "Dr. Helena Marsh's ABCDE rule for moles: Asymmetry, Border, Color, Diameter, Evolving.";
    expect(run(text).findings.filter((f) => f.category === 'phi')).toEqual([]);
    expect(verdict(text)).toBe('pass');
  });

  it('a patient’s name before a possessive still blocks', () => {
    expect(rules("Dr. Kessler's patient Ruth Amberly's MRI came back clear.")).toContain('phi.name.title');
  });

  it('a school team named with its mascot is no patient next to a health word', () => {
    expect(verdict('Best of luck to the Ashby Hornets at the playoff game — our athletic trainers will be courtside for concussion checks.', { options: { phiRiskModel: false } })).toBe('pass');
  });

  it('a person whose surname looks like a mascot still blocks', () => {
    expect(verdict('Congrats to Jake Eagles on beating his concussion!')).toBe('block');
  });
});

describe('a team cheered by its mascot alone', () => {
  it('"Go Hornets!" after "the Ashby Hornets" is no name', () => {
    const text = 'Good luck to the Ashby Hornets on Saturday! Our Sports Medicine team will be on the sidelines with free concussion checks. Go Hornets! 🐝';
    expect(run(text, { options: { phiRiskModel: false } }).findings.filter((f) => f.category === 'phi')).toEqual([]);
  });

  it('a person with that surname in another text still counts', () => {
    expect(rules('Go Hornets! Jake Hornets is back after his concussion.')).toContain('phi.name.given-name');
  });
});

describe('a building’s age', () => {
  it('"100 years young" when the next sentence says our pharmacy opened then', () => {
    expect(rules('100 years young 🎂 Our Elm Street pharmacy first opened in 1925 and still fills prescriptions every day.')).not.toContain('phi.age.over-89');
  });

  it('a person "95 years young" still blocks', () => {
    expect(rules('95 years young! Our patient Doris loves her garden.')).toContain('phi.age.over-89');
  });
});

// Causes read from probe22 (spent as a study set once the session's model work was measured on it).
const reply = (context: string) => ({ kind: 'reply' as const, context });

describe('probe22 study: false blocks that are gone', () => {
  it.each([
    ['an outage with its hours after a comma', 'Reminder: the patient portal is down for maintenance Sunday, 10pm–1am. The Front Desk can take payments by phone.'],
    ['thanks in capitals', 'THANK YOU, NURSES! 💙 Happy Nurses Week to every nurse across our three sites.'],
    ['a town’s institution turning 100', 'Happy 100th birthday to the Millbrook Fire Department! Our ER team will be at the open house.'],
  ])('%s passes', (_name, text) => {
    expect(verdict(text, { options: { phiRiskModel: false } })).toBe('pass');
  });

  it('a weekday that names when a service runs is no day of care', () => {
    const text = 'Yes! Kids 6 months and up can get a flu shot at any Pediatrics visit or at our Tuesday flu clinics.';
    expect(rules(text, { ...reply('Do you do flu shots for kids?'), options: { replyRiskModel: false } })).not.toContain('phi.date.relative-care');
    expect(rules('Grandpa Joe came in Saturday for his stitches.')).toContain('phi.date.relative-care');
  });

  it('a vaccine the comment asks about is not the commenter’s condition', () => {
    const context = 'Why do you push the shingles vaccine for people over 50? My mom thinks it is a scam';
    const text = 'Good question! The shingles vaccine is recommended for adults 50 and older because shingles can cause lasting nerve pain. Her provider can talk it through with her.';
    expect(rules(text, { ...reply(context), options: { replyRiskModel: false } })).not.toContain('phi.diagnosis.person-linked');
  });
});

describe('probe22 study: violations now caught', () => {
  it('a condition the commenter implied about themselves ("Feeling nervous"), said back', () => {
    const context = 'Is there a support group for people with an ileostomy? Feeling nervous about going out';
    expect(rules('Yes — call (555) 300-1000 and our ostomy nurses can tell you about living with an ileostomy day to day.', reply(context))).toContain('phi.procedure.person-linked');
    expect(rules('Yes — call (555) 300-1000 and ask for our ostomy nurses.', reply(context))).toEqual([]);
  });

  it('"patients like you" calls the commenter our patient', () => {
    expect(rules('Thank you — it’s patients like you who keep us going!', reply('Been coming here since 2009.'))).toContain('confirmation.our-patient');
  });

  it('"the whole story is in the first comment" holds the answer back', () => {
    expect(rules('Most clinics get wait times completely wrong. We did too, until one small change fixed ours. Whole story in the first comment.')).toContain('clickbait.deferred-reveal');
    expect(rules('Our October flu clinic schedule: full details in the first comment.')).not.toContain('clickbait.deferred-reveal');
  });
});

describe('the day of someone’s care, said back', () => {
  it('a weekday the commenter gave for their procedure, repeated in the reply', () => {
    expect(rules('Sending good vibes — Friday will fly by!', reply('My vasectomy is Friday, kind of freaking out'))).toContain('phi.date.restated-care-day');
    expect(rules('Hang in there, see you bright and early tomorrow.', reply('My first infusion is tomorrow morning 😬'))).toContain('phi.date.restated-care-day');
    expect(rules('You’ll do great — Monday will be over before you know it!', reply('Wisdom teeth extraction Monday, dreading it'))).toContain('phi.date.restated-care-day');
  });

  it('a day the comment only asks about, or our hours that day, is no one’s care', () => {
    expect(rules('Yes — the Oak Hill lab is open Saturday 8am to noon.', reply('Can I get my blood test done Saturday? I work weekdays'))).not.toContain('phi.date.restated-care-day');
    expect(rules('Good luck Friday!', reply('Our team plays the finals Friday!'))).not.toContain('phi.date.restated-care-day');
  });
});
