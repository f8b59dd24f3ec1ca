import { blockingRules as rules, checkPost as run } from './check-post';
import { isHealthCueWord } from '../vocab/health-term-index';

// Session 13: causes found on the probe28, probe29, probe31, probe34–41 and probe43–49 study sets; the cases are new variants, not their items.

const reply = (context: string) => ({ kind: 'reply' as const, context });

describe('restated conditions in another form', () => {
  it('"diabetes" after "as a diabetic" restates the condition', () => {
    expect(rules('Living with diabetes makes holiday meals tricky — our dietitians can help at (555) 300-1000.', reply('As a diabetic I dread the holiday buffet'))).toContain(
      'phi.diagnosis.person-linked',
    );
  });

  it('"anxiety" after "I\'m so anxious" names the commenter\'s symptom', () => {
    expect(rules('Anxiety before a procedure is very common.', reply("I'm so anxious about my biopsy on Monday"))).toContain('phi.diagnosis.person-linked');
  });

  it('two unrelated conditions that share a few letters are not one ("colic" vs "colitis")', () => {
    expect(rules('Colic is hard on new parents; our pediatric nurses answer at (555) 300-1000.', reply('My colitis flared again this week'))).not.toContain(
      'phi.diagnosis.person-linked',
    );
  });

  it('the plural of the commenter\'s own procedure speaks of the service ("flu shots")', () => {
    const found = rules('Our pharmacy gives flu shots every weekday, no appointment needed.', reply('Why did my flu shot cost money last year?'));
    expect(found).not.toContain('phi.procedure.person-linked');
  });

  it('the same word in the singular is still theirs', () => {
    expect(rules('Sorry the flu shot bill surprised you.', reply('Why did my flu shot cost money last year?'))).toContain('phi.procedure.person-linked');
  });

  it('a drug the commenter asks whether to take is not theirs yet', () => {
    const found = rules('Magnesium is not right for everyone, so check with a pharmacist first: (555) 300-1000.', reply('Should I take magnesium for leg cramps?'));
    expect(found).not.toContain('phi.medication.person-linked');
  });

  it('"asking for myself" makes the comment about the writer', () => {
    const found = rules('Postpartum anxiety is common and treatable. Behavioral Health: (555) 300-1000.', reply('Is there a group for postpartum anxiety? Asking for myself'));
    expect(found).toContain('phi.diagnosis.person-linked');
  });

  it('a service word after a term is the service ("Flu shots are given at…")', () => {
    expect(rules('Flu shots are given at the pharmacy window all day.', reply('flu shots at the pharmacy or do I need an appt?'))).not.toContain(
      'phi.procedure.person-linked',
    );
  });
});

describe('restated numbers', () => {
  it('the length of a stay in care, said back ("six nights" after "6 nights in the ICU")', () => {
    expect(rules('Six nights is a long time — so glad he is home!', reply('My husband spent 6 nights in the ICU with pneumonia'))).toContain('phi.date.restated-care-stay');
  });

  it('a general span is no restated stay ("most people recover within two weeks")', () => {
    expect(rules('Most people recover within two weeks, but call us at (555) 300-1000 with questions.', reply('Two weeks in rehab after my fall'))).not.toContain(
      'phi.date.restated-care-stay',
    );
  });

  it('the values of a lab trend ("from 4 to 7")', () => {
    expect(rules('Going from 4 to 7 is worth a conversation with your provider.', reply("My dad's PSA went from 4 to 7 this year"))).toContain('phi.lab.restated-reading');
  });

  it('an age the commenter gave with their health news', () => {
    expect(rules('Pregnancy at 38 is common; our OB team can talk it through at (555) 300-1000.', reply("I'm 38 and just found out I'm pregnant"))).toContain('phi.age.restated');
  });

  it('an age with no health news in either text is not restated', () => {
    expect(rules('Happy 38th! Have a great day.', reply("I'm 38 today and feeling great"))).not.toContain('phi.age.restated');
  });
});

describe('dates that are not anyone\'s care', () => {
  it('an offer deadline ("book it through May 31")', () => {
    expect(rules('New and current patients can book whitening through May 31!', { kind: 'post' })).not.toContain('phi.date.care');
  });

  it('a weekly slot ("every Friday")', () => {
    expect(rules('Our PT team offers free injury screens every Friday this month.', { kind: 'post' })).not.toContain('phi.date.relative-care');
  });

  it('the day of one of our posts ("Yesterday we asked…")', () => {
    expect(rules('Yesterday we asked which sends more kids to the ER. The answer: playground falls.', { kind: 'post' })).not.toContain('phi.date.relative-care');
  });
});

describe('names, beds and records', () => {
  it('"Part 2" is no name and "miss" in lower case is no title', () => {
    const found = run('Part 1 of 3 in our rash series. Do not miss Part 2 next week!', { kind: 'post' }).findings.filter((f) => f.type === 'name');
    expect(found).toEqual([]);
  });

  it('"Miss Ortiz" is still a titled name', () => {
    expect(run('Miss Ortiz was discharged today.', { kind: 'post' }).findings.some((f) => f.type === 'name' && f.severity === 'block')).toBe(true);
  });

  it('a bed number in a post is a patient\'s', () => {
    expect(rules('Bed 9 kept the night shift on their toes last night.', { kind: 'post' })).toContain('phi.location.room');
  });

  it('an account number with a dash after two digits is a record number, not a date', () => {
    expect(rules('Your balance on account 77-204518 is due.', { kind: 'post' })).toContain('phi.id.record-number');
  });
});

describe('clickbait', () => {
  it('share-to-warn engagement bait', () => {
    expect(rules('This common kitchen item could be hurting you. Share to warn others!', { kind: 'post' })).toContain('clickbait.engagement-bait');
  });

  it('"most likes wins"', () => {
    expect(rules('Post your healthiest lunch below — most likes wins!', { kind: 'post' })).toContain('clickbait.engagement-bait');
  });

  it('"comment YES for part 2"', () => {
    expect(rules('The sleep habit that ages you fastest. Comment YES for part 2!', { kind: 'post' })).toContain('clickbait.engagement-bait');
  });

  it('an answer named on a later day', () => {
    expect(rules('One snack is worse for your teeth than candy. Our hygienist reveals it on Friday.', { kind: 'post' })).toContain('clickbait.deferred-reveal');
  });

  it('an answer held back until the reader follows', () => {
    expect(rules("Billing mistake #1 costs families hundreds. We'll tell you what it is after you hit follow.", { kind: 'post' })).toContain(
      'clickbait.deferred-reveal',
    );
  });

  it('"they\'re in the link"', () => {
    expect(rules('Three words can turn a free physical into a bill. They are in the link 👇', { kind: 'post' })).toContain('clickbait.click-push');
  });
});

describe('advice and confirmation', () => {
  it('a go-ahead answer to a can-I question', () => {
    expect(rules('Yes, a little sniffle is fine — go ahead and get it this afternoon.', reply('Can I get my booster if I have a runny nose?'))).toContain('advice.go-ahead');
  });

  it('"it might be time to restart your…"', () => {
    expect(rules('It might be time to restart your sleep routine and light therapy.', reply('The dark mornings are back and I feel low'))).toContain('advice.time-to-change');
  });

  it('peers who "just recheck" set this person\'s course', () => {
    expect(rules('Many men his age just recheck in a year.', reply("My dad's PSA went up a bit, should we worry?"))).toContain('advice.hedged-peers');
  });

  it('"you can safely ignore it" discourages care', () => {
    expect(rules('Spots that small almost never matter — you can safely ignore it.', reply('My scan mentions a tiny spot on my lung'))).toContain('advice.discourages-care');
  });

  it('"glad Rachel was there for you" says who cared for them', () => {
    expect(rules('So glad Rachel was there for you that night!', reply('Rachel Kim got me through my kidney stone'))).toContain('confirmation.cared-for-you');
  });

  it('"glad we were there" to a supporter is not about care', () => {
    expect(rules('Glad we were there for the 5K, what a day!', reply('Loved your booth at the 5K'))).not.toContain('confirmation.cared-for-you');
  });

  it('a staff member who remembers "that brave little guy"', () => {
    expect(rules('Kevin remembers that brave little guy!', reply('Kevin stitched up my son last spring'))).toContain('confirmation.staff-speaks-of-you');
  });

  it('"your care team is the best source" routes', () => {
    expect(rules('Your care team is the best source of answers, and our nurse line is (555) 300-1000.', reply('My scan showed a spot, is it bad?'))).not.toContain(
      'confirmation.your-care-record',
    );
  });
});

describe('from probe34 and probe35', () => {
  it('a person described by a role and a town, in a case report', () => {
    expect(rules('Dr. Raman presented a case of aortic dissection in a retired welder from Millbrook.', { kind: 'post' })).toContain('phi.location.described-patient');
  });

  it('a role and a town with no care in the sentence is a speaker', () => {
    expect(rules('A teacher from Shelbyville leads our walking club on Saturdays.', { kind: 'post' })).not.toContain('phi.location.described-patient');
  });

  it('"was in our clinic with" makes a condition a patient\'s', () => {
    expect(rules('Congrats to the team! Their goalie was in our clinic with a torn ACL in March.', { kind: 'post' })).toContain('phi.diagnosis.person-linked');
  });

  it('"patient-reported outcomes" is no patient', () => {
    expect(rules('We track ER visits and patient-reported quality of life for the whole program.', reply('How do you measure outcomes?'))).not.toContain(
      'phi.procedure.person-linked',
    );
  });

  it('a wish for one person\'s healing in a post', () => {
    expect(rules('Thanks for the visit, team! We hope that broken wrist mends fast.', { kind: 'post' })).toContain('phi.diagnosis.person-linked');
  });

  it('a wish against illness in general is no one\'s condition', () => {
    expect(rules('We hope the flu skips your house this winter!', { kind: 'post' })).not.toContain('phi.diagnosis.person-linked');
  });

  it('a lab range in mg/dL is no dose', () => {
    expect(rules('For most adults a fasting glucose under 100 mg/dL is normal.', reply('What is a normal fasting glucose?'))).not.toContain('advice.dosing');
  });

  it('"didn\'t miss a beat" names no one', () => {
    expect(run("Our team didn't miss a beat tonight.", { kind: 'post' }).findings.filter((f) => f.type === 'name')).toEqual([]);
  });

  it('"they\'d" after "said" is no name', () => {
    expect(run("96% of new parents said they'd recommend our postpartum care.", { kind: 'post' }).findings.filter((f) => f.type === 'name')).toEqual([]);
  });

  it('a statistic\'s month is no one\'s care ("1 in 10 led to a follow-up visit")', () => {
    expect(rules('Nearly 400 were read last month, and about 1 in 10 led to a follow-up visit.', { kind: 'post' })).not.toContain('phi.date.relative-care');
  });

  it('"thank you for trusting us with this" is no confirmation', () => {
    expect(rules('Thank you for trusting us with this. Behavioral Health is at (555) 300-1000.', reply('I keep having panic attacks'))).not.toContain('confirmation.saw-you');
  });

  it('"nurses still talk about that night" confirms the birth', () => {
    expect(rules('Our Birth Center nurses still talk about that night!', reply('A year since our son was born at Riverside'))).toContain('confirmation.staff-speaks-of-you');
  });

  it('an answer a colleague explains on a later day is held back', () => {
    expect(rules('One vitamin is behind more tiredness than anyone realizes. Dr. Petrova explains which one on Monday.', { kind: 'post' })).toContain(
      'clickbait.deferred-reveal',
    );
  });

  it('a colleague reporting on someone else\'s surgery day', () => {
    expect(rules('Get well soon to our #7! Dr. Helena Marsh says this morning\'s surgery went perfectly.', { kind: 'post' })).toContain('phi.date.relative-care');
  });
});

describe('from probe36, probe37 and probe38', () => {
  it('a condition "you DMed us about" is the addressed person\'s', () => {
    expect(rules('Shout-out to @hikerjen! For that sunburn you DMed us about, aloe twice a day.', { kind: 'post' })).toContain('phi.diagnosis.person-linked');
  });

  it('a restated lab value with its new vocabulary ("lead level")', () => {
    expect(rules("Thanks for asking about your daughter's lead level.", reply("My daughter's lead level came back high, what now?"))).toContain('phi.lab.person-linked');
  });

  it('"over 1 year old" is an age threshold, not a patient', () => {
    expect(rules('Honey can soothe a cough in children over 1 year old.', { kind: 'post' })).not.toContain('phi.diagnosis.person-linked');
  });

  it('"a new infection" is any infection', () => {
    expect(rules('Leftover antibiotics are rarely right for a new infection.', reply('Sinus infection again, can I use my leftover pills?'))).not.toContain(
      'phi.diagnosis.person-linked',
    );
  });

  it('"heart rate ranges" are anyone\'s', () => {
    expect(rules('Resting heart rate ranges vary from person to person.', reply('Is a resting heart rate of 50 bad? I run a lot'))).not.toContain('phi.lab.person-linked');
  });

  it('"their captain\'s shoulder surgery" is one person\'s', () => {
    expect(rules('Thanks to the swim team for the cards after their captain\'s shoulder surgery!', { kind: 'post' })).toContain('phi.procedure.person-linked');
  });

  it('"one of our Dermatology patients" is one patient', () => {
    expect(rules('Dr. Helena Marsh diagnosed psoriasis in one of our Dermatology patients last week.', { kind: 'post' })).toContain('phi.diagnosis.person-linked');
  });

  it('"our patient portal" is a service, not a patient', () => {
    expect(rules('Our patient portal now shows lab results on one screen.', { kind: 'post' })).not.toContain('phi.lab.person-linked');
  });

  it('a public figure named on her surgery day is a patient', () => {
    expect(rules('Best wishes to Mayor Ann Holt on her hip replacement today!', { kind: 'post' }).some((r) => r.startsWith('phi.'))).toBe(true);
  });

  it('a relative the comment places in a room makes their name in the reply a patient\'s', () => {
    // Session 50: a relative the comment puts "in room 418" is staying with us, so the name said back is the relative's.
    const found = rules("We'll ask the unit to look for Rosa's glasses right away!", reply('My grandma Rosa was in room 418 last week and left her glasses'));
    expect(found.some((r) => r === 'phi.name.given-name' || r === 'phi.name.relative-said-back')).toBe(true);
  });

  it('"heading to bed 15 minutes earlier" is bedtime', () => {
    expect(rules('Try heading to bed 15 minutes earlier tonight.', { kind: 'post' })).not.toContain('phi.location.room');
  });

  it('reapplying sunscreen every 2 hours is no dosing', () => {
    expect(rules('The most common mistake is not reapplying every 2 hours outdoors.', reply('Just post the sunscreen tip'))).not.toContain('advice.dosing');
  });

  it('aggregate visits in a month are a statistic', () => {
    expect(rules('Half of our Urgent Care visits in July were for heat illness.', { kind: 'post' })).not.toContain('phi.date.care-month');
  });

  it('a notice heading in capitals is no shouting', () => {
    expect(rules('URGENT CARE HOLIDAY HOURS: Dec 25 closed.', { kind: 'post' })).not.toContain('clickbait.all-caps-fear');
  });

  it('"STOP DOING THIS NOW" still is', () => {
    expect(rules('STOP DOING THIS NOW before bed.', { kind: 'post' })).toContain('clickbait.all-caps-fear');
  });

  it('a negated "one weird trick" is no hype rule hit', () => {
    expect(rules("Forget the 'one weird trick': move most days.", { kind: 'post' })).not.toContain('clickbait.one-trick');
  });

  it('teasers behind a reel, a bio or a later reveal', () => {
    expect(rules('4 foods our dietitian loves — watch the reel to see #1!', { kind: 'post' })).toContain('clickbait.click-push');
    expect(rules('Only one mole made him cancel lunch. Story in bio 🔗', { kind: 'post' })).toContain('clickbait.click-push');
    expect(rules('Can you name the vaccine adults forget? Answer revealed at noon.', { kind: 'post' })).toContain('clickbait.deferred-reveal');
    expect(rules("Jordan will explain what it is in Thursday's webinar.", { kind: 'post' })).toContain('clickbait.deferred-reveal');
  });
});

describe('from probe39, probe40 and probe41', () => {
  it('chat spellings reach the phrase rules ("ur last visit")', () => {
    expect(rules("hey! looks like that's the copay from ur last visit", reply('who do i talk to about a charge on my bill'))).toContain('confirmation.your-care-record');
  });

  it('the finding sits on the original words', () => {
    const found = run("hey! that's the copay from ur last visit", reply('a charge on my bill')).findings.find((f) => f.rule === 'confirmation.your-care-record');
    expect(found?.text).toBe('ur last visit');
  });

  it('"RN" and "U.S." are not chat spellings', () => {
    expect(rules('Nearly half of U.S. adults have high blood pressure. Ask our RN team.', { kind: 'post' })).toEqual([]);
  });

  it('"you\'re one of our regulars" confirms', () => {
    expect(rules("haha that's bc ur one of our regulars!!", reply('the guy at checkin knew my name'))).toContain('confirmation.cared-for-you');
  });

  it('"we just sent them to your portal inbox" acts on their record', () => {
    expect(rules('for sure! we just sent them to ur portal inbox', reply('can i get my shot records for school'))).toContain('confirmation.cared-for-you');
  });

  it('"your refund is on the way" confirms billing for care', () => {
    expect(rules('Your refund is on the way and should post within a week.', reply('Still waiting on my copay refund'))).toContain('confirmation.your-care-record');
  });

  it('"you can totally still get it" clears this person', () => {
    expect(rules('yep u can totally still get it, come on in', reply('can i get the flu shot with a cold?'))).toContain('advice.go-ahead');
  });

  it('a term inside one of our department names ("Endocrinology & Diabetes Care")', () => {
    const directory = { organisation: 'Riverside', staff: [], departments: [{ name: 'Endocrinology & Diabetes Care', phone: '(555) 300-1400' }] };
    expect(rules('call Endocrinology & Diabetes Care at (555) 300-1400 to talk pump options', { ...reply('im a type 1 diabetic, can i get a pump?'), directory })).not.toContain(
      'phi.diagnosis.person-linked',
    );
  });

  it('town and organisation names are no people ("Harlow Creek Credit Union", "Alder Springs Lutheran Church")', () => {
    const names = (t: string) => run(t, { kind: 'post' }).findings.filter((f) => f.type === 'name');
    expect(names('Thank you, Harlow Creek Credit Union, for sponsoring our diabetes 5K!')).toEqual([]);
    expect(names('Thank you, Alder Springs Lutheran Church, for hosting our foot-care clinic for neighbors with diabetes.')).toEqual([]);
  });

  it('a surname that is also a place word is still a name ("Mr. Mills")', () => {
    expect(run('Tom Mills was admitted with pneumonia.', { kind: 'post' }).findings.some((f) => f.type === 'name' && f.severity === 'block')).toBe(true);
  });

  it('a public official named before her office is a public figure', () => {
    const found = run('Dr. Renata Solis, state Commissioner of Health, will keynote our summit on April 24.', { kind: 'post' }).findings;
    expect(found.filter((f) => f.severity === 'block')).toEqual([]);
  });

  it('an event\'s "see you Tuesday" is no appointment', () => {
    expect(rules('Community Room 2, left of the lobby. See you Tuesday!', reply('which room is the blood drive in?'))).not.toContain('confirmation.staff-knows-you');
  });

  it('a renovated room is the news, not a patient\'s room', () => {
    expect(rules("Our Birth Center's renovated Room 3 now has a soaking tub.", { kind: 'post' })).not.toContain('phi.location.room');
  });

  it('"COVID tests" after "is it COVID?" is the test, not their condition', () => {
    expect(rules('Home COVID tests are most reliable when repeated.', reply('how do I know if I have a cold or COVID?'))).not.toContain('phi.lab.person-linked');
  });

  it('"strep going around" is not the commenter\'s strep', () => {
    expect(rules('Strep throat is a bacterial infection treated with antibiotics.', reply("My son's school says strep is going around"))).not.toContain(
      'phi.diagnosis.person-linked',
    );
  });

  it('"the body doesn\'t use insulin well" is nobody\'s dose', () => {
    expect(rules("In type 2, the body doesn't use insulin well.", reply('what is the difference between type 1 and type 2?'))).not.toContain('advice.take-drug');
  });

  it('a role and a town in an emergency, with no health term', () => {
    expect(rules('When the Ashford Glen librarian collapsed in our lobby on Monday, our team had her stabilized in minutes.', { kind: 'post' })).toContain(
      'phi.location.described-patient',
    );
  });

  it('a device serial after "SN"', () => {
    expect(rules('An alert from device SN PMX-70412 caught a dangerous rhythm.', { kind: 'post' })).toContain('phi.id.record-number');
  });
});

describe('from probe43 to probe46', () => {
  it('a staff member relaying the commenter\'s progress confirms care', () => {
    expect(rules("Thank you! Lisa says you've been doing amazing.", reply('Lisa Chen is great but the visits cost a lot'))).toContain('confirmation.staff-speaks-of-you');
  });

  it('"confident in your care" looks ahead', () => {
    expect(rules('We understand wanting to feel confident in your care.', reply('Thinking of switching clinics'))).not.toContain('confirmation.your-care-record');
  });

  it('"be sure he carries his EpiPen" advises', () => {
    expect(rules('Glad we could help! Be sure he carries his EpiPen to every game.', reply('my kid had an allergic reaction at the tournament'))).toContain(
      'advice.be-sure-to-take',
    );
  });

  it('"Welcome back to Springfield!" is about the town', () => {
    expect(rules('Welcome back to Springfield! Call us to register as a new patient.', reply('Moving back to town after 6 years'))).not.toContain(
      'confirmation.welcome-back',
    );
  });

  it('"seeing patients again" is a colleague\'s news', () => {
    expect(rules("Welcome back, Dr. Helena Marsh! She's seeing patients again starting Monday, June 1.", { kind: 'post' })).not.toContain('phi.date.care');
  });

  it('"No appointment needed" is an event cue', () => {
    expect(rules('Our next free car seat check is Saturday, Oct 3 🚗 No appointment needed!', reply('When is the next car seat check?'))).not.toContain('phi.date.care');
  });

  it('a persona the post says is made up', () => {
    expect(rules("Meet Sam. Sam is made up, but he skips his cholesterol check every year. Don't be Sam.", { kind: 'post' })).toEqual([]);
  });

  it('a mnemonic spelled out again is no shouting', () => {
    expect(rules('SLIP, SLOP, SLAP! Slip on a shirt, slop on sunscreen, slap on a hat.', { kind: 'post' })).not.toContain('clickbait.all-caps-fear');
  });

  it('"A celiac diagnosis" is their news even after an article', () => {
    expect(rules('A celiac diagnosis is a big adjustment.', reply('Just diagnosed with celiac at 31'))).toContain('phi.diagnosis.person-linked');
  });

  it('a team\'s jersey number is one player', () => {
    expect(rules("Congrats to Shelbyville High's #14, back on the ice after ACL surgery!", { kind: 'post' })).toContain('phi.procedure.person-linked');
  });

  it('an ordinal age over 89', () => {
    expect(rules('Happy belated 94th to your father!', reply('my father turned 94 during his stay on your rehab unit'))).toContain('phi.age.restated-over-89');
  });

  it('"the first warm Saturday of spring" is any Saturday', () => {
    expect(rules('The busiest injury day is the first warm Saturday of spring.', { kind: 'post' })).not.toContain('phi.date.relative-care');
  });

  it('school names are no people ("Jefferson High and Lincoln Middle")', () => {
    expect(run('Our school-based clinics at Jefferson High and Lincoln Middle offer sports physicals.', { kind: 'post' }).findings.filter((f) => f.type === 'name')).toEqual([]);
  });

  it('what vaccines are claimed to cause is no one\'s condition', () => {
    expect(rules('Large studies found no link between vaccines and autism.', reply('My sister says vaccines cause autism'))).not.toContain('phi.diagnosis.person-linked');
  });

  it('a discharge post names a patient ("left our step-down unit this morning")', () => {
    expect(rules('Going home day! Bernadette Kowalczyk left our step-down unit this morning.', { kind: 'post' }).some((r) => r.startsWith('phi.name'))).toBe(true);
  });

  it('a slang teaser that asks the reader instead of answering', () => {
    expect(rules('Teens have a new word for vaping, and most parents have no idea what it means. Do you? 👀', { kind: 'post' })).toContain('clickbait.withheld-which');
  });
});

describe('from probe47 to probe49', () => {
  it('"you should book one now" is a screening recommendation', () => {
    expect(rules("With your dad's history you should book one now.", reply('My dad had colon cancer at 50, am I too young for a colonoscopy?'))).toContain('advice.due-for');
  });

  it('a screening the commenter asks when to start is not theirs', () => {
    expect(rules('Most women at average risk start screening mammograms at 40.', reply('At what age should I start getting mammograms?'))).not.toContain(
      'phi.procedure.person-linked',
    );
  });

  it('"fever-reducing medicine" is no dose change', () => {
    expect(rules('Schools ask for 24 hours fever-free without fever-reducing medicine.', reply('how long before my kid goes back to school?'))).not.toContain(
      'advice.dose-change',
    );
  });

  it('a service launched in a month is no one\'s care', () => {
    expect(rules('Same-week telehealth appointments launched in October.', { kind: 'post' })).not.toContain('phi.date.care-month');
  });

  it('"you\'ll only hear it on Thursday\'s webinar" holds the answer back', () => {
    expect(rules("Our lead has the fix, but you'll only hear it on Thursday's webinar.", { kind: 'post' })).toContain('clickbait.deferred-reveal');
  });

  it('"SILENT KILLER" shouts fear', () => {
    expect(rules('Your space heater could be a SILENT KILLER.', { kind: 'post' })).toContain('clickbait.all-caps-fear');
  });

  it('owners, CEOs and coaches named at events are public figures, not patients', () => {
    const blocks = (t: string) => run(t, { kind: 'post' }).findings.filter((f) => f.type === 'name' && f.severity === 'block');
    expect(blocks('Thank you to owner Kelsey Marr for the night that funded free mammograms!')).toEqual([]);
    expect(blocks('Coach Tanya Whitlock and her team raised $3,100 for our asthma camp.')).toEqual([]);
  });

  it('"Pastor Jim" is still a patient\'s name when the post speaks of his cancer', () => {
    expect(rules("Sending love to Pastor Jim's family tonight. He faced his pancreatic cancer with grace.", { kind: 'post' }).some((r) => r.startsWith('phi.name'))).toBe(
      true,
    );
  });

  it('businesses are no people ("Northgate Logistics")', () => {
    expect(run('Thank you to Northgate Logistics for funding new NICU incubators.', { kind: 'post' }).findings.filter((f) => f.type === 'name')).toEqual([]);
  });

  it('"we\'ll pass your note along on Tuesday" dates no care', () => {
    expect(rules("We'll pass your note along on Tuesday!", reply('Harold always saves me a crossword'))).not.toContain('confirmation.dated-care');
  });
});

describe('new vocabulary does not move the trained models', () => {
  it('words that only open a new phrase ("new hip", "lead level", "hand, foot and mouth") are no health cue alone', () => {
    for (const word of ['new', 'lead', 'hand', 'blocked', 'spontaneous']) expect([word, isHealthCueWord(word)]).toEqual([word, false]);
  });

  it('a parking-garage opening stays clean', () => {
    expect(rules('The new parking garage on Elm Street opens on Monday with 400 spaces.', { kind: 'post' })).toEqual([]);
  });
});
