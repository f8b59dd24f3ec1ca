import { isHealthCueWord } from '../vocab/health-term-index';
import { blockingRules, checkPost, handWrittenBlockingRules as handRules, reply } from './check-post';

// Session 39: causes found in the study sets probe287–289 and probe291 (scored blind first); the cases are new variants.

describe('a case report describes one patient', () => {
  it('when the condition is a rare infection', () => {
    const rules = blockingRules('Our team just published a case report on a 58-year-old Eastgate rancher with cutaneous anthrax.');
    expect(rules).toContain('phi.age.described-patient');
  });
});

describe('what names no patient', () => {
  it('one of our staff after "from", signing a letter', () => {
    expect(handRules('Our year in review — from Owen Pritchard, Nurse Manager')).toEqual([]);
  });

  it('an exercise class', () => {
    const directory = { staff: [{ name: 'Marcus Greene, PT' }], departments: [], locations: ['1200 Main Street, Springfield'] };
    const text = 'These days Marcus mentors our PT students, teaches the Tuesday Tai Chi class in the Community Room at 1200 Main Street and still knows everyone at the front desk.';
    expect(handRules(text, { directory })).toEqual([]);
  });
});

describe('a reply to a general question', () => {
  it('"what age is … recommended" is asked of no one', () => {
    const text = "There's no single age: testing is usually based on personal or family history rather than age alone. A genetic counselor can help figure out if and when it makes sense: (555) 300-1000.";
    expect(blockingRules(text, reply('what age is BRCA testing recommended?'))).toEqual([]);
  });
});

describe('what a long post\'s layout says of no one', () => {
  it('an everyday word opening a bullet before "hospital" in lower case is no facility', () => {
    const text = 'Our knee replacement outcomes for 2024:\n\n• Typical hospital stay: 1.3 days\n• Average hospital stay for hip fractures after a fall: 4 days';
    expect(checkPost(text).findings.filter((f) => f.rule === 'phi.location.facility')).toEqual([]);
  });

  it('a paragraph break ends a relative cue', () => {
    const text = '• 94% of patients would recommend our surgeons to a friend\n\nBehind every number is someone who had a knee replacement and wanted to get back to the garden.';
    expect(blockingRules(text).filter((rule) => rule.startsWith('phi.name'))).toEqual([]);
  });
});

describe('a titled class named by the condition it serves', () => {
  it('is a service, not the commenter’s diagnosis', () => {
    const text = 'Sorry about that! Living Well with Diabetes meets Tuesdays at 6pm in Room 214 on the second floor of 22 Harbor Road — take the elevators by the pharmacy.';
    expect(blockingRules(text, reply('Which room is the diabetes class in? nobody at the desk knew'))).toEqual([]);
  });
});

describe('"whether … or …" speaks to every reader', () => {
  it('so a relative day in it is no one’s care', () => {
    expect(blockingRules('Whether you were diagnosed last week or 20 years ago, managing diabetes is a lot.')).toEqual([]);
  });

  it('but a day told of one person still is', () => {
    expect(blockingRules('Whether or not she makes it to the reunion, Maria had her knee replaced last month and is doing great.').length).toBeGreaterThan(0);
  });
});

describe('typed fast, in lower case', () => {
  it('a reply that says how the commenter was when they left confirms their visit', () => {
    const comment = 'thank u to the nurse who sat with me during my panic attack in the ER sat';
    expect(blockingRules('thats what we are here for 💙 so glad u were feeling calmer by the time u left', reply(comment))).toContain('confirmation.better-when-you-left');
  });

  it('a named preschool is a child’s school', () => {
    const text = 'update on the little guy from the dog bite story last week — hes home!! the plastic surgeon closed the wound on his cheek and hes already back at sunnyside preschool';
    expect(blockingRules(text).length).toBeGreaterThan(0);
  });

  it('a poster title describes its patient', () => {
    expect(blockingRules("Proud to present our poster this week: 'WPW unmasked in a 17-year-old Eastgate High swimmer.'")).toContain('phi.age.described-patient');
  });
});

describe('tips asked for everyone', () => {
  const text = 'Great question! Drink plenty of water between iftar and suhoor, and include protein and fiber at suhoor.';

  it('get no treatment-advice block when the question names no one and no condition', () => {
    expect(handRules(text, reply('Any tips for staying healthy while fasting this month? 🌙'))).toEqual([]);
  });

  it('but tips for a symptom are asked by someone who has it', () => {
    expect(handRules('Gargle warm salt water and take ibuprofen every 6 hours.', reply('Any tips for a sore throat?')).some((r) => r.startsWith('advice.'))).toBe(true);
  });
});

describe('players and public people', () => {
  it('a jersey number that closes the story of a player’s injury names the player', () => {
    const text = 'What a season for the Hawks! Shoutout to the shortstop who finished the playoffs on a stress fracture our team was watching. #12, you are tough as nails.';
    expect(blockingRules(text)).toContain('phi.id.jersey');
  });

  it('a station’s host is a public figure: a warning, not a block, in an awareness post', () => {
    const report = checkPost("Colon cancer screening now starts at 45. Channel 4's Dana Whitley hosts a live Q&A with Dr. Helena Marsh on Thursday at 6pm.");
    expect(report.verdict).toBe('pass');
    expect(report.findings.find((f) => f.text === 'Dana Whitley')?.rule).toBe('phi.name.public-figure');
  });
});

describe('a reply names the commenter’s condition as theirs', () => {
  it('with "like yours" after it', () => {
    const rules = blockingRules('Yes! Our PT team works with many people after a leg amputation like yours. Call (555) 300-1000 to get started.', reply('do your PT folks work with amputees? lost my leg in a motorcycle wreck in 2022'));
    expect(rules).toContain('phi.procedure.person-linked');
  });
});

describe('study sets probe299–303', () => {
  it('a retired carrier from a town having hand reconstruction is the patient described', () => {
    const text = 'At our talk on March 3, a retired postal carrier from Maple Heights told us he is finally having hand reconstruction this spring.';
    expect(blockingRules(text)).toContain('phi.location.described-patient');
  });

  it('"most people at your stage" frames advice for this person', () => {
    const rules = handRules('In the meantime, keep doing straight-leg raises at home; most people at your stage are ready for them.', reply('6 weeks out from ACL surgery and my PT got denied. What do I do?'));
    expect(rules).toContain('advice.hedged-peers');
  });

  it('our nurses sharing the good news with the commenter confirms their care', () => {
    expect(handRules('So glad it worked out! Our Urgent Care nurses were relieved to share the good news with you.', reply('thanks for testing the bat so fast'))).toContain('confirmation.shared-your-news');
  });

  it('an animal hospital, counted bites, a vet’s credential and an award name no patient', () => {
    expect(handRules('Last summer our urgent care teams treated 418 animal bites. Thanks to our partners at Springfield Animal Hospital for the records!')).toEqual([]);
    expect(handRules('Welcome Dr. Lena Ortiz, DVM, of Oak Hill Veterinary Clinic, who speaks on zoonotic infections at noon in Conference Room 2B.')).toEqual([]);
    expect(handRules("Owen Pritchard presented the patient-voted 'Patient Voice' award to the whole cohort.")).toEqual([]);
  });

  it('temples, churches and languages named in their own words are no one', () => {
    expect(handRules('Free hepatitis B screenings Sunday! Cảm ơn to our partners at Chùa Phước Huệ!')).toEqual([]);
    expect(handRules('Flu shots at every location. Interpreters for Kreyòl, Tiếng Việt, Português and Français on request.')).toEqual([]);
  });

  it('immunization records are a service, and "anything about your own treatment" routes', () => {
    expect(handRules('Yes! Immunization records can be downloaded from the patient portal.', reply("Can I get my kid's immunization record for school?"))).toEqual([]);
    expect(handRules('For anything about your own treatment, please call (555) 300-1000 so a provider can review it with you.', reply('My metformin makes me nauseous, can I ask in the Q&A?'))).toEqual([]);
  });

  it('sympathy "to you and your family today" speaks of no visit', () => {
    expect(handRules("We're so sorry for your loss. Thinking of you and your family today.", reply('Hôm nay là giỗ đầu của mẹ tôi. Miss her every day.'))).toEqual([]);
  });

  it('a stuffed carabao is a toy', () => {
    expect(handRules('Tito Boy, the stuffed carabao who lives at our Pediatrics front desk, turns 10 this week!')).toEqual([]);
  });
});

describe('polls, giveaways and birth news', () => {
  it('a reply to a vote in our poll confirms no care', () => {
    expect(blockingRules('Thanks for voting! Results go up Monday. 🗳️', reply('Voted for Saturday mornings!'))).toEqual([]);
  });

  it('"one of our longtime Endocrinology families" confirms care', () => {
    expect(handRules('Thank you! It means a lot coming from one of our longtime Endocrinology families 💙', reply('Entered the giveaway! Love you guys'))).toContain('confirmation.our-patient');
  });

  it('a family named between "delivering the" and "twins" is the patients’', () => {
    expect(blockingRules('Congrats to the Birth Center team on delivering the Moreau twins on New Year’s Eve!')).toContain('phi.name.family');
  });
});

describe('new terms whose first word is an everyday word', () => {
  it('do not make that word a health word to the trained models ("Oak Valley", "Rocky", "facial")', () => {
    expect(['valley', 'rocky', 'facial', 'hand', 'jaw'].filter(isHealthCueWord)).toEqual([]);
    expect(['anthrax', 'hantavirus', 'wpw'].every(isHealthCueWord)).toBe(true);
  });
});

describe('study sets probe305–307', () => {
  it('a name turning 90 is an age over 89, even one of our own people’s; a clinic turning 90 is not', () => {
    expect(blockingRules('Our beloved receptionist Carmen turns 90 today! 🎂')).toContain('phi.age.over-89');
    expect(blockingRules('Oak Hill Clinic turns 90 this year! Come celebrate.')).toEqual([]);
    expect(blockingRules('She really is 90! 🎂 And she still beats us all at the crossword.', reply('Happy birthday Carmen! Is she really 90??'))).toContain('phi.age.over-89');
  });

  it('a townsperson’s condition told as theirs describes the patient', () => {
    expect(blockingRules("Before and after of the week: a Westfield firefighter's severe poison ivy, before and after prednisone.")).toContain('phi.location.described-patient');
    expect(blockingRules("A Westfield firefighter's chili won the cook-off at our health fair!")).toEqual([]);
  });

  it('a reply confirms care by naming who gave it', () => {
    expect(handRules("We'll pass this along to the nurse who vaccinated you — she'll be thrilled.", reply('The nurse who gave me my booster Saturday was so gentle!'))).toContain('confirmation.staff-knows-you');
    expect(handRules('We agree! She loves hearing from her families. 💛', reply('Dr. Marsh is our pediatrician and she is the BEST'))).toContain('confirmation.among-our-patients');
  });

  it('a staff picnic is no visit, and "anyone curious about" asks of no one', () => {
    expect(handRules('Anything but scrubs! 😎 See you Saturday.', reply("What's the dress code for the staff picnic? lol"))).toEqual([]);
    expect(handRules('Thanks for following along! Anyone curious about acne treatment options can call (555) 300-1000.', reply('Your derm team treated my acne last year too'))).toEqual([]);
  });
});
