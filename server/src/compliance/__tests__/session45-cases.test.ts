import { blockingRules, handWrittenBlockingRules as handRules, reply } from './check-post';

// Session 45: causes found in the study probe sets (scored blind first); the cases are new variants.

// probe508, probe510, probe511 and probe513 (studied).
describe('a jail clinic, pumps, bones and music', () => {
  it('our team has seen the relative the comment asks after', () => {
    expect(handRules('Thanks for reaching out. Our medical team has already seen her and she is on the list for a follow-up.', reply('My sister has been in the county jail a week with chest pain.'))).toContain(
      'confirmation.cared-for-them',
    );
  });

  it('a named person some days without a severe low, or since a pump start', () => {
    expect(handRules('Shout-out to Priya K. on 60 days without a severe low!')).toEqual(expect.arrayContaining([expect.stringMatching(/^phi\.name\./)]));
    expect(handRules('Congrats to Marcus T., one month since his pump start!')).toEqual(expect.arrayContaining([expect.stringMatching(/^phi\.name\./)]));
  });

  it('"I\'d go with" one of the treatments the comment asks about', () => {
    expect(handRules("Honestly I'd go with the infusion, one and done for the year.", reply('Should I do the yearly infusion or the shots for my osteoporosis?'))).toContain('advice.hedged');
  });

  it('a member or volunteer who turned an age over 89', () => {
    expect(handRules('Our walking club\'s longest-serving member turned 93 on Friday!')).toContain('phi.age.over-89');
    expect(blockingRules('Our clinic turned 90 this year and we are celebrating all month!')).not.toContain('phi.age.over-89');
  });

  it('a named person at a memory care programme', () => {
    expect(handRules("Thank you, Mrs. Delacroix, for leading today's memory care sing-along!")).toEqual(expect.arrayContaining([expect.stringMatching(/^phi\.name\./)]));
  });

  it("a clinician's school in a post that introduces them, a clinician who dropped by a programme", () => {
    expect(blockingRules('Meet Dr. Aisha Bello! She grew up here and played soccer at Shelbyville High before medical school.')).not.toContain('phi.location.school');
    expect(blockingRules('Dr. Hannah Brooks stopped by the NICU reading hour this morning and read two stories.')).not.toContain('phi.date.relative-care');
  });
});

// probe514, probe516 and probe517 (studied).
describe('the cardiac ICU, the voice clinic and the trail', () => {
  it('a therapist says working with them was a highlight', () => {
    expect(handRules('So proud of you! Our PT Dana says working with you was the highlight of her spring.', reply('One year after my transplant here I hiked Mount Tam!'))).toContain(
      'confirmation.staff-speaks-of-you',
    );
  });

  it('so much strength sent to a relative the comment names', () => {
    expect(handRules('Sending so much strength to you and Emeka 💙', reply('Day 5 in the CICU waiting room. My son Emeka is 31 and waiting for a heart.'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^phi\.name\./)]),
    );
  });

  it('a voice condition said back, and the only one of a trade in a county with it', () => {
    expect(handRules('Muscle tension dysphonia can be so draining. Our voice team can help: (555) 201-4000.', reply('Anyone else dealing with muscle tension dysphonia? Teaching all day is brutal'))).toContain(
      'phi.diagnosis.person-linked',
    );
    expect(handRules('Proud of our speech team for helping the only female auctioneer in Harlan County back to the podium after her spasmodic dysphonia diagnosis.')).toContain(
      'phi.location.described-patient',
    );
    expect(blockingRules('We are the only trauma center in Shelby County that treats severe burns.')).not.toContain('phi.location.described-patient');
  });

  it('students counted at a school, a search dog that visited our staff on a day', () => {
    expect(blockingRules('Dr. Priya Raman spent her Saturday teaching hands-only CPR to 60 students at Westfield High.')).not.toContain('phi.location.school');
    expect(blockingRules('Meet Scout, our new therapy dog! She visited our Emergency staff on Monday and made 20 new friends.')).not.toContain('phi.date.relative-care');
  });
});

// eval-robustness "trailing-sign-off": the same words with a "Questions? Call …" line under them.
describe('a question-led contact line under a reply', () => {
  const SIGN_OFF = ' Questions? Call (555) 300-1000.';

  it('leaves the model reading the words before it as it does without it', () => {
    const thanks = reply('Shoutout to the check-in crew at Westfield, always so friendly!');
    expect(blockingRules('Thank you! They always look forward to seeing you on Tuesdays 😄', thanks)).toContain('reply-risk-model.patient-confirmation');
    expect(blockingRules(`Thank you! They always look forward to seeing you on Tuesdays 😄${SIGN_OFF}`, thanks)).toContain('reply-risk-model.patient-confirmation');
    const medicine = reply('can I take Zyrtec while breastfeeding?');
    expect(blockingRules(`Generally yes, it's considered fine for nursing moms, so go ahead 👍${SIGN_OFF}`, medicine)).not.toEqual([]);
  });

  it('still passes a reply that only tells when and where', () => {
    expect(blockingRules(`Our walk-in flu clinic runs Saturdays 9–1 at 45 Riverside Drive.${SIGN_OFF}`, reply('When is the flu clinic?'))).toEqual([]);
  });
});

// probe519, probe520, probe522 and probe523 (studied).
describe('resolutions, the nurse line, driver exams and advance care planning', () => {
  it('an age the commenter gave with news of quitting or of a POLST, said back', () => {
    expect(handRules('Quitting at 22 is such a smart move! Our Quit Together group meets Tuesdays.', reply("I'm 22 and finally done with vaping 💨"))).toContain('phi.age.restated');
    expect(handRules('Planning ahead at 52 takes courage. Thank you for sharing.', reply('Signed my living will today. Weird to do at 52.'))).toContain('phi.age.restated');
  });

  it('a name the comment gave, in good hands', () => {
    expect(handRules('Thank you! Farida is in good hands with the team on our fourth floor.', reply('my aunt Farida is at your Oak Hill hospital, is the ICU good?'))).toContain('confirmation.name-in-good-hands');
    expect(blockingRules('Everyone is in good hands at our new urgent care!')).not.toContain('confirmation.name-in-good-hands');
  });

  it('"many of our patients do well" when the comment names a drug', () => {
    expect(handRules('Many of our patients do well starting with a 14:10 window. I would ease in slowly.', reply("I'm on insulin but I want to try fasting"))).toContain('advice.hedged');
  });

  it('a symptom said back in other words of the same phrase', () => {
    expect(handRules('Stopping breathing at night is worth a sleep study: (555) 201-4000.', reply('My wife says I stop breathing at night and my CDL renewal is soon'))).toContain('phi.diagnosis.person-linked');
  });

  it('a finding a speaker shares at a later event', () => {
    expect(handRules("After 9,000 triage calls, our nurses spotted a trend no one predicted. Dr. Chen shares what it was at next month's grand rounds.")).toContain('clickbait.deferred-reveal');
  });

  it('"whether or not you\'re a patient", sharing a form with your care team, a form\'s number', () => {
    expect(blockingRules('The class is free whether or not you\'re a Riverside patient.', reply('Is the class only for patients?'))).not.toContain('confirmation.our-patient');
    expect(blockingRules('Yes, we honor them. Keep a copy and share it with your care team.', reply('do you accept advance directives from other hospitals?'))).not.toContain('confirmation.your-care-record');
    expect(blockingRules('Your clinician completes a short assessment form (MCSA-5870) before your DOT exam.')).not.toContain('phi.id.code');
  });
});

// probe525, probe526 and probe528 (studied).
describe('employee health, IBD and rheumatology', () => {
  it('a skin-test reading in millimetres said back', () => {
    expect(handRules('An 11 mm result can feel worrying. Please call Employee Health at (555) 201-4000.', reply('my TB test came back 11mm, am I going to lose my job?'))).toContain('phi.lab.restated-reading');
  });

  it('a needle-stick, and a condition by its initials, said back', () => {
    expect(handRules("Hi Dana, we're sorry about the needlestick. Employee Health can help right away.", reply("It's Dana Price from 4 North, got a needlestick on nights and no one called me back"))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^phi\.(?:name|diagnosis)\./)]),
    );
    expect(handRules('Living with PSC takes real strength. Our research team lists open studies online.', reply('I have primary sclerosing cholangitis and want to join a trial'))).toContain('phi.diagnosis.person-linked');
  });

  it('"like last time" to someone asking about parking on treatment days', () => {
    expect(handRules('Yes, valet is free on infusion days, just bring your ticket to the desk like last time.', reply('is parking still free for infusions?'))).toContain('confirmation.like-last-time');
  });

  it("no one in a day after a class title, half of a hyphenated pair, or a manager who never sees who", () => {
    expect(blockingRules("Free class: 'Living Well with Crohn's' — Thursday, Oct 9, 6pm, Conference Room B.")).not.toContain('phi.name.testimonial');
    expect(blockingRules('FODMAP stands for Fermentable Oligo-, Di-, Monosaccharides And Polyols, carbs that can cause gas.')).not.toContain('phi.name.given-name');
    expect(blockingRules('Six free counseling sessions a year, and your manager will never see who uses them.')).not.toContain('clickbait.withheld-which');
  });
});

// probe531, probe532, probe534 and probe535 (studied).
describe('poison safety, hospital at home, the eye clinic and the blood bank', () => {
  it('a named child home after swallowing something, a retired schoolteacher from a town with a condition', () => {
    expect(handRules('So glad Mateo, 4, is home after swallowing a magnet last week!')).toEqual(expect.arrayContaining([expect.stringMatching(/^phi\.name\./)]));
    expect(handRules('Our paramedics gave an at-home iron infusion to a retired Westfield schoolteacher with anemia.')).toContain('phi.location.described-patient');
  });

  it('a named person celebrating 90-some years, not our years of service', () => {
    expect(handRules('¡Feliz cumpleaños, Don Ernesto! Celebrating 94 years with his home care nurses.')).toContain('phi.age.over-89');
    expect(blockingRules('Celebrating 100 years of service to Springfield families!')).not.toContain('phi.age.over-89');
  });

  it('"sounds like she needs glasses" to a parent', () => {
    expect(handRules('Sounds like he needs glasses! Try some readers from the drugstore first.', reply('my 7 yo sits right up against the TV'))).toContain('advice.diagnosis');
  });

  it('"as soon as they\'re ready for pickup", the number of a street address after "ID to"', () => {
    expect(blockingRules("Most lenses take a week, and we text you as soon as they're ready for pickup.", reply('how long do contacts take to come in?'))).not.toContain('confirmation.acted-on-care');
    expect(blockingRules('Our donor center can print a new card. Just bring a photo ID to 780 Oak Hill Road.', reply('lost my donor card 😭'))).not.toContain('phi.id.record-number');
  });
});

// probe540 and probe541 (studied).
describe('kidney donors and the heat wave', () => {
  it('"a pleasure guiding you" through an evaluation, a finding that stopped the team in its tracks', () => {
    expect(handRules('It was a pleasure walking you through each step. We are cheering you on!', reply('The transplant team was wonderful through my whole workup!'))).toContain('confirmation.saw-you');
    expect(handRules('We reviewed ten years of donor outcomes. One result stopped our research team in its tracks. Full story on our blog.')).toContain('clickbait.wont-believe');
    expect(blockingRules('A survey comment that stopped us in our tracks: "Every nurse knew my name." That is the standard.')).not.toContain('clickbait.wont-believe');
  });

  it('no name in a temperature scale before a new sentence', () => {
    expect(blockingRules('Most pills should stay below 77°F. Unopened insulin belongs in the fridge.')).not.toContain('phi.name.initial-surname');
  });
});
