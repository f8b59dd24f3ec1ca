import { blockingRules as rules, checkPost as run, verdictOf as verdict } from './check-post';

// General causes found by reading blind-written study sets (tests/fixtures/probe8-, probe10-, probe12- and probe13-posts.jsonl); the cases are new variants.

describe('false blocks that are gone', () => {
  it.each([
    ['a fund named for patients with a condition', 'Every ticket sold supports our stroke patient assistance fund.'],
    ['"the average patient" in a statistic', 'Our surgeons did 340 hip replacements last year, and the average patient went home in two days.'],
    ['a staff talk in a library room', 'Owen Pritchard, RN, will speak on teen depression at the Eastbrook Library, Room 3, on Tuesday at 6pm. Free.'],
    ['a busy day counted in babies', 'Record day at the Birth Center: 17 babies born on May 9, and still time for cake!'],
    ['a building’s 90th birthday', 'Happy 90th birthday to our Harbor Road clinic! It opened in 1936.'],
    ['a drug named as an example', 'Our prescription savings program helps with the cost of many medicines, including insulin. Call (555) 300-1000.'],
    ['"PT sessions" as physical therapy', 'Hip-replacement patients who finish three PT sessions before surgery leave the hospital sooner, on average.'],
  ])('%s passes', (_name, text) => {
    expect(verdict(text, { options: { phiRiskModel: false } })).toBe('pass');
  });
});

describe('a capitalised title is no name', () => {
  it('"a Geriatric Clinical Specialist" is not reported, not even as a warning', () => {
    const findings = run('Please congratulate Owen Pritchard, RN, on his board certification as a Geriatric Clinical Specialist.').findings;
    expect(findings.filter((f) => f.rule === 'phi.name.unlisted-pair')).toEqual([]);
  });
});

describe('a health term the comment does not claim as its own', () => {
  it('a service the commenter asks where to get is not their own, and the advice model leaves logistics alone', () => {
    expect(verdict('Flu shots are at every location this Saturday, no appointment needed.', { kind: 'reply', context: 'Where can I get a flu shot?' })).toBe('pass');
    expect(verdict('The flu clinic is in the east wing, past the pharmacy.', { kind: 'reply', context: 'where is the flu clinic?' })).toBe('pass');
    expect(verdict('Glad your flu shot went well!', { kind: 'reply', context: 'I got my flu shot today' })).toBe('block');
  });

  it.each([
    ['our new equipment', 'Yes — our new MRI has a wider opening. Staff can talk through comfort options: (555) 300-1000.', 'Saw the new MRI on the news! My wife is claustrophobic, will she fit?'],
    ['a supplement asked about', 'Studies of vitamin D for energy are mixed. Our Front Desk can book a visit to talk it through: (555) 300-1000.', 'Does vitamin D help with energy? My son is wiped out every winter'],
  ])('%s is not repeated PHI', (_name, text, context) => {
    expect(rules(text, { kind: 'reply', context }).filter((r) => r.startsWith('phi.'))).toEqual([]);
  });
});

describe('what the new rules leave alone', () => {
  it('"loved having you" to someone who came to volunteer', () => {
    const report = run('We loved having you! The flu clinic ran so smoothly thanks to you.', { kind: 'reply', context: 'Had a blast volunteering at the flu clinic Saturday!' });
    expect(report.findings.filter((f) => f.category === 'patient-confirmation')).toEqual([]);
  });

  it.each([
    ['every athlete of a school', 'Free sports physicals for every Eastbrook Middle athlete on Saturday at the Main Street office.'],
    ['a Spanish greeting', '¡Hola, vecinos! Gracias for coming to the health fair.'],
    ['a country’s initials', 'Thank you for the warm welcome, U.S.A.!'],
  ])('%s passes', (_name, text) => {
    expect(verdict(text)).toBe('pass');
  });
});

describe('misses that are caught', () => {
  it('a jersey number from the comment said back', () => {
    const context = 'My son (number 22 on the Eastbrook varsity team) sprained his ankle, do you take walk-ins?';
    expect(rules('We do! Hope #22 is back on the court soon — Urgent Care is open until 8.', { kind: 'reply', context })).toContain('phi.id.jersey');
    expect(rules('We do! Urgent Care is open until 8, no appointment needed.', { kind: 'reply', context })).not.toContain('phi.id.restated-number');
  });

  it('a school team position next to an injury', () => {
    // Since session 12 "broken ankle" is a listed condition, so the pitcher is found as a described patient first.
    expect(rules('Our ER set a broken ankle for the Eastbrook High pitcher last night. Get well soon!')).toContain('phi.location.described-patient');
  });

  it('initials spoken to in a post', () => {
    expect(rules('Two years in remission today, K.L.! We are so proud of you.')).toContain('phi.name.initials');
  });

  it('a Spanish procedure next to a name', () => {
    expect(verdict('¡Felicidades, Ramona Ibarra! Tres meses después de su cirugía de cadera ya baila otra vez.')).toBe('block');
  });

  it('hedged advice to get a test done', () => {
    const context = 'My doctor says I can wait on the mammogram until next year, should I?';
    expect(rules('If I were you, I’d get it done this month.', { kind: 'reply', context })).toContain('advice.hedged-go-ahead');
    expect(rules('Our Women’s Health team can talk that through with you: (555) 300-1000.', { kind: 'reply', context })).toEqual([]);
  });

  it('a clinician still smiling about the family, or a relative long with a clinician', () => {
    expect(rules('Dr. Marsh says hello — she’s still smiling about that birth story!', { kind: 'reply', context: 'Thank you Dr. Marsh for delivering our son!' })).toContain('confirmation.staff-knows-you');
    expect(rules('Thank you! Your grandpa has been with Dr. Marsh for years, and she loves his jokes.', { kind: 'reply', context: 'Dr. Marsh is the best' })).toContain('confirmation.staff-knows-you');
  });

  it('a sign-off that expects a relative on a weekday', () => {
    expect(rules('Ramps are at every entrance. See you and your dad Tuesday!', { kind: 'reply', context: 'Is there a ramp? Bringing my dad in Tuesday' })).toContain('confirmation.staff-knows-you');
  });

  it('lost belongings kept at the front desk', () => {
    expect(rules('No problem, we’ve got it at the Harbor Road front desk whenever he can stop by.', { kind: 'reply', context: 'my husband left his cane there this morning' })).toContain('confirmation.staff-knows-you');
  });

  it('a unit or floor someone is on, and watching someone go home', () => {
    expect(rules('Yes, he is on our 3rd floor now; visiting hours end at 8.', { kind: 'reply', context: 'Was my uncle admitted?' })).toContain('confirmation.acted-on-care');
    expect(rules('It was wonderful to see her head home before the holidays.', { kind: 'reply', context: 'Thanks for getting Nana home!' })).toContain('confirmation.acted-on-care');
  });

  it('telling someone which shot they are due for, but not a conditional', () => {
    expect(rules('Looks like you’re due for a tetanus booster.', { kind: 'reply', context: 'when did I last get a tetanus shot?' })).toContain('advice.due-for');
    expect(rules('If you’re due for a flu shot, any front desk can help.', { kind: 'reply', context: 'flu shots?' })).not.toContain('advice.due-for');
  });

  it('"we think of him often" to someone who lost a relative', () => {
    expect(rules('We think of him often. Our doors are always open to you.', { kind: 'reply', context: 'A year since my dad passed. You were all so kind.' })).toContain('confirmation.staff-knows-you');
  });

  it('a school physical or a preemie tied to a named child', () => {
    expect(rules('Hi Dana! Milo can get his school physical at our Saturday walk-in clinic.', { kind: 'reply', context: 'I’m Dana, my son Milo needs a school physical' })).toContain('phi.procedure.person-linked');
    expect(verdict('Happy first birthday to our NICU graduate Ava, a micro-preemie who now runs the house!')).toBe('block');
  });

  it('an age over 89 said without "years old"', () => {
    expect(rules('Tell the driver she’s 94 so he can help her to the door.', { kind: 'reply', context: 'my grandma is 94 and needs a ride' })).toContain('phi.age.over-89');
    expect(verdict('He’s 95% sure the clinic opens at 9.')).toBe('pass');
  });

  it('a rare condition found by its medical ending', () => {
    expect(rules('Grand rounds: a 52-year-old Eastbrook beekeeper with sarcoidosis, our first in years.')).toContain('phi.diagnosis.person-linked');
  });

  it('a town and who someone is, next to a treatment', () => {
    expect(rules('So proud of the Eastbrook bus driver back at work after her bypass surgery!')).toContain('phi.location.described-patient');
    expect(rules('An Eastbrook teacher shares tips on asthma at our fair.')).not.toContain('phi.location.described-patient');
  });

  it('a promise to call with the results of a test the commenter had', () => {
    const context = 'Had my biopsy Monday and nobody has called yet';
    expect(rules('Sorry for the wait! These take about a week, and your provider will call as soon as they’re back.', { kind: 'reply', context })).toContain('confirmation.affirms-commenter-care');
    // The rules alone: the reply-risk model (session 11) scores this generic answer at 0.41 for confirmation, just over its 0.40.
    expect(rules('Most results take about a week; your provider will call as soon as they’re back.', { kind: 'reply', context: 'How long do biopsy results usually take?', options: { replyRiskModel: false } })).toEqual([]);
  });

  it('a named child’s form ready at the desk', () => {
    expect(rules('Hi! Mia’s form is ready for pickup at the front desk.', { kind: 'reply', context: 'Can you email my daughter Mia’s camp form?' })).toContain('confirmation.acted-on-care');
  });

  it('how far along a pregnancy is, said back', () => {
    expect(rules('At 30 weeks it’s a great time to tour the Birth Center — call (555) 300-1000.', { kind: 'reply', context: 'I’m 30 weeks, when should I tour?' })).toContain('phi.diagnosis.restated-pregnancy');
    expect(rules('Tours run every 2 weeks — call (555) 300-1000.', { kind: 'reply', context: 'I’m 30 weeks, when should I tour?' })).not.toContain('phi.diagnosis.restated-pregnancy');
  });

  it('when someone can go back to work, sport or driving', () => {
    const context = 'Sprained my ankle Saturday, when can I play again?';
    expect(rules('Most athletes are back to sports in two to three weeks.', { kind: 'reply', context })).toContain('advice.return-to-activity');
    expect(rules('Sports Medicine can tell you when you can return to sports: (555) 300-1000.', { kind: 'reply', context })).not.toContain('advice.return-to-activity');
  });

  it('a reply that says the commenter went from patient to volunteer', () => {
    expect(rules('Such a joy to see you go from patient to volunteer!', { kind: 'reply', context: 'Volunteering here now, love it' })).toContain('confirmation.our-patient');
  });
});
