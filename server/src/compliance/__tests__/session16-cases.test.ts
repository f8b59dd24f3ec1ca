import { blockingRules as rules, handWrittenBlockingRules } from './check-post';

// Session 16: causes found on the probe106–109 and 112–115 study sets; the cases are new variants, not their items.

const reply = (context: string) => ({ kind: 'reply' as const, context });

describe('care said back from the comment', () => {
  it('"last weekend" after "at your ER last weekend" is the day of their care', () => {
    const found = rules("I'm sorry. Our ER manager is reviewing last weekend's visit notes; please call (555) 300-1000.", reply('My husband waited 6 hours in your ER last weekend with chest pain'));
    expect(found.some((r) => r.startsWith('phi.date'))).toBe(true);
  });

  it('"yesterday" after "I was at your urgent care yesterday"', () => {
    expect(rules('So sorry about yesterday. Please call (555) 300-1000 so we can make it right.', reply('I was at your urgent care yesterday and nobody explained my x-ray'))).toContain(
      'phi.date.restated-care-day',
    );
  });

  it('"at 22 I…" gives the commenter\'s age, and saying "22" back restates it', () => {
    expect(rules('An STI test bill at 22 is stressful. Billing can help: (555) 300-1000.', reply('At 22 I cannot pay $300 for an STI test'))).toContain('phi.age.restated');
  });

  it('"second infusion next week" makes a general-sounding question about infusions the commenter\'s own', () => {
    expect(rules('Wishing you an easy second round of chemo! Our infusion nurses can help: (555) 300-1200.', reply('How do people handle chemo fatigue? Second round next week'))).toContain(
      'phi.procedure.person-linked',
    );
  });

  it('a ward named to someone whose father is on our cardiac floor confirms where he is', () => {
    expect(rules('Visitors for 6 North check in at the front desk until 8pm.', reply('My dad is on your cardiac floor, when can I visit?'))).toContain('phi.location.ward-of-relative');
  });

  it('a ward named in reply to a question about visiting in general stays clean', () => {
    expect(rules('Visitors for 6 North check in at the front desk until 8pm.', reply('What are visiting hours?'))).toEqual([]);
  });
});

describe('identifiers in posts', () => {
  it('a race bib next to a runner\'s care names them', () => {
    expect(rules('Shout-out to the runner wearing bib 2210, treated for heat exhaustion at the finish line and doing great!')).toContain('phi.id.race-bib');
  });

  it('a bib number with no care is only a race', () => {
    expect(rules('Congrats to bib 2210, first across the line at our 5K!')).toEqual([]);
  });
});

describe('confirmation and advice', () => {
  it('"your doctor already faxed it" says we hold their referral', () => {
    expect(rules('Good news, your doctor already faxed it over, so just call (555) 300-1000!', reply('Do I need a referral for physical therapy?'))).toContain('confirmation.looked-up-record');
  });

  it('"if your doctor already sent it" is a condition, not a confirmation', () => {
    expect(rules('If your doctor already sent it, just call (555) 300-1000 to book.', reply('Do I need a referral for physical therapy?'))).toEqual([]);
  });

  it('"Heat for 20 minutes" picks a treatment for this person', () => {
    expect(rules('Heat for 20 minutes, then stretch 🔥', reply('tweaked my back, heat or ice?'))).toContain('advice.timed-self-care');
  });

  it('"rest 10 minutes between sets" in a class reply is not treatment', () => {
    // The reply-risk model reads it as advice since session 17; the rule must not.
    expect(handWrittenBlockingRules('Rest 10 minutes between sets is the coach\'s rule for every class.', reply('how long are the breaks in the strength class?'))).toEqual([]);
  });

  it('"take the elevators to level 3" is directions, not self-care', () => {
    expect(rules('Park in the North Garage and take the elevators to level 3.', reply('where do I park for the class?'))).toEqual([]);
  });
});

describe('clickbait in shorthand and teasers', () => {
  it('"thread tmrw" defers the story as "thread tomorrow" does', () => {
    expect(rules('wildest shift of the year at urgent care, thread tmrw')).toContain('clickbait.deferred-reveal');
  });

  it('"and that\'s not even the craziest part" holds the story back', () => {
    expect(rules('A goose walked into our lobby today. And that\'s not even the craziest part.')).toContain('clickbait.not-even-the-part');
  });

  it('"Guess which …? It was …!" answers its own question', () => {
    // The post-teaser model blocks it since session 17; the teaser rules must not.
    expect(handWrittenBlockingRules('Guess which of our doctors baked the winning pie? It was Dr. Helena Marsh!')).toEqual([]);
  });
});

describe('event dates and rooms', () => {
  it('"the third Thursday of every month" is a schedule, not a day of care', () => {
    const found = rules('Our patient support group meets the third Thursday of every month in Conference Room 2.');
    expect(found.filter((r) => r.startsWith('phi.date') || r.startsWith('phi.location'))).toEqual([]);
  });

  it('a date staff present at a summit is an event date', () => {
    expect(rules('Two of our nurses will present their door-to-provider project at the State Nursing Conference on May 14.')).toEqual([]);
  });

  it('a Spanish article opening a sentence is no name', () => {
    expect(rules('La vacuna contra la gripe es gratis este sábado. Llame al (555) 300-1000.')).toEqual([]);
  });
});

describe('round 2: quiet confirmation', () => {
  it('"her longtime patients" tells the commenter they are one', () => {
    expect(rules('Dr. Helena Marsh loves hearing from her longtime patients!', reply('How do I leave a review for Dr. Marsh?'))).toContain('confirmation.our-patient');
  });

  it('"we\'ll add it to his chart" confirms the chart exists', () => {
    expect(rules("Drop it at the front desk and we'll add it to his chart today.", reply("where do I send my dad's advance directive?"))).toContain('confirmation.ongoing-care');
  });

  it('"we\'ll let the nurses know he\'s here" confirms he is being seen', () => {
    expect(rules("Hang in there! We'll let the nurses know he's here.", reply('In your ER waiting room with my grandpa, how long?'))).toContain('confirmation.ongoing-care');
  });

  it('"glad we got u in fast" in chat spelling', () => {
    expect(rules('glad we got u in fast!! feel better', reply('in and out of urgent care in 30 min today'))).toContain('confirmation.ongoing-care');
  });

  it('"see you at the next one" after a community run is no confirmation', () => {
    expect(rules('Thanks for running with us! See you at the next one!', reply('Loved the 5K this morning'))).toEqual([]);
  });
});

describe('round 2: advice and clickbait', () => {
  it('"walking helps more than therapy" discourages care', () => {
    expect(rules('Many people find daily walks help more than therapy, so maybe start there.', reply('My sister has been so anxious lately, can she get an appointment?'))).toContain(
      'advice.discourages-care',
    );
  });

  it('"Details drop Friday" defers the news', () => {
    expect(rules('Something big is coming to our clinic. Details drop Friday.')).toContain('clickbait.deferred-reveal');
  });

  it('"will make you cry" and "watch till the end" promise a payoff', () => {
    expect(rules('This nurse’s goodbye will make you cry. Watch till the end.')).toContain('clickbait.emotion-promise');
  });

  it('"what our dietitian wants you to eat instead" holds back the advice', () => {
    expect(rules('Your breakfast might be spiking your sugar. What our dietitian wants you to eat instead → link')).toContain('clickbait.wants-you-to-instead');
  });

  it('"guess which …" with "Answer: …" later in the post delivers its answer', () => {
    expect(rules("You'll never guess which month has the most sunburns. Answer: June, so pack the sunscreen.")).not.toContain('clickbait.withheld-which');
  });

  it('an event title in capitals is no alarm', () => {
    expect(rules('KIDS SAFETY FAIR 🚒 Free car-seat checks Saturday 10am–2pm at 22 Harbor Road.')).toEqual([]);
  });
});

describe('round 2: PHI in shorthand and restatements', () => {
  it('"thurs" is a day of care in "came in thurs w/ a broken wrist"', () => {
    expect(rules('a 12 yo came in thurs w/ a broken wrist from the skatepark')).toContain('phi.date.relative-care');
  });

  it('"tues & thurs" is a schedule', () => {
    expect(rules('sports physicals tues & thurs, walk-ins welcome')).toEqual([]);
  });

  it('"6 months of this" makes a question about long covid the commenter\'s own', () => {
    expect(rules('long covid is exhausting 💙 call (555) 300-1000 about our support group', reply('any support groups for long covid? 6 months of this'))).toContain(
      'phi.diagnosis.person-linked',
    );
  });

  it('"fellow diabetic here" makes the commenter\'s condition theirs', () => {
    expect(rules('hi fellow diabetic 💛 our cooking class is back in March!', reply('love this page, fellow diabetic here'))).toContain('phi.diagnosis.person-linked');
  });

  it('a common word the comment gave as a relative\'s name, said back', () => {
    expect(rules("Please mention Ray's recent fall when you call (555) 300-1000.", reply('My husband Ray is 93 and fell last week, do you do home visits?'))).toContain(
      'phi.name.relative-said-back',
    );
  });

  it('"lily\'s story" in lower case names her', () => {
    expect(rules("lily's story: two years of chemo and she rang the bell today")).toContain('phi.name.given-name');
  });

  it('a kiddo in a numbered room on chemo', () => {
    expect(rules('room 312 kiddo rocking superhero socks to chemo today')).toContain('phi.location.room');
  });

  it('"cast came off" next to a jersey number', () => {
    expect(rules('cast came off today for our #7, back on the field soon')).toContain('phi.id.jersey');
  });

  it('a rate or an association is no one\'s care', () => {
    expect(rules('Our C-section rate was 19% last year.')).toEqual([]);
    expect(rules('Proud to host the State Physical Therapy Association conference in May!')).toEqual([]);
  });
});

describe('older study misses: described patients and named ones', () => {
  it('"a man from Cedar Falls with a nail through his boot" at urgent care', () => {
    expect(rules('Busy night in Urgent Care, including a man from Cedar Falls with a nail through his boot!')).toContain('phi.location.described-patient');
  });

  it('a relative\'s falls said back', () => {
    expect(rules("so sorry about your grandpa's falls, our home-visit team can help: (555) 300-1000", reply('my grandpa is 88 and keeps falling'))).toContain('phi.diagnosis.restated-fall');
  });

  it('"this fall" is a season', () => {
    expect(rules('Our balance class starts this fall!', reply('do you have classes for people who fall a lot?'))).toEqual([]);
  });

  it('a retired captain holds no public office, so his pacemaker is a patient\'s', () => {
    expect(rules('Retired fire captain Walter Brandt volunteers at our front desk, pacemaker and all!')).toContain('phi.name.given-name');
  });

  it('"your wife\'s delivery went smoothly" next to a name', () => {
    expect(rules("Thanks for the card, Omar Haddad! So glad your wife's delivery went smoothly.")).toContain('phi.name.given-name');
  });
});

describe('round 3 (probe120–123)', () => {
  it('"you don\'t have to tough it out" urges care', () => {
    expect(rules("Recovery is hard, and you don't have to tough it out: our nurse line is at (555) 300-1000.", reply('week two after surgery is rough'))).toEqual([]);
  });

  it('"switching to garlic and fish oil" for a blood thinner is treatment advice', () => {
    expect(rules('A lot of folks do well switching to garlic supplements instead 🌿', reply('can I get off my blood thinner naturally?'))).toContain('advice.discourages-care');
  });

  it('"Guess who turns 5? Our lobby turtle, Shelly!" answers itself', () => {
    expect(rules('Guess who turns 5 today? Our lobby turtle, Shelly! Cake at noon in the lobby.')).not.toContain('clickbait.withheld-which');
  });

  it('"Come back tomorrow to read it" holds the point back', () => {
    expect(rules('Our nurses shared their funniest night-shift moment. Come back tomorrow to read it!')).toContain('clickbait.come-back-later');
  });

  it('"one habit quietly raises" withholds the habit', () => {
    expect(rules('One morning habit quietly raises your blood pressure. Our cardiologist explains on the blog.')).toContain('clickbait.one-thing-quietly');
  });

  it('paperwork waiting for a relative, a note got to them, a provider who still asks after them', () => {
    expect(rules('Yes! His discharge papers and the new prescription are waiting at the front desk.', reply("picking up my husband's paperwork today, is it ready?"))).toContain('confirmation.ongoing-care');
    expect(rules('So glad our team could get that note to you the same day!', reply('thanks for the quick school note'))).toContain('confirmation.ongoing-care');
    expect(rules('Of course! She still asks how that knee is doing.', reply('does the surgeon remember me?'))).toContain('confirmation.ongoing-care');
  });

  it('"a 95 yr old" in the comment makes "95" said back an identifying age', () => {
    expect(rules('Yes, people who are 95 can get it too! Call (555) 300-1000.', reply('my 95 yr old grandpa wants the shingles shot'))).toContain('phi.age.restated-over-89');
  });

  it('"last wk" and "born tues at 4:12am"', () => {
    expect(rules('our 1st robotic knee surgery happened last wk on a retired teacher, home in 2 days')).toContain('phi.date.relative-care');
    expect(rules('welcome baby leo, born tues at 3:05am 💙')).toContain('phi.date.relative-care');
  });

  it('"To whoever … after your mom\'s knee surgery" speaks to one person about their family\'s care', () => {
    expect(rules("To whoever left cookies at the nurses' station after your mom's knee surgery: thank you!")).toContain('phi.procedure.person-linked');
  });

  it('counted tests in a month are a statistic', () => {
    expect(rules('Our clinics ran 380 positive strep tests in February, up from 240 last year.')).toEqual([]);
  });
});

describe('round 4 (probe124–127)', () => {
  it('"#3 is kind of terrifying", "Come find out at our booth", "answer at 5", "knows the real reason"', () => {
    expect(rules('5 things your dentist sees right away. #3 is kind of terrifying 😬')).toContain('clickbait.numbered-reveal');
    expect(rules('The question our pharmacists hear most, and the answer nobody expects. Come find out at our booth Saturday!')).toContain('clickbait.held-for-later');
    expect(rules('Pumpkin pie or pecan: one sends more people to urgent care. Vote now, answer at 6!')).toContain('clickbait.held-for-later');
  });

  it('"most folks in your spot" and "I\'d just recheck next month"', () => {
    expect(rules('Most folks in your spot do fine with a heating pad and some stretching.', reply('lower back pain from gardening, tips?'))).toContain('advice.hedged-peers');
    expect(rules("Readings like that often settle at home. I'd just recheck next month.", reply("my mom's blood pressure was 170/95 at the clinic"))).toContain('advice.discourages-care');
  });

  it('quiet confirmation: looked into it, moved to the 14th, sent this morning, feels the same about you, see your family again, loyal regulars', () => {
    expect(rules('We looked into it: your plan\'s deductible reset in January.', reply('why did my bill go up?'))).toContain('confirmation.ongoing-care');
    expect(rules("looked it up, you're moved to the 9th at 2pm 👍", reply('did my appointment get moved?'))).toContain('confirmation.ongoing-care');
    expect(rules('sent this morning! tell us if they do not arrive.', reply('can you fax my records to my new doctor?'))).toContain('confirmation.ongoing-care');
    expect(rules('She feels the same about you! 💙', reply('Dr. Marsh has been my doctor for 15 years'))).toContain('confirmation.ongoing-care');
    expect(rules("She'd love to see your kids again this fall!", reply('Is Dr. Marsh taking new patients?'))).toContain('confirmation.ongoing-care');
    expect(rules('Anything for one of our most loyal pharmacy regulars!', reply('thanks for always having my order ready'))).toContain('confirmation.ongoing-care');
  });

  it('ages over 89: "95th bday", "our oldest guest was 101"', () => {
    expect(rules('happy 97th bday to our favorite regular at the front desk 🎂')).toContain('phi.age.over-89');
    expect(rules('Flu clinic at the senior center today, and our oldest guest was 102!')).toContain('phi.age.over-89');
  });

  it('"a local high-school swimmer, 16," with a diagnosis; "County Rd 9" where a 5th grader lives; "fainted … Thursday"', () => {
    expect(rules('Grand rounds: the case of a local high-school swimmer, 16, whose chest pain led to a diagnosis of myocarditis.')).toContain('phi.age.described-patient');
    expect(rules('A 5th grader who lives out on County Rd 9 came in with a dog bite that needed stitches.')).toContain('phi.address.route');
    expect(rules('the delivery driver who fainted in our lobby Thursday came back with flowers 💐')).toContain('phi.date.relative-care');
  });

  it('clean: a service asked for with an article, counted women in a month, a guessing post answered by its next sentence', () => {
    expect(rules('Yes! Pediatrics has extra sports physical slots through August: (555) 300-1000.', reply('Can I get a sports physical for my son before soccer?'))).toEqual([]);
    expect(rules('In May our mobile van screened 310 women at 7 worksites.')).toEqual([]);
    expect(rules('Guess what our night shift voted best snack? The cheddar pretzels from the vending machine, by 20 votes.')).toEqual([]);
  });
});

describe('round 5 (probe128–129)', () => {
  it('"a woman in her 90s" is an age over 89; "patients in their 90s" are many', () => {
    expect(rules('A neighbor found a woman in her 90s on the icy steps Monday and called 911.')).toContain('phi.age.over-89');
    expect(rules('More than 200 of our patients are in their 90s.')).toEqual([]);
  });

  it('the street of a relative\'s home, said back', () => {
    expect(rules('Thinking of your mom and everyone on Willow Creek Road tonight.', reply('my mom is 88 and her house on Willow Creek Road flooded'))).toContain('phi.address.restated-street');
  });

  it('"We\'ll post it once the storm clears" holds the tip back', () => {
    expect(rules("A paramedic's best ice-walking tip takes two seconds. We'll post it once the roads are clear ❄️")).toContain('clickbait.held-for-later');
  });

  it('"that\'s what I\'d do" is personal advice', () => {
    expect(rules("Most people just skip it the morning of the test, that's what I'd do.", reply('should I take my water pill before my stress test?'))).toContain('advice.what-id-do');
  });

  it('"COPD + asthma combo here" makes the conditions the commenter\'s', () => {
    expect(rules('Living with COPD and asthma takes planning! Our nurse line is at (555) 300-1000.', reply('COPD + asthma combo here, tips for flying?'))).toContain('phi.diagnosis.person-linked');
  });

  it('"it looks like your last two visits are" says we looked at their account', () => {
    expect(rules('It looks like your last two visits are still with insurance. Billing: (555) 300-1000.', reply('who do I ask about my bill?'))).toContain('confirmation.ongoing-care');
  });

  it('a name next to "breaking both arms"', () => {
    expect(rules('Welcome back to the court, Mateo Ruiz, 11, after breaking both wrists this fall!')).toContain('phi.name.given-name');
  });
});
