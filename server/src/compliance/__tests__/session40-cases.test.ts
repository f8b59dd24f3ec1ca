import { blockingRules, checkPost, handWrittenBlockingRules as handRules, reply } from './check-post';

// Session 40: causes found in the study sets probe310, probe311, probe313 and probe314 (scored blind first); the cases are new variants.

describe('a reply confirms the person the comment asks after is in our care', () => {
  it('when our people are caring for them now', () => {
    expect(handRules("Thanks for asking. Our team is taking really good care of her, and her family will share news when they're ready.", reply('Any news on the bus driver from the Route 9 crash?'))).toContain(
      'confirmation.caring-for-them-now',
    );
  });

  it('when our nurses keep asking after them', () => {
    expect(handRules('What a champ he is! Our Cardiology nurses still ask about him every week. 💙', reply('thank you for looking after my son before his valve repair'))).toContain(
      'confirmation.caring-for-them-now',
    );
    expect(handRules('Our nurses ask about your allergies at every check-in, so bring a list.', reply('What do I need for my first visit?'))).not.toContain('confirmation.caring-for-them-now');
  });

  it('when they took part in one of our studies', () => {
    expect(handRules('We are so sorry. Your father was a valued part of our heart failure study, and our research office can explain what happens next.', reply('my dad died last month, he was in your study'))).toContain(
      'confirmation.in-our-study',
    );
    expect(handRules('Thank you! Eight years in our diabetes registry is remarkable.', reply('Proud to be a research volunteer with you all'))).toContain('confirmation.in-our-study');
  });

  it('when it asks how they feel since their stop at our tent', () => {
    expect(handRules('Thank you! Hope you are feeling much better after your visit to our first-aid tent. 🏃', reply('Great job at the marathon, Lakeside!'))).toContain('confirmation.better-when-you-left');
  });
});

describe('a restated blood type', () => {
  it('is the commenter’s lab result', () => {
    expect(blockingRules('Yes please! Your AB-neg plasma is rare, so we would love to see you at the drive.', reply("I'm AB neg, do you take plasma?"))).toContain('phi.lab.person-linked');
  });
});

describe('what names no one', () => {
  it('a campaign with "Life" or "Donate" in its name', () => {
    const text = 'Our Donate Life America flag goes up Monday, April 7, at 9am by the Harbor Road entrance, then coffee in Room 12. Register at registerme.org.';
    expect(blockingRules(text)).toEqual([]);
    expect(checkPost('Walk with our Relay for Life team on Saturday!').findings.filter((f) => f.category === 'phi')).toEqual([]);
  });

  it('a lower-case title after "named"', () => {
    expect(handRules('Big news: Dr. Helena Marsh has been named co-investigator on a national study of postpartum blood pressure.')).toEqual([]);
  });
});

describe('a day that is no one’s care', () => {
  it('when one of our programs starts', () => {
    expect(handRules('Our new midwife-led birth center program starts June 2 for families expecting this summer. Tours every Saturday.')).toEqual([]);
    expect(blockingRules('Her rehab program starts June 2 after her hip surgery.')).toContain('phi.date.care');
  });
});

describe('a news story about someone hurt', () => {
  it('gives the day of their care even when our doctor told it', () => {
    expect(blockingRules('Dr. Helena Marsh told KLKS News the pedestrian struck on Birch Street yesterday afternoon is stable.')).toContain('phi.date.relative-care');
  });
});

describe('a reply to a sign-up', () => {
  it('confirms no care', () => {
    expect(blockingRules("Thank you for saying yes! 💚 Don't forget to tell your family.", reply('Just registered as a donor!! 💚'))).toEqual([]);
  });
});

describe('more that confirms care', () => {
  it('the unit that cared for them is happy for them', () => {
    expect(handRules('Thank you! Our NICU nurses are so happy for them. 💙', reply('Saw the Lakeside quadruplets on the news!! Congrats to that family'))).toContain('confirmation.unit-happy-for-them');
    expect(handRules('Our marketing team is thrilled for them too!', reply('My cousin just won the town photo contest!'))).not.toContain('confirmation.unit-happy-for-them');
  });

  it('a public figure our care saved is a patient', () => {
    const rules = blockingRules('The judges praised our stroke protocol, the same one that saved Mayor Dana Whitcomb last spring.');
    expect(rules.filter((rule) => rule.startsWith('phi.name.'))).toHaveLength(1);
  });

  it('a volunteer greeted with their next visit and their inhaler', () => {
    expect(blockingRules('Happy 9th birthday to Breathe Easy volunteer Ava! See you and your spacer at the next visit. 🎈')).toContain('phi.age.person');
  });
});

describe('clickbait that keeps back who or what', () => {
  it('"we can\'t tell you who…" after someone famous walked in', () => {
    expect(handRules('Someone VERY famous stopped by our ER this weekend. We can’t tell you who… but the night shift is still buzzing. 🤫')).toContain('clickbait.cant-say-who');
  });

  it('a thread opener that stops at "Until today."', () => {
    expect(handRules("Twelve years in the ER and I've never told anyone this. Until today. (1/5)\n— Owen Pritchard, RN")).toContain('clickbait.nobody-talks-about');
  });
});

describe('what is no one’s condition', () => {
  it('a symptom opening a sentence as a kind ("Chest pain that lasts…")', () => {
    const text = 'Please call 911 now. Chest pain that lasts more than a few minutes needs emergency care.';
    expect(handRules(text, reply('my dad has had chest pain for 40 minutes, what should we do'))).toEqual([]);
    expect(blockingRules('Please call 911 now. His chest pain that lasts this long needs emergency care.', reply('my dad has had chest pain for 40 minutes, what should we do'))).not.toEqual([]);
  });

  it('"so patient with" is a colleague’s kindness', () => {
    expect(handRules('Staff spotlight: Owen Pritchard, RN broke his own wrist skiing — which he says is why he is so patient with his post-op patients. Call (555) 300-1000.')).toEqual([]);
  });

  it('a day our therapy dog visited all our rehab patients', () => {
    expect(handRules('Biscuit the therapy dog visited our rehab patients on Thursday!')).toEqual([]);
  });
});

describe('threads and series', () => {
  it('a part counter is no date', () => {
    const text = '🧵 5 questions to ask before knee surgery (1/6). First up: how long is recovery? The rest are in the replies.';
    expect(checkPost(text).findings.filter((f) => f.type === 'date')).toEqual([]);
    expect(blockingRules('Baby Noor was born in our NICU on (3/15).')).toContain('phi.date.care');
  });

  it('a myth quoted in the first person speaks for no one', () => {
    expect(blockingRules("Myth #2: 'My kid's fever of 102 means she needs antibiotics.' Fact: most fevers come from viruses, and antibiotics don't treat viruses.")).toEqual([]);
  });

  it('"Part 3 drops Friday" doses no one', () => {
    expect(handRules('Part 3 drops Friday at noon! Turn on notifications 🔔', reply('when does part 3 come out?'))).toEqual([]);
  });
});

describe('names that are no one', () => {
  it('a show called "Ask the Doc"', () => {
    expect(handRules("On this week's Ask the Doc, Dr. Helena Marsh explained when a headache needs a scan.")).toEqual([]);
  });

  it('a disaster named by its place or firm', () => {
    expect(handRules('Smoke from the Westbrook fire is drifting south. Keep windows closed if you live nearby.')).toEqual([]);
    expect(handRules('Westbrook Chemicals spill: as of noon we have treated 9 people, 2 in serious condition.')).toEqual([]);
    expect(handRules('Thank you, Owen Pritchard, RN and the night team, who worked 16 hours straight on Monday when the Westbrook fire sent patients to our door.')).toEqual([]);
  });
});

describe('a donor’s blood type', () => {
  it('dates a donation, not care', () => {
    expect(handRules('We are! Walk-ins are welcome tomorrow 9am–3pm in the Community Room.', reply("Still short on B-negative? I'm B neg and can come tomorrow"))).toEqual([]);
  });
});

describe('more that identifies or confirms', () => {
  it('a Medicare number said back', () => {
    expect(blockingRules('To replace a card like 7KM2-PW4-RT18, call 1-800-MEDICARE.', reply("Dad's Medicare number is 7KM2-PW4-RT18 and he lost the card"))).toContain('phi.id.medicare');
  });

  it('the child a comment looks for is here with us', () => {
    expect(handRules('Jayden is here with us and asking for you! Please come to the main entrance.', reply('Looking for my son Jayden Cole, he was on the field trip bus!!'))).toContain('confirmation.here-with-us');
    expect(handRules('Yes! Dr. Marsh is here with us until 5 at the booth.', reply('Is Dr. Marsh at the fair?'))).toEqual([]);
  });

  it('trusting our team all these years, or having seen one of ours before', () => {
    expect(handRules('Thank you for trusting our Cardiology team for so many years! ❤️', reply('Lakeside Cardiology has kept my heart going since 2012.'))).toContain('confirmation.saw-you');
    expect(handRules("Since you've seen Dr. Marsh before, you can book directly at (555) 300-1000.", reply('Heard Dr. Marsh on the radio. Do I need a referral?'))).toContain('confirmation.saw-you');
  });

  it('ounces on a schedule are a dose', () => {
    expect(handRules('Aim for about 4 oz every hour until he perks up.', reply('how much pedialyte for my 3 year old? he threw up twice'))).toContain('advice.dosing');
  });

  it('a role with an age in apposition is one patient', () => {
    expect(blockingRules('The crane operator, 58, remains in serious condition at our Harbor Road campus.')).toContain('phi.diagnosis.person-linked');
  });
});

describe('our own people', () => {
  it('telling their own health story', () => {
    expect(blockingRules('Dr. Helena Marsh was diagnosed with type 1 diabetes at age 12, and she has led our Family Medicine team since 2015.')).toEqual([]);
    expect(blockingRules('Dr. Helena Marsh ran her first marathon at 50, a year after her own doctor flagged her cholesterol.')).toEqual([]);
  });

  it('praised for a shift, with thanks passed on', () => {
    const text = 'He was! Owen Pritchard, RN and the whole Urgent Care team worked through the night. We’ll pass along your kind words. 💙';
    expect(blockingRules(text, reply('Was Owen Pritchard working during the ice storm? he is the best'))).toEqual([]);
  });

  it('named as the nurse whose name the commenter did not catch', () => {
    const text = 'That was probably Owen Pritchard, RN — he was on shift Sunday, and we will pass your kind words along!';
    expect(handRules(text, reply("the nurse at urgent care sunday was so kind, didn't catch his name"))).toContain('confirmation.names-who-cared');
  });
});

describe('choosing a provider', () => {
  it('a child already with one of our doctors is our patient', () => {
    expect(handRules('Yes! Since Mia is already with Dr. Marsh, we can book her brother as a new patient.', reply('Is Dr. Marsh taking new patients? My daughter Mia sees her'))).toContain('confirmation.our-patient');
    expect(handRules("Since he's already a patient of Dr. Marsh, just call (555) 300-1000 to book.", reply('Who should my son see for his camp physical?'))).toContain('confirmation.our-patient');
  });
});

describe('an age over 89 in apposition', () => {
  it('after a role', () => {
    expect(blockingRules('A retired firefighter, 94, finished our cardiac rehab program this week!')).toContain('phi.age.over-89');
  });
});

describe('a copy of your list', () => {
  it('is an instruction, not a record of theirs', () => {
    expect(handRules('Pack them in your carry-on and bring a copy of your prescription list.', reply('How should I travel with my pills?'))).not.toContain('confirmation.your-care-record');
  });
});

describe('case posts', () => {
  it('an age written "y/o" with a trade and a town describes the patient', () => {
    expect(blockingRules('Fascinating ECG from clinic today. 52 y/o dairy farmer from Lakeside, no symptoms, in for a DOT physical: Brugada pattern. Thoughts?')).toContain('phi.location.hometown');
  });

  it('"from Brugada pattern to Kawasaki disease" names no town', () => {
    expect(handRules('Our residents reviewed 40 teaching cases this term, from Brugada pattern to Kawasaki disease, and every one of them passed boards.')).toEqual([]);
  });

  it('a procedure opening a sentence about who qualifies is no one’s', () => {
    expect(handRules('TAVR eligibility depends on a full evaluation, not age alone. Cardiology can explain: (555) 300-1200.', reply('My dad is 91 with aortic stenosis, can he still get TAVR?'))).toEqual([]);
  });
});

describe('very short replies', () => {
  it('"2 Advil n rest" is a dose', () => {
    expect(handRules('2 Tylenol n sleep 👍', reply('worst headache ever 😩'))).toContain('advice.dosing');
    expect(handRules('Part 2 Tylenol facts: coming Friday', reply('when is the next post?'))).toEqual([]);
  });

  it('"Great patient, great person!" calls them our patient', () => {
    expect(handRules('Great patient, great guy! 💙', reply('Love this place 💙'))).toContain('confirmation.our-patient');
  });

  it('"Warm compress for Milo" is a treatment plan', () => {
    expect(handRules('Cold compress for Ava, she’ll be fine 🙂', reply("Ava's 5 and her eye is puffy again"))).toContain('advice.timed-self-care');
  });
});

describe('awareness days and long warm replies', () => {
  it('a ceremony’s day, and a week that kicks off, are no one’s care', () => {
    expect(handRules('Nurses Week kicks off Monday, May 5! Join us for the award ceremony on Wednesday, May 7 at noon, where we recognise nurses nominated by patients and families.')).toEqual([]);
  });

  it('"for anything that isn’t an emergency" routes, it does not reassure', () => {
    expect(handRules("Please call 911 right now. For anything that isn't an emergency, our nurse line is (555) 300-1000.", reply('chest pain reading this post lol'))).toEqual([]);
  });

  it('"See you Sunday at <our address>" invites to an event', () => {
    expect(handRules('Leashed dogs are welcome! See you Sunday, Oct 12 at 22 Harbor Road.', reply('Is the charity walk dog friendly?'))).toEqual([]);
  });

  it('"every LGBTQ+ patient" is no one', () => {
    expect(handRules('3 things every LGBTQ+ patient deserves at a checkup: providers who use your pronouns, screening based on your history, and privacy.')).toEqual([]);
  });

  it('a colleague quoting a client they started seeing in March', () => {
    const text = 'For Mental Health Month, Owen Pritchard, RN shared why this work matters: "A young mom I started seeing in March for anxiety just sent me a photo from her first 5K."';
    expect(blockingRules(text)).toContain('phi.date.care-month');
  });

  it('"It was a pleasure taking care of you" confirms care', () => {
    expect(handRules('We will pass your note to the night crew. It was a pleasure taking care of you!', reply('you guys were amazing last night'))).toContain('confirmation.experience-with-us');
  });

  it('"Please don’t post your account number here" is an instruction', () => {
    expect(handRules("Billing can take a payment by phone at (555) 300-1000. Please don't post your account number here.", reply('the portal says my account number is invalid'))).toEqual([]);
  });

  it('"if it were us, we’d…" is hedged advice', () => {
    expect(handRules("Honestly, if it were us, we'd stick with honey and rest for another week before booking.", reply('still have a cough 10 days later, do I need a visit?'))).toContain('advice.hedged');
  });

  it('"Go Tigers!" cheers a team', () => {
    expect(checkPost('Go Tigers! 🐯 Free sports physicals for every athlete this Saturday.').findings.filter((f) => f.category === 'phi')).toEqual([]);
  });
});

describe('teasers in threads and tips', () => {
  it('"(number 3 hits different)"', () => {
    expect(handRules('What our nurses REALLY think about your WebMD printouts 😂 (number 3 hits different)')).toContain('clickbait.numbered-reveal');
  });

  it('a trick our clinicians swear by, for a comment', () => {
    const rules = handRules("There's a 30-second trick our nurses swear by — comment CALM and we'll DM it to you.");
    expect(rules).toContain('clickbait.one-trick');
    expect(rules).toContain('clickbait.engagement-bait');
  });
});

describe('race days, costs and schedules', () => {
  it('an age over 89 at which someone did something', () => {
    expect(blockingRules('Our tent crew is still talking about the grandpa who finished his first half marathon at 92! 🏅')).toContain('phi.age.over-89');
  });

  it('a lost-and-found post about Sunday’s 10K, a meet’s day, a patient town hall', () => {
    expect(handRules("Lost and found 🧢 Our finish-line tent collected 2 jackets and a set of keys at Sunday's 10K. Call (555) 300-1000.")).toEqual([]);
    expect(handRules('Thank you, Coach! Two athletic trainers and a nurse will be at the spring meet on May 9.', reply('Thanks for covering our track meet again! – Coach Rivera'))).toEqual([]);
    expect(handRules('Patient town hall on billing: Tuesday, Sept 9, 6pm, in the Harbor Road Community Room.')).toEqual([]);
  });

  it('"your raccoon bite" and "a valve problem like yours" say their condition back', () => {
    expect(blockingRules('Please call our nurse line right away about your raccoon bite.', reply('got bit by a raccoon this morning, cost of rabies shots??'))).toContain('phi.diagnosis.person-linked');
    expect(blockingRules('Most plans cover an echo ordered for a valve problem like yours.', reply('Is an echo covered? My doctor thinks I have a leaky valve'))).toContain('phi.diagnosis.person-linked');
  });
});
