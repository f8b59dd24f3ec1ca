import type { CheckInput } from '../types';
import { checkPost, handWrittenBlockingRules as handRules } from './check-post';
import { TEST_DIRECTORY } from './test-directory';

// Session 24: causes found on held-out sets once they were retired to study; the cases are new variants, not their items.

const reply = (context: string): Partial<CheckInput> => ({ kind: 'reply', context });

describe('a comment that tells of the writer without "I"', () => {
  it('opens by saying who the writer is ("Celiac here, …")', () => {
    expect(handRules('Celiac can make eating out tricky! Our dietitians can help: (555) 300-1000.', reply('Celiac here, any tips for birthday parties?'))).toContain('phi.diagnosis.person-linked');
  });

  it('"starting <medication>" and "newly on <treatment>"', () => {
    expect(handRules('Prednisone can make sleep tricky for lots of people. Our nurse line can talk it through: (555) 300-1000.', reply('starting prednisone tomorrow 😬 any tips?'))).toContain('phi.medication.person-linked');
    expect(handRules('Dialysis days are long! Our social workers can help with rides: (555) 300-1000.', reply('Newly on dialysis and the rides are killing me. Who do I call?'))).toContain('phi.procedure.person-linked');
  });

  it('"day 5 of <condition>" after a handle', () => {
    expect(handRules('Ugh, shingles is the worst. Our nurse line is open 24/7: (555) 300-1000.', reply('@LakesideClinic day 5 of shingles, anyone else?'))).toContain('phi.diagnosis.person-linked');
  });

  it('a question from "anyone here" is not about the writer', () => {
    expect(handRules('Yes! Our cardiac rehab program runs every weekday morning.', reply('Anyone here done the cardiac rehab program?'))).toEqual([]);
  });
});

describe('a month in a statistic or a season is nobody’s day of care', () => {
  it('a count in the thousands', () => {
    expect(handRules('Our Nurse Line answered 2,410 calls in July, mostly about sunburn and bug bites.')).toEqual([]);
  });

  it('when something peaks', () => {
    expect(handRules('Winter depression peaks in January, and our Behavioral Health team is adding evening slots.')).toEqual([]);
  });

  it('a patient’s month of care still counts', () => {
    expect(handRules('Our patient in room 4 came in last January with pneumonia and went home today.')).toContain('phi.date.care-month');
  });

  it('"Fun fact Friday" names a post series', () => {
    expect(handRules('Fun fact Friday 🍼 Newborns can recognise a parent’s voice at birth, because they hear it for weeks before.')).toEqual([]);
  });
});

describe('a reply that says the commenter was seen here before', () => {
  it.each([
    ["She can't wait to see the twins again! Call (555) 300-1000.", 'Is Dr. Marsh still at Lakeside? my twins adore her'],
    ["We'd love to see you back! Call (555) 300-1000 to book.", 'Is Owen still there? he fixed my shoulder last year'],
    ['Our lactation team would love to help you and the baby again: (555) 300-1000.', 'do you have a lactation consultant?'],
    ["She'd be thrilled to see a familiar face! Call (555) 300-1000.", 'Is Dr. Marsh taking OB patients? she delivered my first'],
  ])('%s', (text, context) => {
    expect(handRules(text, reply(context))).toContain('confirmation.welcome-back');
  });

  it.each([
    ['Thanks for 12 years with us! The new parking garage opens in May.', 'Been coming to Lakeside since 2012 and parking is a nightmare'],
    ['Thank you for sticking with us all these years! Our help desk can walk you through the new portal.', 'this new portal is awful'],
    ["She'd be touched to know a patient of hers is asking!", 'Is Dr. Marsh retiring??'],
  ])('long-standing: %s', (text, context) => {
    expect(handRules(text, reply(context))).toContain('confirmation.long-standing-patient');
  });

  it('thanks a colleague for their years of work, or invites someone to an event', () => {
    expect(handRules('Thanks for 30 years with us! Enjoy every minute of retirement.', reply('Retiring today after 30 years working at Lakeside!'))).toEqual([]);
    expect(handRules("We'd love to see you at the fair on Saturday!", reply('Is the health fair still on?'))).toEqual([]);
  });
});

describe('what we offer, in a reply, is an answer', () => {
  it('a first-name greeting with a service on offer stays clean', () => {
    expect(handRules('Hi Bernadette! Yes — walk-in flu shots are available at both locations during regular hours 💉', reply("Hi I'm Bernadette! do you still do walk in flu shots?"))).toEqual([]);
  });

  it('the greeting next to the addressee’s own care still blocks', () => {
    expect(handRules('Hi Bernadette! Your flu shot went in without a fuss, the nurses said.', reply("Hi I'm Bernadette! do you still do walk in flu shots?"))).toContain('phi.name.addressed');
  });

  it('a test the commenter only asked about is not theirs', () => {
    expect(handRules("Most plans don't need a referral for a routine screening mammogram, but it's worth checking with yours: (555) 300-1000.", reply("I'm 41, do I need a referral for a mammogram?"))).toEqual([]);
  });
});

describe('a pregnancy or a return to our maternity unit ties a name to care', () => {
  it.each([
    'Congrats to our spring prenatal class grads! A special shout-out to Keira Doyle, who is due in October with twins 👶👶',
    'Welcome back to our Mother-Baby unit, Monica! Her third baby with us in four years 💕',
  ])('%s', (text) => {
    expect(handRules(text).filter((rule) => rule.startsWith('phi.name.'))).not.toEqual([]);
  });
});

describe('a friend or a child the comment tells of, greeted by name', () => {
  it('"my bestie <name> just had her twins"', () => {
    expect(handRules('Congratulations to Nora and the twins! Our Birth Center nurses send their love 💕', reply('my bestie Nora just had her twins at lakeside!!! 💕'))).toContain('phi.name.addressed');
  });

  it('"my daughter <name> got her first period"', () => {
    expect(handRules('Lots of girls Lily’s age have questions about this. Call (555) 300-1000 to book a visit.', reply('My daughter Lily just got her first period and is so nervous, is Dr. Marsh good with teens?'))).not.toEqual([]);
  });

  it('a friend named in a comment with no care in it stays a greeting', () => {
    expect(handRules('Say hi to Nora for us! 👋', reply('my bestie Nora loves your page'))).toEqual([]);
  });
});

describe('hype in a post', () => {
  it('"MIRACLE results", "drop up to 30 lbs in 30 days"', () => {
    expect(handRules('MIRACLE results!! Our new program helped patients drop up to 25 lbs in 30 days.')).toContain('clickbait.miracle-claim');
  });

  it.each([
    "Our new yoga series starts Monday and spots are filling up fast! Don't miss out.",
    'Only 2 spots left! Grab yours for Saturday’s free skin check.',
  ])('scarcity pressure: %s', (text) => {
    expect(handRules(text)).toContain('clickbait.scarcity-pressure');
  });

  it('plain notice of limited places stays clean', () => {
    expect(handRules('Our Saturday skin-check clinic has 20 places; book at (555) 300-1000.')).toEqual([]);
    expect(handRules('Happy first birthday to our little miracle babies from the NICU reunion!').filter((rule) => rule.startsWith('clickbait.'))).toEqual([]);
  });
});

describe('more look-alikes of care', () => {
  it('"down from 19 in January" is how a figure moved', () => {
    expect(handRules('Wait-time update: the average wait for a new Sports Medicine appointment is now 6 days, down from 19 in January.')).toEqual([]);
  });

  it('"Is my kid overtraining?" names no kid', () => {
    const findings = checkPost("Parent Night 🍕 'Is my kid overtraining?' with Dr. Helena Marsh. Thursday, Oct 2, 6:30pm. RSVP at (555) 300-1000.").findings;
    expect(findings.filter((f) => f.category === 'phi')).toEqual([]);
    expect(handRules('Thanks to my daughter emily for driving me to my chemo here.')).toContain('phi.name.relation');
  });
});

describe('a Spanish guessing game with the answer held back', () => {
  it('"Adivina cuál 👇 ¡Respuesta el viernes!"', () => {
    expect(handRules('¿Sabías que…? Hay una fruta que causa más alergias de lo que crees 🍓 Adivina cuál 👇 ¡Respuesta el viernes!')).toContain('clickbait.spanish-held-for-later');
  });

  it('an answer given in the post stays clean', () => {
    expect(handRules('¿Sabías que…? El maní causa muchas alergias en niños. Respuestas a sus preguntas: (555) 300-1000.')).toEqual([]);
  });
});

describe('an emoji closes a sentence in a post', () => {
  it('"… 7 days a week 🩻 Skip the ER trip" reads "Skip" as the verb opening a sentence', () => {
    const findings = checkPost('Now at our Urgent Care: on-site X-ray 7 days a week 🩻 Skip the ER trip for most sprains and simple fractures.').findings;
    expect(findings.filter((f) => f.category === 'phi')).toEqual([]);
  });
});

describe('"your …" that is an instruction or someone else', () => {
  it('"Have your statement handy"', () => {
    expect(handRules('Our Billing team can help at (555) 300-1000, Mon–Fri 8am–5pm. Have your statement handy.', reply('who do I talk to about a billing error'))).toEqual([]);
  });

  it('"your program coordinator"', () => {
    expect(handRules('We do! Your program coordinator can reach our education office at (555) 300-1000.', reply('Do you offer clinical rotations for PA students?'))).toEqual([]);
  });

  it('"We have your statement" still confirms', () => {
    expect(handRules('We have your statement here and will call you today.', reply('who do I talk to about a billing error'))).toContain('confirmation.your-care-record');
  });
});

describe('a first-name greeting in a reply that only routes', () => {
  it('"our PT team" is a department, not a patient cue', () => {
    expect(handRules('Hi Priyanka! Yes, we do. Call our PT team at (555) 300-1000 to book.', reply("Hi! It's Priyanka — do you offer pelvic floor PT?"))).toEqual([]);
  });

  it('a health word inside one of our department names', () => {
    const directory = { ...TEST_DIRECTORY, departments: [...TEST_DIRECTORY.departments, { name: 'Endocrinology & Diabetes Care', phone: '(555) 300-1400' }] };
    const context = "Hi! I'm Nadia. Dr. Marsh changed my metformin dose last week and I feel off.";
    expect(handRules('Hi Nadia! Please call Endocrinology & Diabetes Care at (555) 300-1400, or the Front Desk at (555) 300-1000 after hours.', { ...reply(context), directory })).toEqual([]);
  });

  it('the greeting next to the commenter’s own care still blocks', () => {
    expect(handRules('Hi Nadia! Your statin dose change can take a couple of weeks to settle.', reply("Hi! I'm Nadia. Dr. Marsh changed my statin dose last week and I feel off."))).toContain('phi.name.addressed');
  });
});

describe('"new-patient openings" are no one’s care', () => {
  it('a date for new-patient openings', () => {
    expect(handRules('She is! Dr. Helena Marsh has new-patient openings starting Jan 6. Call (555) 300-1000 to book.', reply('is Dr. Marsh accepting new patients in January?'))).toEqual([]);
  });
});

describe('sponsors, a reunion on "Sat," and our rehab gym', () => {
  it('businesses and clubs thanked as sponsors are no people', () => {
    const sponsors = checkPost('Thank you to Greenway Pharmacy, Westfield Rotary and Lakeside Credit Union for sponsoring this year’s 5K. Together we raised $42,300 for free blood-pressure screenings.');
    expect(sponsors.findings.filter((f) => f.category === 'phi' && f.type === 'name')).toEqual([]);
    expect(checkPost('Thank you to Greta Lindqvist for sponsoring this year’s 5K after her heart attack last spring.').verdict).toBe('block');
  });

  it('an event day written "Sat, Sept 27"', () => {
    expect(handRules('NICU Awareness Month 💜 About 1 in 10 U.S. babies is born preterm. Our NICU grad reunion is Sat, Sept 27, 11am at the Westfield Park pavilion — all families welcome!')).toEqual([]);
  });

  it('"our cardiac rehab gym" is a place we run', () => {
    expect(handRules('No pool, but our cardiac rehab gym has recumbent bikes and an indoor walking track. Call (555) 300-1000 to set up a tour!', reply('My grandpa wants to know if the cardiac rehab gym has a pool. He still swims every day lol'))).toEqual([]);
  });
});

describe('an accident, a case number, "in good hands" and a story saved for later', () => {
  it('a name next to a crash or prayers for them', () => {
    expect(checkPost('Prayers for the Okafor family tonight. We know Darnell is fighting hard at the trauma center after the crash on Mill Road.').verdict).toBe('block');
    expect(handRules('Sending strength to Marco after last night’s crash on Pine Ave 🙏', reply('Please pray for my brother Marco, he was in the crash on Pine Ave last night 🙏'))).not.toEqual([]);
  });

  it('"case 88213" is a record number, "in case 911…" is not', () => {
    expect(handRules('So sorry, Jen! Please call Billing back at (555) 300-1000 and mention case 88213.', reply('Still waiting on a callback about my bill'))).toContain('phi.id.record-number');
    expect(handRules('Save our nurse line in your phone, just in case 2024 brings more bumps and bruises: (555) 300-1000.')).toEqual([]);
  });

  it('"She\'s in good hands with our team"', () => {
    expect(handRules("She's in good hands with our Urgent Care team. Please call (555) 300-1000 for an update.", reply('my mom got brought in after the bus crash, is she ok??'))).toContain('confirmation.in-good-hands');
  });

  it('"Story coming Thursday…"', () => {
    expect(handRules('We’ve treated 47 fireworks injuries since 2019. One of them changed how our whole team celebrates. Story coming Thursday...')).toContain('clickbait.story-coming');
  });
});
