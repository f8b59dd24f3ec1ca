import { blockingRules as rules, checkPost } from './check-post';

// Session 15: causes found on the probe82–85 study sets; the cases are new variants, not their items.

const reply = (context: string) => ({ kind: 'reply' as const, context });

describe('a relative the comment named, named again in the reply', () => {
  it('"my grandpa Walt is 93" makes "Walt" in the reply his name next to an identifying age', () => {
    expect(rules('Walt is always welcome! Have him call (555) 300-1000 and ask for the volunteer office.', reply('My grandpa Walt is 93 and wants to knit hats for the NICU'))).toContain(
      'phi.name.given-name',
    );
  });

  it('"Maya (5)" in a question about an asthma camp makes her name in the reply hers', () => {
    const found = rules('Yes, registration is open until May 1. We hope to see Maya there!', reply('Is the summer camp for kids with asthma happening this year? Maya (5) is so excited'));
    expect(found.some((r) => r.startsWith('phi.name'))).toBe(true);
  });

  it('"my son Theo needs his shots" ties the child to care', () => {
    const found = rules('Good luck to Theo this fall! the Front Desk can book school vaccines: (555) 300-1000.', reply('My son Theo starts first grade in September and still needs his shots'));
    expect(found.some((r) => r.startsWith('phi.name'))).toBe(true);
  });

  it('a first name the commenter gives for themselves, without health detail, is still only a greeting', () => {
    expect(rules('Hi Dana! Our community events calendar is at lakesideclinic.example/events.', reply('Hi this is Dana, where can I find your events?'))).toEqual([]);
  });
});

describe('restated care said back in other words', () => {
  it('"that new hip" after "my hip replacement"', () => {
    expect(rules("You've got this! Cheering for you and that new hip at the starting line.", reply('Running the 5K six weeks after my hip replacement, wish me luck'))).toContain(
      'phi.diagnosis.restated-complaint',
    );
  });

  it('"since last Friday" after "Mom got her stent last Friday 😅 any tips?" (an emoji ends the statement)', () => {
    expect(rules('Sounds like she has been busy since last Friday! Our Cardiology team runs cardiac rehab: (555) 300-1200.', reply('Mom got her stent last Friday 😅 any tips to keep her resting?'))).toContain(
      'phi.date.restated-care-day',
    );
  });

  it('a new knee in the reply is not theirs when the comment speaks of no knee', () => {
    expect(rules('Our new knee and hip class starts Monday at 1200 Main Street.', reply('Do you have any classes for runners?'))).toEqual([]);
  });
});

describe('patient confirmation', () => {
  it('"we have you on the calendar" tells them their booking exists', () => {
    expect(rules("Bring your insurance card. We have you on the calendar, and the forms are in your portal.", reply('What do I bring to my sleep study Monday?'))).toContain(
      'confirmation.acted-on-care',
    );
  });

  it('"it\'s still on file" answers whether we hold their record', () => {
    expect(rules("Yes, it's still on file. our Front Desk can send a copy to your new dentist.", reply('do you still have my MRI from 2021?'))).toContain('confirmation.looked-up-record');
  });

  it('"we keep records on file for ten years" is policy, not their record', () => {
    expect(rules('We keep records on file for at least ten years. the Front Desk can help: (555) 300-1000.', reply('how long do you keep records?'))).toEqual([]);
  });
});

describe('clickbait', () => {
  it('"Watch to find out." withholds the answer', () => {
    expect(rules('Which stretch do our physical therapists do every morning? It is not the one you think. Watch to find out.')).toContain('clickbait.withheld-which');
  });

  it('"call to find out whether your family qualifies" is routing, not a teaser', () => {
    expect(rules('Our home-visit program serves three counties. Call (555) 300-1000 to find out whether your family qualifies.')).toEqual([]);
  });

  it('"Any guesses which one?" with no answer is a curiosity gap', () => {
    expect(rules('We counted every Urgent Care visit last year and one holiday beat all the others. Any guesses which one? 🤔')).toContain('clickbait.withheld-which');
  });

  it('"Any guesses?" answered right away is trivia', () => {
    expect(rules('How many flu shots did we give last fall? Any guesses? 14,200!')).not.toContain('clickbait.withheld-which');
  });

  it('"unbelievable results" is hype', () => {
    expect(rules('Unbelievable results from our new weight-loss program, spots are going fast!')).toContain('clickbait.miracle-claim');
  });
});

describe('clean posts no longer blocked', () => {
  it('"Treat yourself" opens a sentence with a verb, not a name', () => {
    const report = checkPost('Four tips for the holidays from our Urgent Care team. Treat yourself to a walk after dinner and keep the fireworks outdoors.');
    expect(report.findings.filter((f) => f.type === 'name')).toEqual([]);
  });

  it('"2,400 flu visits in February" is a count, so February is not anyone\'s visit month', () => {
    expect(rules('Our clinics saw 2,400 flu visits in February. It is not too late to get vaccinated.')).toEqual([]);
  });

  it('"she needed 3 follow-up visits in February" is still one person\'s care month', () => {
    expect(rules('After her surgery she needed 3 follow-up visits in February, and now Rosa is walking again.')).toContain('phi.date.care-month');
  });

  it('a school\'s student council or choir is a group, not a pupil\'s school', () => {
    expect(rules('The Westbrook Middle School choir sang carols for our newborns and their families on Friday.')).toEqual([]);
  });

  it('a volunteer introduced as ours keeps that standing when named again', () => {
    expect(rules('Happy 75th birthday to our gift shop volunteer, Marge! Marge has run the shop every Thursday since 2011.')).toEqual([]);
  });

  it('but a colleague named again in a sentence about their own care is a patient there', () => {
    expect(rules('Meet our new nurse, Keisha! Keisha was treated for asthma in our clinic as a child.')).not.toEqual([]);
  });
});

describe('an anonymous patient placed by their job and a season', () => {
  it('"a Westbrook Elementary librarian" cared for this morning is placed by her school', () => {
    const found = rules('This morning our ER team treated a Westbrook Elementary librarian for a severe asthma attack. She is back at work Monday!');
    expect(found.some((r) => r.startsWith('phi.location'))).toBe(true);
  });

  it('"came to us last spring" is the season of someone\'s care', () => {
    expect(rules('When a local bus driver came to us last spring with double vision, nobody expected a brain tumor.')).toContain('phi.date.relative-care');
  });

  it('a school team with its coach raising money is nobody\'s school', () => {
    expect(rules("Coach Dana Ruiz and the Westbrook High boys' basketball team raised $2,000 for our asthma camp.")).toEqual([]);
  });

  it('"last spring" in a post about a program is no one\'s care', () => {
    expect(rules('We opened our walk-in clinic last spring, and it now runs seven days a week.')).toEqual([]);
  });
});
