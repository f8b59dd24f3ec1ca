import { blockingRules as rules, checkPost as run } from './check-post';

// Session 12: causes found on the probe25 study set; the cases are new variants, not its items.

const reply = (context: string) => ({ kind: 'reply' as const, context });

describe('a telling word of the commenter’s own term, said back alone', () => {
  it('"the Lisfranc" after "my Lisfranc injury" restates the diagnosis', () => {
    const found = rules('Hope the Lisfranc is healing well and you are back on the field soon!', reply('Three weeks since my Lisfranc injury and still in the boot'));
    expect(found).toContain('phi.diagnosis.restated-word');
  });

  it('a reply that never says it back passes', () => {
    const found = rules('So glad you are healing! Our Orthopedics line is (555) 300-1000 if anything changes.', reply('Three weeks since my Lisfranc injury'));
    expect(found).not.toContain('phi.diagnosis.restated-word');
  });

  it('an everyday word of the term ("sleep" of "sleep apnea") is not a restatement', () => {
    const found = rules('Thanks for reading! Sleep health matters to all of us.', reply('Great post on sleep apnea, my CPAP changed my life'));
    expect(found.filter((r) => r.endsWith('restated-word'))).toEqual([]);
  });

  it('a quantified mention is general ("most Lisfranc cases")', () => {
    const found = rules('Most Lisfranc cases take months to settle; our Orthopedics team can talk you through it at (555) 300-1000.', reply('Had my Lisfranc injury in June'));
    expect(found).not.toContain('phi.diagnosis.restated-word');
  });
});

describe('a service named by a condition', () => {
  it('"mole removals" offered by a doctor is not the commenter’s mole', () => {
    const found = rules('Dr. Tomasz Nowak does skin checks and mole removals. Call Dermatology at (555) 300-1000.', reply('Can someone look at a mole on my arm?'));
    expect(found).not.toContain('phi.diagnosis.person-linked');
  });

  it('"your mole" still ties it to the commenter', () => {
    expect(rules('Your mole sounds worth a look soon.', reply('I have a mole on my arm that changed color'))).toContain('phi.diagnosis.person-linked');
  });
});

describe('nerves before care are no symptom to judge', () => {
  it('"being a bit anxious ahead of surgery is totally normal" is no diagnosis', () => {
    const found = rules('Being a bit anxious ahead of surgery is totally normal 💙 Our nurse line is (555) 300-1000 for prep questions.', reply('Hernia repair next week, scared'));
    expect(found).not.toContain('advice.diagnosis');
  });

  it('a body symptom judged normal still is', () => {
    const found = rules('Chest tightness when you are anxious is totally normal.', reply('My chest gets tight when I am stressed'));
    expect(found).toContain('advice.diagnosis');
  });
});

describe('patient confirmations', () => {
  it('"lots of our diabetes patients try that too" counts the commenter among them', () => {
    expect(rules('Lots of our diabetes patients try that too!', reply('Dr. Petrova told me to walk after dinner'))).toContain('confirmation.our-patient');
  });

  it('"many of our patients ask" without "too" is general', () => {
    expect(rules('Many of our patients ask about this. Call (555) 300-1000 to talk it through.', reply('Is walking after dinner good for blood sugar?'))).not.toContain('confirmation.our-patient');
  });

  it('a doctor who "still remembers each of" them confirms their care', () => {
    expect(rules('Dr. Brooks still remembers each of them by name!', reply('Dr. Brooks was amazing with my twins'))).toContain('confirmation.staff-speaks-of-you');
  });
});

describe('a day spent in a care unit', () => {
  it('someone who "spent Tuesday in our ICU" is a day of care', () => {
    expect(rules('A local bus driver spent Tuesday in our ICU and is already back on his feet!')).toContain('phi.date.relative-care');
  });

  it('volunteers spending a day in the gift shop are no care', () => {
    expect(run('Our volunteers spent Saturday at the hospital gift shop wrapping presents.').verdict).toBe('pass');
  });
});

describe('the larger vocabularies', () => {
  it('a drug class, an abbreviation and a symptom adjective are health terms tied to the person addressed', () => {
    expect(rules('Sorry your SSRI has been rough on your stomach.', reply('new meds making me queasy'))).toContain('phi.medication.person-linked');
    expect(rules('Hope your ear tubes surgery goes smoothly!', reply('Getting ready for the big day'))).toContain('phi.procedure.person-linked');
  });

  it('a care setting we offer ("hospice") explained in general is no procedure of theirs', () => {
    const found = rules('Hospice focuses on comfort, and many medicines continue. Our team can talk it through: (555) 300-1000.', reply('Considering hospice for my grandfather, does it mean no more treatment?'));
    expect(found.filter((r) => r.startsWith('phi.'))).toEqual([]);
  });
});

describe('what a safety reply supposes', () => {
  it('"if your child is wheezing, call 911" attributes nothing', () => {
    const found = rules('Call our nurse line at (555) 300-1000 now. If your child is wheezing or turning blue, call 911.', reply('My son swallowed a magnet'));
    expect(found.filter((r) => r.startsWith('phi.'))).toEqual([]);
  });

  it('"if it gets worse or you feel dizzy" attributes nothing', () => {
    const found = rules('Call 911 if it gets worse or you feel dizzy; otherwise our nurse line is (555) 300-1000.', reply('Head hurts after I bumped it'));
    expect(found.filter((r) => r.startsWith('phi.'))).toEqual([]);
  });
});

describe('when we can help is not their day of care', () => {
  it('"a nurse can help tonight" after their medicine trouble tonight', () => {
    const found = rules('Please call our nurse line at (555) 300-1000; someone can help tonight.', reply('My insulin pump alarm keeps going off tonight'));
    expect(found).not.toContain('phi.date.restated-care-day');
  });

  it('"good luck tonight" still restates it', () => {
    expect(rules('Good luck tonight, you have got this!', reply('My sleep study is tonight, nervous'))).toContain('phi.date.restated-care-day');
  });
});

describe('probe27 study set: new variants', () => {
  it('"most people in your situation are better off staying on it" is hedged advice with no drug named', () => {
    expect(rules('Most people in your situation are better off staying on it a few more weeks.', reply('Two weeks on my new meds and nothing yet'))).toContain('advice.hedged-peers');
  });

  it('"most people in your situation call the nurse line" only routes', () => {
    expect(rules('Most people in your situation call our nurse line first: (555) 300-1000.', reply('My knee is sore'))).not.toContain('advice.hedged-peers');
  });

  it('"#3 is in your pantry right now" teases a listicle item', () => {
    expect(rules('6 snacks that spike blood sugar. #3 is in your pantry right now.')).toContain('clickbait.numbered-reveal');
  });

  it('a listicle that names its items passes', () => {
    expect(rules('Top 3 tips: #1 is drink water, #2 is sleep, #3 is move.')).not.toContain('clickbait.numbered-reveal');
  });

  it('an age past 89 ending a clause ("turning the page at 97!")', () => {
    expect(rules('Mr. Osgood on 3 East is turning the page on another year at 97!')).toContain('phi.age.over-89');
  });

  it('a reunion day is an event even in a sentence about past NICU stays', () => {
    const text = 'If your little one started out in our NICU, come to our NICU Reunion on Saturday, May 9 at 45 Riverside Drive.';
    expect(rules(text)).not.toContain('phi.date.care');
  });

  it('a counted giveaway to patients is no day of anyone’s care', () => {
    expect(run('Our volunteers handed out 80 knitted blankets to patients in the ICU this morning. Thank you, knitters!').verdict).toBe('pass');
  });

  it('"Sports physicals are available" offers a service to the student who asked', () => {
    const found = rules('Sports physicals are available Mondays 7–9am, or call (555) 300-1000.', reply('Can I still get a sports physical before college?'));
    expect(found.filter((r) => r.startsWith('phi.'))).toEqual([]);
  });

  it('an article opening the sentence makes the symptom general ("A cough with…")', () => {
    const found = rules('A cough with a fever is worth a quick visit; call (555) 300-1000.', reply('My cough will not quit'));
    expect(found).not.toContain('phi.diagnosis.person-linked');
  });
});
