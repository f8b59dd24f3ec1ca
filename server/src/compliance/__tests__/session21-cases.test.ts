import type { CheckInput } from '../types';
import { handWrittenBlockingRules as handRules } from './check-post';

// Session 21: causes found on the older held-out sets once they were retired to study; the cases are new variants, not their items.

const reply = (context: string): Partial<CheckInput> => ({ kind: 'reply', context });

describe("the commenter's condition said back under another name", () => {
  it('an abbreviation for the full name the commenter gave', () => {
    expect(handRules('So sorry to hear it. COPD is something our Pulmonology team sees every day: (555) 201-4000.', reply('My husband was just told he has chronic obstructive pulmonary disease and we are overwhelmed.'))).toContain('phi.diagnosis.person-linked');
  });

  it('the full name for an abbreviation the commenter gave', () => {
    expect(handRules('Atrial fibrillation can feel scary at first. Cardiology can walk you through next steps: (555) 201-4400.', reply('Diagnosed with afib last month, I keep feeling my heart flutter.'))).toContain('phi.diagnosis.person-linked');
  });

  it('the same name written with commas', () => {
    expect(handRules('Oh no! Hand, foot and mouth is so hard on little ones. Pediatrics can help: (555) 201-4410.', reply('My toddler has hand foot and mouth and will not eat anything.'))).toContain('phi.diagnosis.person-linked');
  });

  it('a capitals-only acronym joined to "-friendly" or "-related"', () => {
    expect(handRules('Our dietitian loves building IBS-friendly meal plans! Call (555) 201-4450.', reply('I have IBS and need help figuring out what to eat.'))).toContain('phi.diagnosis.person-linked');
  });

  it('a treatment after "post-" in the comment', () => {
    expect(handRules('Chemo can leave feet extra sensitive 💙 Thick wool socks are a staff favorite.', reply('Post-chemo and my feet are freezing all the time, any sock tips?'))).toContain('phi.procedure.person-linked');
  });

  it('a general statement that shares no name with the comment stays clean', () => {
    expect(handRules('Winter is hard on everyone! Our walk-in clinic is open 8am to 8pm every day.', reply('Post-holiday blues are real lol'))).toEqual([]);
  });
});

describe('a comment about the writer without "I"', () => {
  it('"Just started <medication>", asked as a question', () => {
    expect(handRules('Getting used to metformin takes time for lots of people, and our nurse line can talk it through: (555) 201-4100.', reply('Just started metformin, anyone else get stomach upset the first week?'))).toContain('phi.medication.person-linked');
  });

  it('"Anybody else\'s <condition> acting up"', () => {
    expect(handRules('Pollen season is rough on hay fever! Family Medicine can help: (555) 201-4000.', reply("Anybody else's hay fever acting up this week?"))).toContain('phi.diagnosis.person-linked');
  });

  it('"Pregnant with" opens a comment about the writer', () => {
    expect(handRules('Congratulations! Worrying about preeclampsia again is so understandable. Our OB team is here: (555) 201-4300.', reply('Pregnant with baby #2 and worried about preeclampsia again. Any advice?'))).toContain('phi.diagnosis.person-linked');
  });
});

describe('where the commenter lives, said back', () => {
  it('the neighbourhood they said they are in', () => {
    expect(handRules('Our Behavioral Health team sees families from Cedar Knolls. Please call (555) 201-4460.', reply('Looking for a counselor for my son. We live in Cedar Knolls.'))).toContain('phi.location.restated-home');
  });

  it("a relative's street without a number", () => {
    expect(handRules('Our home-visit team covers Poplar Ave — call (555) 201-4000 to check eligibility.', reply('My mom is 92 and lives alone on Poplar Ave, can someone check on her?'))).toContain('phi.address.restated-street');
  });

  it('"out on <street>"', () => {
    expect(handRules("Thanks, Amos! We'd be glad to look at a van stop near Hollow Road.", reply('We are a big family out on Hollow Road. Could the van stop by?'))).toContain('phi.address.restated-street');
  });

  it('a state, or a town our clinics are in, is no one\'s home', () => {
    expect(handRules('We have telehealth visits across Ohio! Call (555) 201-4000.', reply('We live in Ohio, can we do a video visit?'))).not.toContain('phi.location.restated-home');
  });
});

describe('what our records or schedule hold about the person', () => {
  it('"our records show you …"', () => {
    expect(handRules('Marcus, our records show you rescheduled twice, so we are sorry for the mix-up.', reply('Worst clinic ever, they lost my appointment.'))).toContain('confirmation.records-say');
  });

  it('"you were seen at …"', () => {
    expect(handRules('We looked into it and you were seen at our Oak Hill office that morning. Billing can explain the charge.', reply('Why was I billed for June 3??'))).toContain('confirmation.records-say');
  });

  it('"you\'re on the schedule for …"', () => {
    expect(handRules("Good news, you're on the schedule for 10:15 tomorrow!", reply('Did my appointment get cancelled by the storm?'))).toContain('confirmation.records-say');
  });

  it('"they\'re in his chart"', () => {
    expect(handRules("Yes! They're already in his chart, so just request a copy in the portal.", reply('Do you have my son\'s sports physical forms?'))).toContain('confirmation.records-say');
  });

  it('"your lab order is already in"', () => {
    expect(handRules('The lab opens at 7am, and your lab order is already in, so just walk up!', reply('Can I get my blood drawn early Friday?'))).toContain('confirmation.records-say');
  });

  it('how our schedule works, said to anyone, is no record', () => {
    for (const text of ['Our schedule shows open slots every weekday, so call (555) 201-4000 to book.', 'Once you are checked in, a nurse will call you back.'])
      expect(handRules(text, reply('How soon can I get in?'))).not.toContain('confirmation.records-say');
  });
});

describe('a reply that affirms the care the comment tells of', () => {
  it('"see you soon" to someone who has an appointment today', () => {
    expect(handRules('Yes, we are open until 7 tonight. See you soon!', reply('Is the Main St office open? I have an appointment at 4'))).toContain('confirmation.affirms-commenter-care');
  });

  it('"we still have them" about the writer\'s old records', () => {
    expect(handRules('We still have them! Send a request through the portal.', reply('Do you keep my old records from when I was a kid?'))).toContain('confirmation.affirms-commenter-care');
  });

  it('"see you soon" to a question without care stays clean', () => {
    expect(handRules('Yes, the fair starts at 10. See you soon!', reply('Is the health fair still on Saturday?'))).not.toContain('confirmation.affirms-commenter-care');
  });
});

describe('dosing and a course for the drug the comment asks about', () => {
  it('"you could go up to 4" to someone asking about their pills', () => {
    expect(handRules("You could go up to 4 if 2 isn't doing much.", reply('Is 2 Tylenol enough for a migraine or can I take more?'))).toContain('advice.dose-ceiling');
  });

  it('"most adults can safely go up to 1000"', () => {
    expect(handRules('Most adults can safely go up to 1000 at a time.', reply('Can I take more acetaminophen? 500 is not working'))).toContain('advice.dose-ceiling');
  });

  it('"just restart when the refill comes in"', () => {
    expect(handRules('Missing a couple of days is common, just restart once the pharmacy has it.', reply('Ran out of my lisinopril, is it ok to wait for the refill?'))).toContain('advice.dose-ceiling');
  });

  it('"many of our patients take them together"', () => {
    expect(handRules('Many of our patients take them together with no trouble.', reply('Can I take fish oil with my warfarin?'))).toContain('advice.peers-course');
  });

  it('"a lot of folks do better taking it at night"', () => {
    expect(handRules('A lot of folks do better taking it at night — worth a try.', reply('My metformin makes me queasy every morning.'))).toContain('advice.peers-course');
  });

  it('a limit that is not a dose, or peers without a drug, stays clean', () => {
    expect(handRules('You can go up to 3 guests per patient in the lobby.', reply('How many visitors can I bring?'))).not.toContain('advice.dose-ceiling');
    expect(handRules('A lot of folks do better with an early appointment, so book online!', reply('When is the quietest time to come?'))).not.toContain('advice.peers-course');
  });
});

describe("a relative's name from the comment, said back", () => {
  it('a name given in brackets after "my dad", with an age over 89', () => {
    expect(handRules('We do! Frank can join the senior shuttle by calling (555) 201-4000.', reply('My dad (Frank Brennan) is 94 and cannot drive anymore, is there a shuttle?'))).toContain('phi.name.relative-said-back');
  });

  it('a neighbour taken away by helicopter', () => {
    expect(handRules('Thinking of Gene and his family tonight 🙏', reply('Please pray for my neighbor Gene, a helicopter took him from the Dawson farm this morning'))).toContain('phi.name.relative-said-back');
  });

  it('a late mother named after a comma', () => {
    expect(handRules("We're so sorry. Dolores's account can be reviewed with Billing.", reply('Who do I talk to about the bills for my late mother, Dolores Walsh? She passed in May.'))).toContain('phi.name.relative-said-back');
  });

  it('a daughter who uses a wheelchair', () => {
    const rules = handRules("Absolutely! We'll have an accessible room ready for Priya.", reply('My daughter Priya uses a wheelchair, are your exam rooms accessible?'));
    expect(rules.some((r) => r.startsWith('phi.name.'))).toBe(true);
  });
});

describe('posts: who a patient is, said in other ways', () => {
  it('an age after a name and a bracketed suffix', () => {
    expect(handRules('Rest easy, Cpl. Dale Voss (Ret.), 97, who brought donuts to our lab every Friday.')).toContain('phi.age.over-89');
  });

  it('the age that answers who the oldest patient was', () => {
    expect(handRules('Our oldest booster patient this fall? 98 and cracking jokes the whole time 😄')).toContain('phi.age.over-89');
  });

  it('a public figure here for her own flu shot', () => {
    expect(handRules('Thanks to Councilwoman Rita Obi for stopping by our Oak Hill clinic today for her flu shot!').some((r) => r.startsWith('phi.'))).toBe(true);
  });

  it('the family staying in a numbered room', () => {
    expect(handRules('Thank you to the family in Room 412 for the cookies, our night shift loved them!')).toContain('phi.location.room');
  });

  it('a runner we patched up, by bib number', () => {
    expect(handRules('To the runner in bib #3318 we patched up at the mile 20 tent: hope that ankle feels better!')).toContain('phi.id.race-bib');
  });

  it('an oldest donor without an age, and a family room, stay clean', () => {
    expect(handRules('Our oldest blood donor this year? A retired teacher who has given 90 pints since 1980!')).not.toContain('phi.age.over-89');
    expect(handRules('The Family Room 2 at our Oak Hill clinic is open for breastfeeding parents.')).not.toContain('phi.location.room');
  });
});

describe('posts: a patient described by where they are from', () => {
  it('a townsperson who started therapy', () => {
    expect(handRules('The letter that moved us most came from a Millbrook school bus driver who started grief counseling with our team in March.')).toContain('phi.location.described-patient');
  });

  it("a family from a named town in a doctor's milestone delivery", () => {
    expect(handRules("Dr. Okafor's 1,000th delivery arrived at 2:40am: a healthy boy for a family from Pine Hollow. Congratulations!")).toContain('phi.location.described-patient');
  });

  it('a resident from a house fire on a named street', () => {
    expect(handRules('Our ER treated a resident from a kitchen fire on Maple Street last night, and she is recovering well.')).toContain('phi.location.described-patient');
  });

  it('a townsperson who started a class, not care, stays clean', () => {
    expect(handRules('A Millbrook school bus driver started our walking club this spring!')).not.toContain('phi.location.described-patient');
  });
});
