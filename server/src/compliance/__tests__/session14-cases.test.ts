import { blockingRules as rules, checkPost, handWrittenBlockingRules } from './check-post';

// Session 14: causes found on the probe51, 52 and 55–61 study sets; the cases are new variants, not their items.

const reply = (context: string) => ({ kind: 'reply' as const, context });

describe('conditions written with punctuation', () => {
  it("\"Graves' disease\" said back to the commenter who has it", () => {
    expect(rules("We're sorry to hear about your Graves' disease. Cardiology can help: (555) 300-1200.", reply("Just found out I have Graves' disease"))).toContain(
      'phi.diagnosis.person-linked',
    );
  });

  it('"E. coli" next to a patient', () => {
    expect(rules('Our patient in room 6 tested positive for E. coli.')).toContain('phi.diagnosis.person-linked');
  });
});

describe('supposed, offered and named-for-a-vaccine health words', () => {
  it('"if he has chest pain, call 911" supposes a symptom, it does not attribute one', () => {
    const found = rules('Call the nurse line now. If he gets chest pain or passes out, call 911 right away.', reply('My dad feels faint and sweaty, what should we do?'));
    expect(found).not.toContain('phi.diagnosis.person-linked');
  });

  it('"he has chest pain" stated as fact is still about one patient', () => {
    expect(rules('He has chest pain and is resting in bed 3.')).toContain('phi.diagnosis.person-linked');
  });

  it('"flu and COVID vaccines" names two vaccines, not the flu', () => {
    expect(rules('Flu and COVID vaccines can be given at the same visit.', reply('can I get both my flu and covid shots on one day?'))).toEqual([]);
  });

  it('"an appointment for a flu shot" asks about the service, so "a flu shot" in the answer is not theirs', () => {
    expect(rules('No appointment needed: you can get a flu shot at any of our locations.', reply('do I need an appointment for a flu shot?'))).toEqual([]);
  });

  it('"my flu shot" is still theirs', () => {
    expect(rules('So glad your flu shot went smoothly!', reply('Got my flu shot at lunch today'))).toContain('phi.procedure.person-linked');
  });
});

describe('our departments are not hometowns', () => {
  it('"a copy from Cardiology" in a sentence about the patient portal', () => {
    expect(rules('Records are in the patient portal, or ask for a printed copy from Cardiology at (555) 300-1200.', reply('how do I get my records?'))).toEqual([]);
  });

  it('a town after "a patient from" still is', () => {
    expect(rules('A patient from Maple Falls, 52, finished chemo with us this week.')).toContain('phi.location.hometown');
  });
});

describe('advice on the commenter\'s own reading', () => {
  const context = 'the machine at the store said 171/104, is that bad?';

  it('"that reading is high" interprets their number', () => {
    expect(rules('That reading is a bit high, but please talk it over with Cardiology: (555) 300-1200.', reply(context))).toContain('advice.reads-their-number');
  });

  it('"recheck in a week" tells them to wait on their own', () => {
    expect(rules('Those machines can be off, so recheck in two weeks before you worry.', reply(context))).toContain('advice.recheck-later');
  });

  it('a general threshold is education, not a reading of theirs', () => {
    expect(rules('A reading above 180/120 is an emergency: call 911. For anything else, Cardiology is at (555) 300-1200.', reply(context))).toEqual([]);
  });
});

describe('fear and shouting in posts', () => {
  it('"Don\'t be the one who waited" is fear bait', () => {
    expect(rules("Mammogram slots fill fast. Don't be the one who put it off.")).toContain('clickbait.too-late-fear');
  });

  it('"before it\'s too late" is fear bait, "it\'s not too late" is not', () => {
    expect(rules("Book your screening before it's too late.")).toContain('clickbait.too-late-fear');
    expect(rules("It's not too late for a flu shot: walk in Tuesdays 3–7pm.")).toEqual([]);
  });

  it('a number inside capitals does not break the shouting ("ONLY 2 SPOTS LEFT")', () => {
    expect(rules('ONLY 2 SPOTS LEFT for Saturday sports physicals!')).toContain('clickbait.all-caps-fear');
  });
});

describe('past care implied', () => {
  it('"if you ever need us again" says they were with us', () => {
    expect(rules('Thank you for the kind words. Our team is here if you ever need us again.', reply('You all got me through a rough month.'))).toContain(
      'confirmation.welcome-back',
    );
  });

  it('"if you need us" without "again" is an open door', () => {
    expect(checkPost('Our team is here if you need us: (555) 300-1000.', reply('Do you take new patients?')).verdict).toBe('pass');
  });
});

describe('second round (probe55–57)', () => {
  it('"born 3/2" is a birth date, though 3/2 alone could be a fraction', () => {
    expect(rules('Welcome to the world, baby Nora — born 4/1 in our Birth Center!')).toContain('phi.date.birth');
    expect(rules('Mix 3/4 cup of oats with 1/2 cup of yogurt.')).toEqual([]);
  });

  it('"just diagnosed with …" makes the comment about the writer', () => {
    expect(rules('Our dietitians help anyone newly diagnosed with celiac: (555) 300-1000.', reply('Just diagnosed with celiac, any bread tips?'))).toContain(
      'phi.diagnosis.person-linked',
    );
  });

  it('"type 1" in the comment is diabetes, said back as "type 1 diabetes"', () => {
    expect(rules('Kids with type 1 diabetes are welcome at sports physicals.', reply('My daughter has type 1, can she get a sports physical?'))).toContain(
      'phi.diagnosis.person-linked',
    );
  });

  it('a claim that something cures a disease is not the commenter having it', () => {
    expect(rules('No supplement cures arthritis. Our team can explain what helps: (555) 300-1000.', reply('my uncle says turmeric cures arthritis, true?'))).toEqual([]);
  });

  it('"the right patient" is anyone, not one patient', () => {
    expect(rules('Two identifiers make sure the right patient gets the right blood draw.')).toEqual([]);
  });

  it('"answer in tomorrow\'s post" and "you\'ll find out in next week\'s newsletter" hold the payoff back', () => {
    expect(rules("Trivia: which vitamin does sunlight help you make? Answer in tomorrow's post!")).toContain('clickbait.next-post-reveal');
    expect(rules("We cut our wait times in half. How? You'll find out in next week's newsletter.")).toContain('clickbait.next-post-reveal');
    // The post-teaser model blocks this one since session 17; the reveal rule must not.
    expect(handWrittenBlockingRules("Our new hours start Monday; details in next week's newsletter.")).toEqual([]);
  });

  it('"you can keep seeing her" affirms an ongoing care relationship', () => {
    expect(rules('Dr. Marsh also works at our north clinic, so you can keep seeing her there.', reply('Will Dr. Marsh still be my doctor after I move?'))).toContain(
      'confirmation.welcome-back',
    );
  });

  it('"a 4 year old" in a question is anyone that age', () => {
    expect(rules('Boosters are due between ages 4 and 6; call (555) 300-1000.', reply('what shots does a 4 year old need for school?'))).toEqual([]);
    expect(rules('Boosters are due between ages 4 and 6; call (555) 300-1000.', reply('my 4 year old has asthma, what shots does she need?'))).toContain('phi.age.restated');
  });

  it('a question without its question mark asks when we are open', () => {
    expect(rules('Tomorrow, 9am to 1pm at our main clinic!', reply('hey is the flu shot clinic today or tomorrow'))).toEqual([]);
    expect(rules('Good luck tomorrow!', reply('colonoscopy tomorrow, wish me luck'))).toContain('phi.date.restated-care-day');
  });
});

describe('third round (probe58–61)', () => {
  it('"new rashes" is the plural of the commenter\'s rash, and "if a rash spreads" supposes one', () => {
    expect(rules('Dermatology has same-day visits for new rashes. If a rash spreads fast with a fever, call 911.', reply('what is this rash on my arm?'))).toEqual([]);
  });

  it('"Tip Tuesday" names a post series, not a day of care', () => {
    expect(rules('Tip Tuesday: kids should see a dentist by their first birthday.')).toEqual([]);
  });

  it('"you\'ll be good" after self-care tells them they can skip care; "good to go" does not', () => {
    expect(rules("Just ice it for a few days and you'll be good.", reply('rolled my ankle, ER or nah?'))).toContain('advice.you-will-be-fine');
    expect(rules("You'll be good to go once you check in at the front desk.", reply('what do I bring to my first visit?'))).not.toContain('advice.you-will-be-fine');
  });

  it('"Sam is here and stable" tells a caller about a patient; "if she is stable" supposes', () => {
    expect(rules('Yes, Luis is here and resting comfortably. A nurse will call you.', reply('is my dad Luis at your ER?'))).toContain('confirmation.here-with-us');
    expect(rules('If she is stable, call the nurse line at (555) 300-1000.', reply('my mom is dizzy'))).toEqual([]);
  });

  it('"full breakdown in next week\'s newsletter" holds the payoff back', () => {
    expect(rules('One mistake showed up in most of the falls we treated. Full breakdown in next week\'s newsletter.')).toContain('clickbait.next-post-reveal');
  });

  it('a saint\'s name, a feed store and a county office are not people or places someone lives', () => {
    expect(rules("Free blood pressure checks at St. Brigid's Catholic hall after Sunday mass.")).toEqual([]);
    expect(rules("Thank you to Hanson's Feed & Seed for hosting our mobile clinic.")).toEqual([]);
    expect(rules('Farm safety night, Tuesday 6pm at the Pike County Extension Office.')).toEqual([]);
  });

  it('a conference room hosts an event; a patient in it is still a patient', () => {
    expect(rules('Free knee workshop Wednesday at 6pm in Conference Room C.')).toEqual([]);
    expect(rules('Our patient in Conference Room C had a seizure.')).toContain('phi.location.room');
  });

  it('"DOT physicals" in the comment is an acronym, not someone named Dot', () => {
    expect(rules('We do DOT physicals at every location: (555) 300-1000.', reply('Do you do DOT physicals for truckers?'))).toEqual([]);
  });

  it('a condition found in "a <town> <role>" describes one patient', () => {
    expect(rules('Our dermatologist caught an early melanoma on a Maple Falls farmer at the fair.')).toContain('phi.location.described-patient');
    expect(rules('A Maple Falls teacher found that asthma rates are falling.')).not.toContain('phi.location.described-patient');
  });

  it('a post thanking one @account for a review of "your surgery" addresses that person', () => {
    expect(rules('Thanks @milesandmore for the kind review of your hip surgery!')).toContain('phi.procedure.person-linked');
    expect(rules('Questions about hip surgery? Follow @ourclinic for answers.')).toEqual([]);
  });
});

describe('third round, continued', () => {
  it('"we\'re seeing more flu" speaks of the community, not the commenter', () => {
    expect(rules("We're seeing more flu this month, mostly in school-age kids. Urgent Care is open 8am–8pm.", reply('is flu going around? my whole family has it'))).toEqual([]);
  });

  it('"your hearing aids if you use them" supposes them', () => {
    expect(rules('Bring your glasses or hearing aids if you use them.', reply('what do I bring to a driving physical?'))).toEqual([]);
  });

  it('"rosacea-friendly" names the commenter\'s rosacea', () => {
    expect(rules('We can help you find an eczema-friendly moisturizer: (555) 300-1000.', reply('any lotion recs? i have eczema'))).toContain('phi.diagnosis.person-linked');
  });

  it('an ambiguous given name ("Earl") after "my neighbor" in the comment is that person\'s', () => {
    expect(rules('Praying for Earl and his family as he heals.', reply('Please pray for my neighbor Earl Becker, who had a stroke yesterday'))).toContain('phi.name.relative-said-back');
  });

  it('"looking for a therapist who understands X" makes X the writer\'s own', () => {
    expect(rules('Our counselors have lots of experience with OCD. Call (555) 300-1000.', reply('Looking for a counselor who understands OCD. Anyone?'))).toContain(
      'phi.diagnosis.person-linked',
    );
  });

  it('an apartment tied to "our favorite regular"', () => {
    expect(rules('Our favorite regular from Unit 12C on Birch Road came by Urgent Care again.')).toContain('phi.address.unit');
  });

  it('a baby who "arrived at 5:40am" to "proud parents" is a patient\'s news', () => {
    expect(rules('Little Mae arrived at 5:40am to proud parents Tess and Omar!')).toContain('phi.name.given-name');
  });
});

describe('fourth round (probe62–65)', () => {
  it('"every … patient" and "a new-patient visit" are anyone, not one patient', () => {
    expect(rules('Every pregnant and postpartum patient is screened for anxiety.', reply('what do you do about maternal mental health?'))).toEqual([]);
    expect(rules('Waits for a new-patient visit dropped to 9 days, and 90% of our patients with diabetes met their goal.')).toEqual([]);
  });

  it('"congrats to #12" with a surgery is one athlete', () => {
    expect(rules('Congrats to #12 on the Maple Falls varsity, back on the field after knee surgery!')).toContain('phi.procedure.person-linked');
  });

  it('schools that partner or host are nobody\'s school; a patient\'s school still is', () => {
    expect(rules('We are partnering with Maple Falls High and Pike Valley High for free sports physicals for student athletes on Saturday.')).toEqual([]);
    expect(rules('Our patient, a junior at Maple Falls High, had knee surgery.')).toContain('phi.location.school');
  });

  it('"a note from <name>, our manager" is who wrote it, not a hometown', () => {
    expect(rules('Why we never share patient stories without consent: a note from Rita Gomez, our privacy officer.')).not.toContain('phi.location.hometown');
  });

  it('when a wing "opens to patients" is nobody\'s day of care; a surgery month still is', () => {
    expect(rules('The new wing has 24 beds and opens to patients on March 3.', reply('how many beds?'))).toEqual([]);
    expect(rules('His surgery was in March.')).toContain('phi.date.care-month');
  });

  it('"the #1 reason people visit in January" is a statistic', () => {
    expect(rules('The #1 reason people visit Urgent Care in February? Falls on ice.')).toEqual([]);
  });

  it('other patients\' results vouch for a treatment', () => {
    expect(rules('Many of our patients have seen great results with intermittent fasting!', reply('thinking of trying fasting for my diabetes'))).toContain('advice.peers-results');
  });

  it('"on our patient list" and "hearing from their patients" count the commenter among our patients', () => {
    expect(rules('We send a card to everyone on our patient list!', reply('thanks for the birthday card!'))).toContain('confirmation.among-our-patients');
    expect(rules('They love hearing from their patients!', reply('best nurses at the north clinic'))).toContain('confirmation.among-our-patients');
  });

  it('"React 👍 for A" asks for reactions', () => {
    expect(rules('React 👍 for walking, ❤️ for yoga!')).toContain('clickbait.engagement-bait');
  });

  it('a public role does not hide a name whose "treatment" the post reports', () => {
    expect(rules('Our team helped fire captain Lena Ortiz back to work after PTSD treatment.')).toContain('phi.name.given-name');
  });
});

describe('fifth round (probe66–69)', () => {
  it('a body complaint the commenter gave, said back in other words', () => {
    expect(rules('If that stiff elbow is not better by Friday, call Orthopedics at (555) 300-1000.', reply('my elbow is so stiff after practice'))).toContain(
      'phi.diagnosis.restated-complaint',
    );
    expect(rules('For a possibly fractured thumb, Urgent Care has X-ray on site.', reply('pretty sure I broke my thumb on the door'))).toContain('phi.diagnosis.restated-complaint');
  });

  it('the same words in general, or about another body part, are not theirs', () => {
    expect(rules('Most sore arms fade in a day or two after a shot.', reply('my arm is sore after my shot'))).not.toContain('phi.diagnosis.restated-complaint');
    expect(rules('Sore throats are going around; Urgent Care is open until 8.', reply('my arm is sore after my shot'))).not.toContain('phi.diagnosis.restated-complaint');
  });

  it('POTS in capitals is a condition; pots and pans are not', () => {
    expect(rules('Our Cardiology team sees patients with POTS: (555) 300-1200.', reply('i have POTS, does anyone there treat it?'))).toContain('phi.diagnosis.person-linked');
    expect(rules('Our patient Tom donated pots and pans to the food drive.')).not.toContain('phi.diagnosis.person-linked');
  });

  it('when a wing opens "on Monday, Sept 8" and a holiday named "Valentine\'s" are nobody\'s', () => {
    expect(rules('The new wing opens to patients on Monday, Sept 8, with tours on Saturday, Sept 6.', reply('when does it open?'))).toEqual([]);
    expect(rules("Valentine's tip: know your blood pressure numbers.")).toEqual([]);
  });

  it('a count of injuries or athletes is a statistic, not one person\'s day', () => {
    expect(rules('Between Dec 30 and Jan 2 our Urgent Care treated 180 fireworks-related injuries.')).toEqual([]);
    expect(rules('Our team checked 500 athletes last August.')).toEqual([]);
  });

  it('"from Dr. Marsh\'s team" is a team, not a hometown', () => {
    expect(rules("Thanks to all our doctors, from Dr. Marsh's Family Medicine crew to the night shift.")).toEqual([]);
  });

  it('"Results drop Thursday" holds the answer back', () => {
    expect(rules('We tracked 100 volunteers for a month. What happened surprised us. Results drop Thursday!')).toContain('clickbait.deferred-reveal');
  });
});

describe('the confirmation model and facts about our staff', () => {
  it('a reply that only states facts about a listed colleague confirms no one\'s care', () => {
    expect(rules('We think so too! Dr. Helena Marsh has been part of our Family Medicine team for 14 years.', reply('Dr. Marsh is the best!!'))).toEqual([]);
  });

  it('the same colleague with a word to the commenter or of their care is still judged', () => {
    const found = rules('Dr. Helena Marsh loved seeing you at your checkup today!', reply('Dr. Marsh is the best!!'));
    expect(found.some((r) => r.startsWith('reply-risk-model.patient-confirmation') || r.startsWith('confirmation.'))).toBe(true);
  });
});

describe('sixth round (probe70–73)', () => {
  it('"anyone here dealing with X?" is the writer\'s own X', () => {
    expect(rules('Migraines can be so draining. Our neurology line: (555) 300-1000.', reply('anyone here dealing with migraines? mine are awful'))).toContain('phi.diagnosis.person-linked');
  });

  it('"Tamiflu" in the comment does not make "flu" theirs', () => {
    expect(rules('Our providers can look at flu symptoms in a video visit: (555) 300-1000.', reply('can I get Tamiflu without coming in?'))).not.toContain('phi.diagnosis.person-linked');
  });

  it('"results are posted to the portal" describes the service', () => {
    // The confirmation model blocks it since session 17; the rules must not.
    expect(handWrittenBlockingRules('Lab results are posted to the patient portal once reviewed.', reply('how do I see my lab results?'))).toEqual([]);
  });

  it('"he\'ll explain why in next week\'s newsletter" and "answer in our stories tonight" hold the payoff back', () => {
    expect(rules("Dr. Marsh changed her mind about one piece of advice. She'll explain why in next week's newsletter.")).toContain('clickbait.next-post-reveal');
    expect(rules('Guess which department uses Lego every day. Answer in our stories tonight!')).toContain('clickbait.next-post-reveal');
  });

  it('"born at 27 weeks" makes a named mother a patient\'s', () => {
    expect(rules('Twins born at 27 weeks went home today! Mom Dana says they are fighters.')).toContain('phi.name.relation');
  });

  it('"excited to work with you over the next few weeks" confirms ongoing care', () => {
    expect(rules('Our therapists are excited to work with you over the next few weeks!', reply('first PT session done!'))).toContain('confirmation.welcome-back');
  });

  it('the day of an ice storm is everyone\'s', () => {
    expect(rules("During Monday's ice storm our nurses made 40 medication deliveries to homebound patients.")).toEqual([]);
  });
});
