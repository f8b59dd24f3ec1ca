import { blockingRules, handWrittenBlockingRules as handRules, reply } from './check-post';

// Session 41: causes found in the study sets probe340, probe341, probe343 and probe344 (scored blind first); the cases are new variants.

describe('a reply confirms the person is one of ours', () => {
  it('when one of our people is glad one of their patients is joining us', () => {
    expect(handRules('Welcome aboard! Dr. Marsh is so happy one of her patients chose to work here.', reply('Starting in billing Monday! Dr. Marsh has been my doctor for years'))).toContain(
      'confirmation.our-patient',
    );
  });

  it("when it says the person's details were in the files a breach reached", () => {
    expect(handRules('We are sorry. Your address and phone number were in the affected files, and a letter explains next steps.', reply('Did the hack get my info?'))).toContain(
      'confirmation.records-say',
    );
    expect(handRules('Your information is safe with us, and our privacy office can answer questions.', reply('Did the hack get my info?'))).not.toContain('confirmation.records-say');
  });

  it('but thanking someone for coming in to a job interview is not a visit', () => {
    expect(handRules('Thank you for coming in! Our recruiters will be in touch this week.', reply('Thanks for the interview this morning, everyone was lovely'))).toEqual([]);
  });
});

describe('days that are no one’s care', () => {
  it('the days of a vendor’s breach, and of a letter sent to many', () => {
    expect(handRules('On Oct 2 a vendor that mails our patient statements found that someone accessed its server between Sept 20 and Sept 25.')).toEqual([]);
    expect(handRules('Only patients who got a letter dated Oct 30 were affected. No letter? Your data was not involved.')).toEqual([]);
  });

  it('the day of a talk at a conference, even when its title speaks of patients', () => {
    expect(handRules("Dr. Helena Marsh presents at the Regional Nursing Summit on Thursday, May 7: 'Listening to patients in a hurry.'")).toEqual([]);
  });

  it('the day we removed a comment from our page', () => {
    expect(handRules("We deleted two comments yesterday that shared someone else's diagnosis. Please keep health details out of the comments.")).toEqual([]);
  });
});

describe('days and places that are someone’s', () => {
  it('the night a family’s twins arrived', () => {
    expect(blockingRules('Congrats to the Osei family, whose twins arrived Tuesday night during the snowstorm! 👶👶')).toContain('phi.date.relative-care');
  });

  it('the day a man came into our urgent care with an injury', () => {
    expect(blockingRules('A man came into our Elm Street Urgent Care this morning with a nail through his boot. He is fine!')).toContain('phi.date.relative-care');
  });

  it('the neighbourhood of a person set beside their name', () => {
    expect(blockingRules('Shout-out to Dana Pruitt, a grandmother of five in Willow Heights, who helped our team test the new portal.')).toContain('phi.location.hometown');
    expect(blockingRules('Shout-out to Dana Pruitt, a teacher from Ohio, who helped our team test the new portal.')).not.toContain('phi.location.hometown');
  });
});

describe('what names no one', () => {
  it('"Dr. Google" and a spice', () => {
    expect(handRules('Before you ask Dr. Google, call our Front Desk: (555) 300-1000.')).toEqual([]);
    expect(handRules('Cinnamon is tasty on oatmeal, but it will not lower your A1C on its own.')).not.toContain('phi.name.given-name');
  });
});

describe('a comment term echoed in general', () => {
  it('surgeries in the plural after the commenter’s own surgery', () => {
    expect(handRules('Scheduled surgeries go ahead as planned during the downtime.', reply('Will the outage affect my surgery Friday?'))).not.toContain('phi.procedure.person-linked');
  });

  it('a remedy a comment claims cures everyone', () => {
    expect(handRules('Studies found ivermectin did not help people with COVID-19 recover faster.', reply('Ivermectin cures covid, do your own research'))).not.toContain('phi.medication.person-linked');
  });
});

describe('a teaser in a post', () => {
  it('"Link in bio to hear it"', () => {
    expect(handRules('Our nurses voted this the worst hospital pun of the year. Link in bio to hear it 😅')).toContain('clickbait.click-push');
    expect(handRules('Our annual report is out. Link in bio to read the full report.')).not.toContain('clickbait.click-push');
  });
});

// probe346, probe347, probe349 and probe350.
describe('a reply confirms care', () => {
  it("when it says the commenter is already with one of our teams", () => {
    expect(handRules("Thanks! Since you're already with our Cardiology team, the class is free for you.", reply('Loved the heart-healthy cooking demo'))).toContain('confirmation.our-patient');
  });

  it('when it says our surgeon performed the procedure the comment asks about', () => {
    expect(handRules('Yes, Dr. Marsh is the team doctor, and she performed the surgery.', reply("Is the team doc the one who fixed Tyler's shoulder?"))).toContain('confirmation.cared-for-them');
  });

  it('when it cheers the commenter on between sessions', () => {
    expect(handRules('So glad to hear it! Keep up the good work between sessions 💪', reply('Owen and the rehab crew changed my life'))).toContain('confirmation.cared-for-them');
  });
});

describe('a player named by school and position', () => {
  it("is identified with their injury", () => {
    expect(blockingRules('Busy night on the sideline: 2 sprained ankles and a broken wrist for Lakeview High’s starting QB.')).toContain('phi.location.school');
    expect(blockingRules("Sideline tally: 3 taped ankles and a dislocated finger for Northside Academy's kicker.")).toContain('phi.location.school');
  });

  it('but a fire academy’s 5K is no one’s school', () => {
    expect(handRules('Owen Pritchard, RN ran the Lakeside Fire Academy 5K in full firefighter gear to raise money for cancer screening.')).not.toContain('phi.location.school');
  });
});

describe('what is no one’s care or name', () => {
  it('the day a board term begins, and a credit union’s valley', () => {
    expect(handRules('Welcome to our new board member, Jo Danvers, CFO of Harbor Valley Credit Union. Her term begins July 1.')).toEqual([]);
  });

  it('the spring we fixed something at work', () => {
    expect(handRules('Patients told us about slow call lights, so we fixed the system last spring after our nurses flagged it.')).toEqual([]);
  });

  it('a job title after a listed name', () => {
    expect(handRules('Led by Dr. Helena Marsh, Orthopedic Surgeon, with Owen Pritchard, RN running the clinic. Call (555) 300-1000.')).toEqual([]);
  });

  it("a recipe's grams of carbohydrate", () => {
    expect(handRules('Each bar has 18 g of carbohydrate and 5 g of fiber. The full label is on the card.', reply('type 1 here, carbs per bar?'))).not.toContain('advice.dosing');
  });
});
