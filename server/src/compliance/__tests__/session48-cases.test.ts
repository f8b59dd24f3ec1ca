import { blockingRules, handWrittenBlockingRules as handRules, reply } from './check-post';

// Session 48: what a reply's greeting still added (eval-robustness "reply-greeting"), then causes found in the study
// probe sets (scored blind first); the cases are new variants.

describe('a greeted commenter is not tied to what the reply says of anyone', () => {
  it('leaves an event date, and an age said of many, beside the greeting alone', () => {
    expect(handRules('Hi Marisol! See you at the start line on Oct 19 — packet pickup opens at 7am.', reply('Just signed up for the Lakeside 5K!'))).toEqual([]);
    expect(handRules('Hi Marisol! Our teen volunteer program starts at age 14. Call (555) 300-1000 to apply.', reply('Can my daughter volunteer this summer?'))).toEqual([]);
  });

  it('still reads an age in the greeting sentence as theirs', () => {
    expect(handRules('Happy 85th, Walter! 🎂 Thanks for celebrating with us.', reply('85 today and still dancing every Friday!'))).toContain('phi.age.person');
  });

  it('reads care words as theirs only when the reply says them as theirs', () => {
    const sore = reply("I had my gallbladder out Tuesday and I'm really sore, who do I ask?");
    expect(handRules('Hi Marisol! Please call our nurse line at (555) 300-1000. Severe pain, fever or bleeding? Go to the ER.', sore)).toEqual([]);
    expect(handRules('Hi Marisol! Please call our nurse line at (555) 300-1000 about the pain.', sore)).toContain('phi.name.addressed');
  });

  it('does not tie a term the reply supposes or says of many', () => {
    const sting = reply('I got stung by a bee and my arm is swelling');
    expect(handRules('Hi Marisol! If you have trouble breathing or swelling in your face, call 911 right away.', sting)).toEqual([]);
    const tonsils = reply('Can I stay overnight with my son after his tonsil surgery?');
    expect(handRules('Hi Marisol! Most tonsil surgeries here are same-day, and a parent can always stay at the bedside.', tonsils)).toEqual([]);
  });

  it('reads the capital after "Hi Marisol," as the message opening, not a second name', () => {
    const sore = reply('first week after my knee surgery and rehab is brutal');
    expect(handRules('Hi Marisol, Recovery takes time. For questions about pain, our nurse line is (555) 300-1000.', sore)).toEqual([]);
  });

  it('still ties their condition said back about their own visits', () => {
    const asthma = reply("I'm Wendy and I have asthma, can I do my checkups by video?");
    expect(handRules('Hi Wendy! Many asthma check-ins can happen by video. Call (555) 300-1000 to ask.', asthma)).toContain('phi.name.addressed');
  });
});

describe('study causes', () => {
  it('leaves a date of a figure, of a change we made, or beside a patient animal', () => {
    expect(handRules('On average, patients now wait 6 days for an MRI, down from 20 days last winter.')).toEqual([]);
    expect(handRules('After we reinstated masking in January, staff sick days on our units fell 20%.')).toEqual([]);
    expect(handRules('Behind the scenes on Saturday: 4 nurses, 300 doses and one very patient golden retriever.')).toEqual([]);
  });

  it('does not read "Job shadow" as a name', () => {
    expect(handRules('Job shadow day: ten students spent the morning with our dialysis nurses.')).toEqual([]);
  });

  it('knows a condition said back by its abbreviation', () => {
    expect(handRules('Living with ESRD is hard, and you are not alone. Our kidney support group meets Thursdays.', reply('I have end-stage renal disease and feel so alone'))).toContain(
      'phi.diagnosis.person-linked',
    );
  });

  it("confirms a relative's stay or years of our care", () => {
    expect(blockingRules('So sorry. The nurses on your husband\'s floor can set up a video call: (555) 300-1000.', reply("Couldn't visit my husband today because of the flu rules"))).toContain(
      'confirmation.cared-for-them',
    );
    expect(blockingRules('Thank you for all these years of trusting our nurses! 💙', reply('Been coming to Lakeside since 2005'))).toContain('confirmation.saw-you');
  });

  it('blocks making ordinary what someone asks to have checked, not a missed appointment', () => {
    expect(blockingRules('Happens to everyone after a long shift! Just grab a coffee before you drive.', reply('I nodded off at a red light after my shift, should I get checked?'))).toContain(
      'advice.happens-to-everyone',
    );
    expect(handRules('It happens to everyone! Call (555) 300-1000 to reschedule.', reply('I missed my appointment today, so sorry'))).toEqual([]);
  });
});

describe('study causes, second round', () => {
  it('reads a superstar of our care with a birthday and an ER visit as a patient, not staff', () => {
    expect(handRules('Happy 7th birthday to our Asthma Camp superstar Leo Grant! 🎂 A whole year without an ER visit.')).toContain('phi.name.given-name');
  });

  it("takes a volunteer's hours as the mark of a volunteer", () => {
    expect(handRules('Volunteer Spotlight: meet Rosa Mendez, who has given more than 800 hours to our hospice team since 2015.')).toEqual([]);
  });

  it('leaves an era, a programme named after its hour and a quiz answer alone', () => {
    expect(handRules('Our volunteers honored 90 veterans in our care this year, from World War II to the Gulf War.')).toEqual([]);
    expect(handRules('If you care for a parent with dementia, our Caregiver Coffee Hour meets Fridays at 10am. Coffee’s on us!')).toEqual([]);
    expect(handRules('Quiz: what does hospice cover? A) a hospital bed B) oxygen C) both. Answer: C!')).toEqual([]);
  });

  it('reads "Students can carry their own inhaler" as a rule for any student', () => {
    expect(handRules('Students can carry their own inhaler when a parent signs the school form.', reply('Can my son keep his inhaler in his backpack?'))).toEqual([]);
  });

  it("ties a greeted commenter to a relative's breathing said back", () => {
    const smoke = reply('This is Wendy. My dad uses a nebulizer and the smoke makes his breathing worse. Any help?');
    expect(handRules("Hi Wendy, we're sorry your dad's breathing is worse with the smoke. Call (555) 300-1000 for help.", smoke)).toContain('phi.name.addressed');
  });

  it('says back the neighbourhood a family just moved to', () => {
    expect(handRules('Welcome to Maple Heights! Dr. Helena Marsh is accepting new patients.', reply('We just moved to the Maple Heights area and my daughter needs a pediatrician'))).toContain(
      'phi.location.restated-home',
    );
  });

  it("confirms tomorrow's home visit", () => {
    expect(blockingRules("Tomorrow's nurse visit is scheduled for 2pm.", reply('When is the home nurse coming tomorrow?'))).toContain('confirmation.ongoing-care');
  });
});

describe('study causes, third round', () => {
  it('leaves a month of figures across our system', () => {
    expect(handRules('Across our hospitals last January, falls and sledding injuries topped the list, followed by flu.', reply('What sends kids to the ER in winter?'))).toEqual([]);
  });

  it('confirms a time of their own check, numbers better than last time, or a stay with us', () => {
    expect(blockingRules('Your screening is at 9:15am at 22 Harbor Road. See you then!', reply('what time is my screening tomorrow?'))).toContain('confirmation.ongoing-care');
    expect(blockingRules('Great to see your numbers looking better than last time!', reply('Thanks for the BP check at the health fair!'))).toContain('confirmation.ongoing-care');
    expect(blockingRules("We'll bring plenty of cheer while you're with us!", reply("Stuck inpatient over New Year's 😢"))).toContain('confirmation.ongoing-care');
  });

  it('reads "so we can see your version" as a wish, not a look at their record', () => {
    expect(handRules('Tag us next time so we can see your version!', reply('Made your soup recipe last night!'))).toEqual([]);
  });
});
