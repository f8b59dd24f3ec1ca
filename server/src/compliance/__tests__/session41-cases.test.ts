import { blockingRules, checkPost, handWrittenBlockingRules as handRules, reply } from './check-post';

// Session 41: causes found in the study sets probe340, probe341, probe343 and probe344 (scored blind first); the cases are new variants.

describe('a reply confirms the person is one of ours', () => {
  it('when one of our people is glad one of their patients is joining us', () => {
    expect(handRules('Welcome aboard! Dr. Marsh is so happy one of her patients chose to work here.', reply('Starting in billing Monday! Dr. Marsh has been my doctor for years'))).toContain(
      'confirmation.our-patient',
    );
  });

  it("when it says the person's details were in the files a breach reached", () => {
    expect(handRules('We are sorry. Your address and phone number were in the affected files, and a letter explains next steps.', reply('Did the hack get my info?'))).toContain(
      'confirmation.records-say',
    );
    expect(handRules('Your information is safe with us, and our privacy office can answer questions.', reply('Did the hack get my info?'))).not.toContain('confirmation.records-say');
  });

  it('but thanking someone for coming in to a job interview is not a visit', () => {
    expect(handRules('Thank you for coming in! Our recruiters will be in touch this week.', reply('Thanks for the interview this morning, everyone was lovely'))).toEqual([]);
  });
});

describe('days that are no one’s care', () => {
  it('the days of a vendor’s breach, and of a letter sent to many', () => {
    expect(handRules('On Oct 2 a vendor that mails our patient statements found that someone accessed its server between Sept 20 and Sept 25.')).toEqual([]);
    expect(handRules('Only patients who got a letter dated Oct 30 were affected. No letter? Your data was not involved.')).toEqual([]);
  });

  it('the day of a talk at a conference, even when its title speaks of patients', () => {
    expect(handRules("Dr. Helena Marsh presents at the Regional Nursing Summit on Thursday, May 7: 'Listening to patients in a hurry.'")).toEqual([]);
  });

  it('the day we removed a comment from our page', () => {
    expect(handRules("We deleted two comments yesterday that shared someone else's diagnosis. Please keep health details out of the comments.")).toEqual([]);
  });
});

describe('days and places that are someone’s', () => {
  it('the night a family’s twins arrived', () => {
    expect(blockingRules('Congrats to the Osei family, whose twins arrived Tuesday night during the snowstorm! 👶👶')).toContain('phi.date.relative-care');
  });

  it('the day a man came into our urgent care with an injury', () => {
    expect(blockingRules('A man came into our Elm Street Urgent Care this morning with a nail through his boot. He is fine!')).toContain('phi.date.relative-care');
  });

  it('the neighbourhood of a person set beside their name', () => {
    expect(blockingRules('Shout-out to Dana Pruitt, a grandmother of five in Willow Heights, who helped our team test the new portal.')).toContain('phi.location.hometown');
    expect(blockingRules('Shout-out to Dana Pruitt, a teacher from Ohio, who helped our team test the new portal.')).not.toContain('phi.location.hometown');
  });
});

describe('what names no one', () => {
  it('"Dr. Google" and a spice', () => {
    expect(handRules('Before you ask Dr. Google, call our Front Desk: (555) 300-1000.')).toEqual([]);
    expect(handRules('Cinnamon is tasty on oatmeal, but it will not lower your A1C on its own.')).not.toContain('phi.name.given-name');
  });
});

describe('a comment term echoed in general', () => {
  it('surgeries in the plural after the commenter’s own surgery', () => {
    expect(handRules('Scheduled surgeries go ahead as planned during the downtime.', reply('Will the outage affect my surgery Friday?'))).not.toContain('phi.procedure.person-linked');
  });

  it('a remedy a comment claims cures everyone', () => {
    expect(handRules('Studies found ivermectin did not help people with COVID-19 recover faster.', reply('Ivermectin cures covid, do your own research'))).not.toContain('phi.medication.person-linked');
  });
});

describe('a teaser in a post', () => {
  it('"Link in bio to hear it"', () => {
    expect(handRules('Our nurses voted this the worst hospital pun of the year. Link in bio to hear it 😅')).toContain('clickbait.click-push');
    expect(handRules('Our annual report is out. Link in bio to read the full report.')).not.toContain('clickbait.click-push');
  });
});

// probe346, probe347, probe349 and probe350.
describe('a reply confirms care', () => {
  it("when it says the commenter is already with one of our teams", () => {
    expect(handRules("Thanks! Since you're already with our Cardiology team, the class is free for you.", reply('Loved the heart-healthy cooking demo'))).toContain('confirmation.our-patient');
  });

  it('when it says our surgeon performed the procedure the comment asks about', () => {
    expect(handRules('Yes, Dr. Marsh is the team doctor, and she performed the surgery.', reply("Is the team doc the one who fixed Tyler's shoulder?"))).toContain('confirmation.cared-for-them');
  });

  it('when it cheers the commenter on between sessions', () => {
    expect(handRules('So glad to hear it! Keep up the good work between sessions 💪', reply('Owen and the rehab crew changed my life'))).toContain('confirmation.cared-for-them');
  });
});

describe('a player named by school and position', () => {
  it("is identified with their injury", () => {
    expect(blockingRules('Busy night on the sideline: 2 sprained ankles and a broken wrist for Lakeview High’s starting QB.')).toContain('phi.location.school');
    expect(blockingRules("Sideline tally: 3 taped ankles and a dislocated finger for Northside Academy's kicker.")).toContain('phi.location.school');
  });

  it('but a fire academy’s 5K is no one’s school', () => {
    expect(handRules('Owen Pritchard, RN ran the Lakeside Fire Academy 5K in full firefighter gear to raise money for cancer screening.')).not.toContain('phi.location.school');
  });
});

describe('what is no one’s care or name', () => {
  it('the day a board term begins, and a credit union’s valley', () => {
    expect(handRules('Welcome to our new board member, Jo Danvers, CFO of Harbor Valley Credit Union. Her term begins July 1.')).toEqual([]);
  });

  it('the spring we fixed something at work', () => {
    expect(handRules('Patients told us about slow call lights, so we fixed the system last spring after our nurses flagged it.')).toEqual([]);
  });

  it('a job title after a listed name', () => {
    expect(handRules('Led by Dr. Helena Marsh, Orthopedic Surgeon, with Owen Pritchard, RN running the clinic. Call (555) 300-1000.')).toEqual([]);
  });

  it("a recipe's grams of carbohydrate", () => {
    expect(handRules('Each bar has 18 g of carbohydrate and 5 g of fiber. The full label is on the card.', reply('type 1 here, carbs per bar?'))).not.toContain('advice.dosing');
  });
});

// probe352, probe353, probe355 and probe356.
describe('a reply confirms care (round three)', () => {
  it('when it would put the commenter back on the schedule', () => {
    expect(handRules("No problem! Call (555) 300-1000 and we'll put you back on the schedule.", reply('Missed my appointment this morning, sorry!'))).toContain('confirmation.records-say');
  });

  it('when our surgeons are thrilled with how the commenter healed', () => {
    expect(handRules('Thank you! Our surgeons are so happy with how well you recovered.', reply('Your spine program gave me my life back'))).toContain('confirmation.cared-for-them');
  });

  it('when our volunteers were honoured to sit with their relative', () => {
    expect(handRules('Our volunteers were honored to sit with your father that night. 💙', reply('Thank you to the volunteer who stayed with my dad at the end'))).toContain('confirmation.cared-for-you');
  });

  it('when it says the commenter worked hard in their sessions', () => {
    expect(handRules('We will pass it on! You worked so hard in those sessions.', reply('Thanks to the volunteer who walked me to rehab every week'))).toContain('confirmation.cared-for-you');
  });

  it('"welcome back" to a former patient who wants to volunteer', () => {
    expect(handRules('Welcome back! Apply online and we will be in touch.', reply('I was a patient on your surgical floor last year and want to volunteer'))).toContain('confirmation.welcome-back');
    expect(handRules('Welcome back! Apply online and we will be in touch.', reply('I volunteered with you in 2019, can I come back?'))).not.toContain('confirmation.welcome-back');
  });

  it('in Spanish: we hold their papers, and calling someone a patient', () => {
    expect(handRules('¡Sí! Tenemos sus papeles de vacunas en la recepción.', reply('¿Tienen todavía mis papeles de vacunas?'))).toContain('confirmation.spanish-looked-up-record');
    expect(handRules('¡Gracias! La Dra. Marsh dice que Mateo es un paciente muy valiente.', reply('Gracias a la Dra. Marsh por atender a mi hijo Mateo'))).toContain('confirmation.spanish-cared-for');
  });
});

describe('advice framed as what our patients find', () => {
  it('"our patients often find that … helps"', () => {
    expect(handRules('Our patients often find that soaking in Epsom salt each night helps with that numbness.', reply('My grandpa is diabetic and his feet are numb'))).toContain('advice.peers-course');
  });
});

describe('someone introduced by role whose own care the post tells', () => {
  it('a volunteer who grew up in our clinic with a condition, a therapist recovering from surgery', () => {
    expect(blockingRules('Meet volunteer Dana Kirk, who spent much of her childhood in our Pediatrics clinic managing cystic fibrosis.')).toContain('phi.diagnosis.person-linked');
    expect(blockingRules('Our top recruiter is therapist Ray Doyle, who signed up 6 nurses while recovering from knee replacement surgery!')).toContain('phi.procedure.person-linked');
  });
});

describe('inpatient beds and rooms in the plural', () => {
  it('"the Kowalski twins in beds 12A and 12B"', () => {
    expect(blockingRules('Santa stopped by Pediatrics! Shout-out to the Novak twins in beds 4A and 4B. 🎅')).toContain('phi.location.room');
  });
});

describe('what is no one’s (round three)', () => {
  it('allergies as the reason for a rule in patient areas', () => {
    expect(handRules('Latex balloons are not allowed in patient areas because of allergies. Mylar is fine!')).toEqual([]);
  });

  it('a language in a list of languages', () => {
    expect(checkPost('Interpreters are available in Spanish, Haitian Creole, Vietnamese and Dari at no cost.').findings.filter((f) => f.category === 'phi')).toEqual([]);
  });
});

describe('challenge and follower-count bait', () => {
  it('"Almost everyone misses question 3. Think you can beat it?"', () => {
    expect(handRules('Our heart-health quiz: almost everyone misses question 4. Think you can beat it? 👇')).toContain('clickbait.withheld-which');
  });

  it('"47 followers away from 10K! Smash that share button"', () => {
    expect(handRules('Only 12 followers away from 5K! Smash that share button 🙏')).toContain('clickbait.engagement-bait');
  });
});

// probe343 (a street after a courtesy title), probe358, probe359, probe361 and probe362.
describe('a street given right after a person', () => {
  it('"Mr. Abernathy on Cedar Court", "the gentleman on Alder Lane"', () => {
    expect(blockingRules('Our home-visit nurses say Mrs. Pell on Juniper Way bakes them bread every week.')).toContain('phi.address.patient-street');
    expect(blockingRules('We will keep caring for the older gentleman on Birch Lane, whose dialysis chair is reserved every Tuesday.')).toContain('phi.address.patient-street');
  });
});

describe('a reply confirms care (round four)', () => {
  it('"a former patient of ours"', () => {
    expect(handRules('Thanks for the feedback, and it is great to hear from a former patient of ours!', reply('As a former patient and now a lawyer, I have thoughts.'))).toContain('confirmation.long-standing-patient');
  });

  it("a nurse who will bring something to them, or hear they're expecting visitors", () => {
    expect(handRules('Poor Maddie! Her nurse can bring a tablet with games to her room.', reply('My daughter Maddie is on the peds floor and so bored'))).toContain('confirmation.cared-for-them');
    expect(handRules("Of course! We'll let your nurse know your grandkids are coming.", reply('Can my grandkids visit me Sunday?'))).toContain('confirmation.cared-for-you');
  });
});

describe('what is no one’s care (round four)', () => {
  it('a count of zero, and the day a unit was inspected', () => {
    expect(handRules('Our safety report: 0 wrong-site surgeries and a 20% drop in patient falls.')).toEqual([]);
    expect(handRules("The state's inspection of our Birth Center on May 8 found zero deficiencies.")).toEqual([]);
  });

  it('the quoted title of a class, and its meeting room', () => {
    expect(handRules('Join Dr. Marsh for "Birth Control: Know Your Options" on Tuesday, March 11, 6–7:30pm, Community Room B.')).toEqual([]);
  });

  it('our own address said back, and love sent "today"', () => {
    expect(handRules('The café at 22 Harbor Road has sandwiches from 7am to 4pm.', reply("Where can I eat near 22 Harbor Road? I'm there all day for my son's infusions"))).toEqual([]);
    expect(handRules('Sending you so much love today. 💜', reply('Lost my little girl two years ago today.'))).toEqual([]);
  });

  it('fertility acronyms in capitals', () => {
    expect(handRules('IVF, IUI, FET? Fertility alphabet soup, decoded: IVF is in vitro fertilization.')).not.toContain('clickbait.all-caps-fear');
  });

  it('a "guess what" the post answers in its next sentence', () => {
    expect(handRules('Guess what is new in the lobby? 🥗 A salad bar with 20 toppings, open at lunch on weekdays!')).toEqual([]);
  });
});

it('"His story, Thursday." holds the story back', () => {
  expect(handRules('One talk with a nurse changed how one dad saw his heart health. His story, Friday.')).toContain('clickbait.deferred-reveal');
});

// probe361 (a beta value said back), probe364, probe365, probe367 and probe368.
describe('round five', () => {
  it('a pregnancy-test value said back is the commenter’s lab result', () => {
    expect(blockingRules('612?! Amazing news! 🎉', reply('My beta came back at 612 this morning!!'))).toContain('phi.lab.restated-reading');
  });

  it('the day a stranger did CPR on the person we then cared for', () => {
    expect(blockingRules('Thank you to the bystander who did CPR at the Elm Street bus stop on Monday night. Our patient is awake and asking for pancakes.')).toContain('phi.date.relative-care');
  });

  it('a rotation, not a visit', () => {
    expect(handRules('We loved having her on the Pediatrics team! Good luck with the rest of school.', reply('So proud my daughter did her nursing rotation with you this spring'))).toEqual([]);
    expect(handRules('We loved having you in Urgent Care, and we cannot wait to see you in scrubs!', reply('your nurses are the reason I am going to nursing school'))).toContain('confirmation.saw-you');
  });

  it('glad our tips are helping is no one’s care', () => {
    expect(handRules('So glad the posts are helping! Congratulations on your little one. 💕', reply('Love these tips, so helpful as a new mom'))).toEqual([]);
    expect(handRules('So glad the new inhaler is helping!', reply('Feeling so much better this week'))).toContain('confirmation.acted-on-care');
  });

  it('a service for new patients after the commenter named theirs', () => {
    expect(handRules('Wait times for new speech therapy appointments are about 3 weeks. Call (555) 300-1000.', reply('My son has a speech delay, how long is the wait for speech therapy?'))).not.toContain('phi.procedure.person-linked');
  });

  it('a walking group at the park, a class title in Spanish, a cat named Pickles, a program in quotes', () => {
    expect(handRules('We love having everyone out there! See you Saturday, 8am at Lakeside Park 🌳', reply('Love the walking group!!'))).toEqual([]);
    expect(handRules("Our class 'Vivir Bien con Diabetes,' starts Wednesday, April 9, in Room 114. Taught by Owen Pritchard, RN.")).toEqual([]);
    expect(handRules("Owen Pritchard, RN leads our 'Living Well With Diabetes' group and has a rescue cat named Pickles.")).toEqual([]);
  });
});

// probe370, probe371, probe373 and probe374.
describe('round six', () => {
  it('a lab value given back after "levels back,"', () => {
    expect(blockingRules('612 and in range, what a day! 💪', reply('Just got my T levels back, 612! finally in range'))).toContain('phi.lab.restated-reading');
  });

  it('"happy the appointment timing worked out" confirms the appointment', () => {
    expect(handRules('Glad you loved the booth! And we are happy the appointment timing worked out for you.', reply('Thanks for the booth and for squeezing in my appointment!'))).toContain('confirmation.cared-for-you');
  });

  it('a service we offer, named to someone greeted by name, is no one’s care', () => {
    expect(handRules('Hi Chloe! 👋 Yes: walk-in flu shots Saturday 9am–1pm at 22 Harbor Road.', reply("Hi! It's Chloe. Are you doing flu shots this weekend?"))).toEqual([]);
  });

  it('what anyone can get, a disposal box, a mascot every Wednesday in February', () => {
    expect(handRules('Yes, anyone can get free naloxone at our front desks, no prescription needed.', reply("Can I get naloxone without a prescription? I'm on methadone"))).not.toContain('phi.medication.person-linked');
    expect(handRules('Use the secure medication disposal box in the lobby any time we are open.', reply('How do I get rid of old pain pills?'))).toEqual([]);
    expect(handRules("Meet Sudsy, the hand-washing mascot who'll visit our Pediatrics waiting rooms every Wednesday in February!")).toEqual([]);
  });

  it('an asthma action plan and an allergy section name documents, not the commenter’s condition', () => {
    const asthma = reply('My son had an asthma attack at school and they had no inhaler. Who do I talk to?');
    expect(handRules('Our Pediatrics team helps families fill out school Asthma Action Plans. Call (555) 300-1000.', asthma)).not.toContain('phi.diagnosis.person-linked');
  });
});

// probe376, probe377 and probe380.
describe('round seven', () => {
  it('a value said back after the comment ends its sentence on it', () => {
    expect(blockingRules('At 310 you would qualify for a recheck.', reply('My T level was 310. Is that low?'))).toContain('phi.lab.restated-reading');
  });

  it('"tell your brother she says hi" confirms he is her patient', () => {
    expect(handRules('Dr. Marsh is taking new patients! And please tell your brother she says hi!', reply('Dr. Marsh has treated my brother for years, is she taking new patients?'))).toContain('confirmation.cared-for-them');
  });

  it('a support circle is a service, and our care of many patients last month is no one’s day', () => {
    expect(handRules("Yes, our Men's Cancer Support Circle meets the first Tuesday of each month in Conference Room A.", reply("Is there a support group for men with cancer? My husband won't talk about his."))).toEqual([]);
    expect(handRules('Last month our Hospital at Home team cared for patients in 14 different neighborhoods.')).toEqual([]);
  });
});
