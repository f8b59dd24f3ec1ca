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
