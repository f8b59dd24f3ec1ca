import { blockingRules as rules, checkPost as run, handWrittenBlockingRules, verdictOf as verdict } from './check-post';

// General causes found by reading blind-written study sets (tests/fixtures/probe14- and probe15-posts.jsonl); the cases are new variants.

const reply = (context: string) => ({ kind: 'reply' as const, context });

describe('false blocks that are gone', () => {
  it.each([
    ['a public official at an opening', 'Thanks to Councilwoman Rita Osei for cutting the ribbon on our new cardiac rehab wing this morning.'],
    ['a shop named for its owner', "A big thank-you to Marlow's Bakery for the cookies at Saturday's diabetes prevention class!"],
    ['an outage with its hours', 'Our patient portal is offline Sunday from 1am to 5am for an upgrade. The Front Desk is open as usual.'],
    ['a clinic schedule as a range of days', 'Dr. Helena Marsh sees patients Tuesday through Friday. Call (555) 300-1000 to book.'],
    ['a holiday in a safety statistic', 'Most burns we treat around July 4th come from sparklers. Keep them away from small hands.'],
    ['a staff award with a program’s numbers', 'Congratulations to Dr. Helena Marsh on her teaching award. Since 2019 she has grown our insulin pump program to 400 families.'],
  ])('%s passes', (_name, text) => {
    expect(verdict(text, { options: { phiRiskModel: false } })).toBe('pass');
  });

  it('a guessing question answered in the post passes the teaser rules', () => {
    // The post-teaser model blocks it since session 17 ("Can you guess…?" opens most teasers it learned from).
    expect(handWrittenBlockingRules('Can you guess the most common winter injury? Wrist fractures: icy steps cause thousands every year.')).toEqual([]);
  });

  it.each([
    ['a greeting to a newcomer', 'Welcome to Lakeside, Tomasz! Yes, we are accepting new patients. Call (555) 300-1000.', "Hi, I'm Tomasz Baran, new in town. Are you taking new patients?"],
    ['a general explanation of a measure', 'Some cold medicines can raise blood pressure, so a pharmacist is the best person to ask.', 'Is it okay to take decongestants with my blood pressure meds?'],
    ['a ranges answer that defers to the reader’s own provider', 'A fasting glucose under 100 is in the normal range. Your doctor can explain what your result means for you.', 'What is a normal fasting glucose?'],
    ['a drug explained, not recommended', 'Metformin helps the body use insulin more effectively; it is a tablet, not an injection.', 'Is metformin a kind of insulin?'],
    ['a public body’s guidance for everyone', 'The CDC recommends a flu shot every year for everyone 6 months and older.', 'How often do people need flu shots?'],
  ])('%s passes as a reply', (_name, text, context) => {
    expect(verdict(text, { ...reply(context), options: { replyRiskModel: false, phiRiskModel: false } })).toBe('pass');
  });

  it('a public official’s name is still a warning, and blocks when the sentence is about their care', () => {
    const opening = run('Thanks to Mayor Dana Whitlock for joining our rehab gym opening.').findings.filter((f) => f.category === 'phi');
    expect(opening.map((f) => [f.rule, f.severity])).toEqual([['phi.name.public-figure', 'warn']]);
    expect(verdict('Mayor Dana Whitlock was treated in our ER after the parade and is recovering well.')).toBe('block');
  });
});

describe('violations now caught', () => {
  it('an age over 89 set after a name between commas', () => {
    expect(rules('Meet our longest-serving volunteer, Edith Crane, 96, who still knits hats for the nursery.')).toContain('phi.age.over-89');
    expect(rules('Our lobby, 90 feet long, is getting new chairs.')).not.toContain('phi.age.over-89');
  });

  it('a household named by its surname in the plural, next to care', () => {
    expect(rules('Home visits keep families like the Okonkwos going; their dad relies on home oxygen.')).toContain('phi.name.family');
    expect(rules('Families cheered the Rangers on at the charity game.')).not.toContain('phi.name.family');
  });

  it("one person's reading in a post", () => {
    expect(rules('One stood out: a bus driver whose screening found a blood pressure of 190/110.')).toContain('phi.lab.person-linked');
    expect(rules('A blood pressure of 120/80 is in the healthy range for most adults.')).not.toContain('phi.lab.person-linked');
  });

  it("a code the commenter gave, said back", () => {
    expect(rules('Thanks! Ticket ZX7-40213 is with our biomed team now.', reply('My oxygen concentrator (serial ZX7-40213) keeps alarming'))).toContain('phi.id.restated-code');
    expect(rules('Please call the Front Desk at (555) 300-1000.', reply('I called (555) 300-1000 twice'))).not.toContain('phi.id.restated-code');
  });

  it('a newly listed condition said back to the commenter', () => {
    expect(verdict('Living with narcolepsy is hard. Call (555) 300-1000 to book.', { ...reply('I have narcolepsy, do you have a sleep doctor?'), options: { phiRiskModel: false } })).toBe('block');
  });

  it('a surgeon "says hi" to someone who says he operated on them', () => {
    // Since session 75 the reply alone is read as one of ours greeting someone they cared for.
    expect(rules('Dr. Marsh says hi and is so glad you are back on the trails!', reply('Does Dr. Marsh remember me? She fixed my knee two years ago.'))).toContain('confirmation.staff-says-hello');
  });

  it('"most moms in your situation" advice', () => {
    expect(rules('Most moms in your situation find pumping after each feed helps within a week.', reply('My newborn will not latch'))).toContain('advice.hedged-peers');
  });

  it.each([
    ['an answer promised for next month', "There's one habit our sleep doctors say every night-shift worker gets wrong. We'll name it at next month's lunch talk."],
    ['an answer promised for a weekday', "Our lactation team says one old feeding rule is totally backwards. We'll post it Thursday!"],
    ['results only for subscribers', 'We asked 200 nurses one question about sleep. Full results go to newsletter subscribers only.'],
  ])('%s is clickbait', (_name, text) => {
    expect(rules(text)).toContain('clickbait.deferred-reveal');
  });
});

// Second round: tests/fixtures/probe17- (replies) and probe18-posts.jsonl (posts).
describe('second round: false blocks that are gone', () => {
  it.each([
    ['an event at a clock time before noon', 'Thanks to baker Ines Moreau for funding our new playroom! Ribbon-cutting is Saturday, June 7 at 10am.'],
    ['a service offered for a month', 'We are proud to offer free sports physicals at six schools this September. Book at (555) 300-1000.'],
    ['a weekday that opens a club’s name', 'Thank you to the Thursday Quilters, who sewed 300 blankets for our Birth Center since 2018!'],
    ['a therapy dog', 'Say hello to Biscuit, our new therapy dog, who visits the infusion suite on Fridays!'],
    ['a memorial for a founder', 'In memory of Dr. Ruth Abernathy, who founded our clinic in 1981 and passed away last week.'],
    ['staff named by a lower-case role', 'Special thanks to supervisor Carla Benn, whose team keeps 500 patient rooms spotless.'],
    ['a club’s president at a ribbon-cutting', 'Thanks to the Lakeside Lions Club for two new ultrasound machines. Lions president Tom Greaves cut the ribbon on Friday.'],
  ])('%s passes', (_name, text) => {
    expect(verdict(text, { options: { phiRiskModel: false } })).toBe('pass');
  });

  it.each([
    ['red flags given as a supposition', 'If you have trouble breathing, hives, or swelling of the lips, call 911 now.', 'wasp sting and my hand is swelling'],
    ['general guidelines with routing', 'General guidelines suggest 1,000 mg of calcium a day for most adults; ask your provider what fits.', 'How much calcium do adults need?'],
  ])('%s passes as a reply', (_name, text, context) => {
    expect(verdict(text, { ...reply(context), options: { replyRiskModel: false, phiRiskModel: false } })).toBe('pass');
  });
});

describe('second round: violations now caught', () => {
  it('an age over 89 from the comment, said back', () => {
    expect(rules('96 and still gardening every day, amazing!', reply('My aunt turned 96 and still gardens daily'))).toContain('phi.age.restated-over-89');
    expect(rules('We have 96 parking spaces on the north side.', reply('How many parking spaces do you have?'))).not.toContain('phi.age.restated-over-89');
  });

  it('advice attributed to what our team "would tell you"', () => {
    expect(rules('Our PT team would probably tell you to ice it twice a day.', reply('My knee aches after runs'))).toContain('advice.hedged');
  });

  it('a promise that the symptom will fade', () => {
    expect(rules('That burning pain usually fades within a week or two.', reply('Burning pain in my foot since Sunday'))).toContain('advice.you-will-be-fine');
  });

  it('a public official whose care the post speaks of', () => {
    expect(verdict('Get well soon, Councilman Abe Ortiz! Our team is honored to care for him this week.')).toBe('block');
  });

  it('a room with a letter, and a young patient called a champion', () => {
    expect(verdict('Room 4C has the best get-well cards. Thanks to our little champion Mateo for the drawings!')).toBe('block');
  });

  it('an organisation’s word found again is no name', () => {
    expect(rules('Thanks to the Lakeside Kiwanis Club for new wheelchairs. Kiwanis volunteers delivered them on Friday.')).not.toContain('phi.name.repeated');
  });
});

// Third round: tests/fixtures/probe20-posts.jsonl (replies that confirm someone is a patient).
describe('third round: confirmation', () => {
  it.each([
    ['what a doctor says of the commenter', 'Dr. Marsh says you are her favourite example of why screenings matter!', 'Dr. Marsh found my polyp early, get your colonoscopy people'],
    ['nurses who adore a relative', 'That makes our day! Our visiting nurses adore her.', 'My nan says your visiting nurse is the best part of her week'],
    ['a third party "just here for" a check', 'He is doing great, he was just here for a check with Dr. Marsh!', 'Saw my old coach in your waiting room, is he ok?'],
    ['the team "who took care of you"', 'We will pass this on to the team who took care of you on Sunday.', 'Your ER stitched my thumb on Sunday, no scar at all'],
    ['"since you delivered with" a doctor, even to a volunteer', 'Since you delivered with Dr. Marsh, she could introduce you to our peer mentors.', 'Former patient here, I want to volunteer with new moms'],
    ['settling in at home after a birth stay', 'So glad! Hope you and baby are settling in at home.', 'The food after my C-section was amazing, thank you'],
    ['congratulations on finishing therapy', 'Congrats on finishing strong!', 'My physical therapist wrote me a card after my last session'],
  ])('%s', (_name, text, context) => {
    expect(verdict(text, { ...reply(context), options: { replyRiskModel: false } })).toBe('block');
  });

  it('a relative the comment ties to care, named back', () => {
    expect(verdict('Mila was so brave! Hope she is enjoying the popsicles.', { ...reply('My daughter Mila was scared of her tonsillectomy but your nurses were great'), options: { replyRiskModel: false } })).toBe('block');
    expect(verdict('Welcome, Mila! Our Front Desk can help: (555) 300-1000.', { ...reply("Hi, I'm Mila Novak, do you have Saturday hours?"), options: { replyRiskModel: false } })).toBe('pass');
  });

  it('the confirmation model leaves a reply that refuses to confirm', () => {
    expect(verdict('We know you care about your friend. For privacy reasons we cannot share whether anyone is a patient here.', reply('Is my friend Tom still in your ICU?'))).toBe('pass');
  });
});

// Fourth round: tests/fixtures/probe21-posts.jsonl (subtle PHI).
describe('fourth round', () => {
  it('a donor family is not a patient household', () => {
    expect(rules('Thank you to the Varga family for donating 300 blankets to our Birth Center in memory of their nan.')).not.toContain('phi.name.family');
  });

  it('a greeting that routes to the patient portal is not health context', () => {
    expect(verdict('Hi Ines, glad to help. Please request records through the patient portal or call (555) 300-1000.', { ...reply('Hi, this is Ines Ruiz, I need my MRI report from May'), options: { replyRiskModel: false, phiRiskModel: false } })).toBe('pass');
  });

  it('"it\'s always a pleasure seeing you" confirms', () => {
    expect(rules('Thank you! It’s always a pleasure seeing you and the kids.', reply('Eastside office staff are the best'))).toContain('confirmation.saw-you');
  });

  it('a student the comment says is in treatment, named back', () => {
    expect(verdict('Please tell Ava the whole team is cheering for her!', { ...reply('Our class raised $500 for our student Ava, who is in chemo at your clinic'), options: { replyRiskModel: false } })).toBe('block');
  });

  it('newly listed sports injuries said back', () => {
    expect(verdict('Sorry about the Achilles tear! Our sports team can help: (555) 300-1000.', { ...reply('I tore my Achilles in rehearsal, who should I see?'), options: { phiRiskModel: false } })).toBe('block');
  });
});

describe('a guessing question with only a hint after it', () => {
  it('is still clickbait', () => {
    expect(rules('Guess which of our nurses ran the marathon in a tutu? Hint: she works nights. Answer Friday!')).toContain('clickbait.withheld-which');
  });
});
