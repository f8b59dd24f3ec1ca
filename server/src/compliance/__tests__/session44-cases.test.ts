import { blockingRules, handWrittenBlockingRules as handRules, reply } from './check-post';

// Session 44: causes found in the study probe sets (scored blind first); the cases are new variants.

// probe460 and probe465 (studied).
describe('a bleeding disorder, a membership and someone described', () => {
  it('a named person beside factor infusions or a bleed-free stretch', () => {
    expect(handRules('Hats off to Lena Marchetti, 200 days without a bleed since she switched plans!')).toContain('phi.name.given-name');
    expect(handRules('Big week for Omar Haddad: he is now on Hemlibra once a month instead of factor every other day.')).toEqual(
      expect.arrayContaining(['phi.medication.person-linked']),
    );
  });

  it('a named person one year smoke-free, in words', () => {
    expect(handRules('So proud of Delia Okafor: one year smoke-free this week!')).toContain('phi.name.addressed');
  });

  it('a child named through a parent who speaks of him, and the street of their home', () => {
    const rules = handRules("Jaylen's dad told us he now does the infusions at their kitchen table on Birch Court.");
    expect(rules).toContain('phi.address.patient-street');
    expect(blockingRules('Our clinic on Birch Court is open late on Thursdays.')).not.toContain('phi.address.patient-street');
  });

  it('one of our regulars described by town and work, with a joint bleed', () => {
    expect(handRules('Our physical therapist has been helping one of our clinic regulars, a Millbrook welder with a joint bleed in his knee, get back to work.')).toContain(
      'phi.location.described-patient',
    );
  });

  it('a member in a room of the unit', () => {
    expect(handRules('At 3am our after-hours line rang for a member in Room 9 of the observation unit.')).toContain('phi.location.room');
  });

  it('a staff member who mentions what a trooper the child was', () => {
    expect(handRules('We will pass that on to Dr. Helena Marsh. She mentioned what a brave little trooper he was!', reply('the doctor on Saturday was so kind to my son'))).toContain(
      'confirmation.staff-knows-you',
    );
  });

  it('"you\'re all set" to whether their membership is paid', () => {
    expect(handRules("Yes, you're all set through June!", reply('Is my membership still active? The app logged me out'))).toContain('confirmation.answers-yes');
  });

  it('"you can keep taking it" to whether to stop a supplement before a test', () => {
    expect(handRules('Good question! You can keep taking it, it will not change the results.', reply('Should I stop my fish oil before my cholesterol test?'))).toContain(
      'advice.yes-to-medicine-question',
    );
    expect(handRules('Good question! Please ask your pharmacist at (555) 201-4300 whether you can keep taking it.', reply('Should I stop my fish oil before my cholesterol test?'))).not.toContain(
      'advice.yes-to-medicine-question',
    );
  });
});

// probe462, probe463 and probe465 (studied).
describe('our shows, our stats and our products', () => {
  it("yesterday's Live, and an edition of our Q&A", () => {
    expect(blockingRules("Dr. Helena Marsh answered your sunscreen questions on yesterday's Facebook Live (examples from textbooks, not patients).")).toEqual([]);
    expect(blockingRules("Ask the Nurse: Teens' Edition. Join us Wednesday at 7pm for a Q&A on acne, sleep and sports injuries.")).not.toContain('phi.name.relation');
  });

  it('"see you Thursday" after thanking someone for watching', () => {
    expect(handRules('Thanks so much for tuning in! 🙌 See you Thursday.', reply('these lives are so helpful'))).not.toContain('confirmation.staff-knows-you');
    expect(handRules('See you Thursday!', reply('my appointment got moved'))).toContain('confirmation.staff-knows-you');
  });

  it('a repellent named by its code', () => {
    expect(blockingRules('Picaridin and IR3535 both keep ticks away when used as directed.')).not.toContain('phi.id.code');
  });

  it('a season beside counts of photos we reviewed', () => {
    expect(blockingRules('Our Dermatology team reviewed 600 skin photos sent through our e-visit portal last summer: 22% were poison ivy.')).not.toContain('phi.date.relative-care');
  });

  it('a members-only class, but not a members-only reveal', () => {
    expect(blockingRules('Our members-only Thursday stretching class is back this week.')).not.toContain('clickbait.deferred-reveal');
    expect(blockingRules('The full list of foods to avoid is members-only. Join today!')).toContain('clickbait.deferred-reveal');
  });
});

// probe466, probe468, probe469 and probe471 (studied).
describe('hands, our podcast and our clinics', () => {
  it('a hand condition said back in sympathy, and a torn hamstring beside a jersey number', () => {
    expect(handRules('Carpal tunnel that keeps waking you up sounds so frustrating! Call (555) 201-4420 to book.', reply('Carpal tunnel waking me up every night, any openings?'))).toContain(
      'phi.diagnosis.person-linked',
    );
    expect(handRules('A cough that lasts more than three weeks should be checked. Call (555) 201-4100.', reply('I have had a cough for a month'))).not.toContain('phi.diagnosis.person-linked');
    expect(handRules('Thanks, Marcus T. (#12, Eastside High), for trusting our trainers with that hamstring tear!')).toContain('phi.diagnosis.person-linked');
  });

  it('a teaser that our podcast shares, and a twist with no spoilers', () => {
    expect(blockingRules('The one question every parent should ask at a well visit. Dr. Helena Marsh shares it in this week\'s episode.')).toContain('clickbait.deferred-reveal');
    expect(blockingRules('Episode 12 ends with a surprise that made our host gasp. No spoilers!')).toContain('clickbait.wont-believe');
  });

  it('"since we\'ve seen you"', () => {
    expect(handRules("It's been ages since we've seen you! Call (555) 201-4000 to book a checkup.", reply('I keep meaning to get a physical'))).toContain('confirmation.saw-you');
  });

  it('one of the nurses on our own team, hospitalized for a condition', () => {
    expect(handRules('This month one of the nurses on our own Emergency team talks about being hospitalized for an eating disorder.')).toContain('phi.diagnosis.our-own-person');
  });

  it('directions that say to take the elevator, a guild, a playlist and a clinic named for a condition', () => {
    expect(blockingRules('Park in the garage and take the elevator to level 3 for Sports Medicine.', reply('Where do I park for the clinic?'))).not.toContain('advice.self-care-instruction');
    expect(blockingRules('Thank you to the Maple Grove Quilters Guild for the 40 quilts!')).toEqual([]);
    expect(blockingRules('Every guest chose what to share, and all their episodes are in our Patient Voices playlist.')).toEqual([]);
    expect(blockingRules('Our Pediatric Heart Failure Clinic turns 10 this year!')).toEqual([]);
  });
});

// probe472, probe474, probe475 and probe477 (studied).
describe('limb loss, Medicare season and the stage', () => {
  it('a town teen diagnosed with a condition', () => {
    expect(handRules('Our diabetes educators are working with a Millbrook teen who was diagnosed with type 1 diabetes last spring.')).toContain('phi.location.described-patient');
  });

  it('peers who dropped a medicine, as a course for this person', () => {
    expect(handRules('Many of our adult patients on modulators have been able to stop some older meds.', reply('Thinking about stopping azithromycin since I feel great on Trikafta. Thoughts?'))).toContain(
      'advice.peers-course',
    );
  });

  it('a prosthesis named beside someone, "your first fitting with our team", a BKA said back', () => {
    expect(handRules("Insurance finally approved Hal's myoelectric arm fitting!")).toContain('phi.procedure.person-linked');
    expect(handRules('From your first fitting with our team to the finish line, you inspire us.', reply('Thanks for having me at the breakfast today.'))).toContain('confirmation.your-care-record');
    expect(handRules('Hi Ray! Sorry to hear about the BKA. Our peer visitor program can help: (555) 201-4460.', reply('I had a BKA in June. Any peer mentors?'))).toContain('phi.procedure.person-linked');
  });

  it('a backstage story saved for tomorrow', () => {
    expect(blockingRules('A tenor, a trapdoor and a very long night. That injury is a story for tomorrow 👀')).toContain('clickbait.deferred-reveal');
  });

  it('limb loss as a cause, an awareness week with its dates, acronyms the post defines, a month we add a service', () => {
    expect(blockingRules('Our team walked the Limb Loss 5K downtown and raised $8,400 for the prosthetic fund!')).toEqual([]);
    expect(blockingRules('During Medication Safety Week (Nov 3–7), bring your pill bottles to any visit for a free review.')).not.toContain('phi.date.care');
    expect(blockingRules('HSA, FSA, HRA? HSA = Health Savings Account. FSA = Flexible Spending Account. HRA = Health Reimbursement Arrangement.')).not.toContain('clickbait.all-caps-fear');
    expect(blockingRules('Most of you told us evenings were hard, so we are adding Saturday visit slots in January.')).not.toContain('phi.date.care-month');
  });
});

// probe478, probe480, probe481 and probe483 (studied).
describe('burns, driving and the neighbourhood', () => {
  it('burn and gambling terms beside a person, said back or named', () => {
    expect(handRules('Grafts on both arms can mean a lot of fittings. Our rehab team can help: (555) 201-4420.', reply('I had grafts on both arms after the fire. Do you have a garment specialist?'))).toContain(
      'phi.procedure.person-linked',
    );
    expect(handRules('The toddler from Oakridge who was scalded by a kettle on Monday is home and doing great.')).toContain('phi.location.described-patient');
    expect(handRules('With a prealbumin of 8, protein at every meal matters. Our dietitian can help.', reply('My prealbumin came back at 8 after surgery.'))).toContain('phi.lab.person-linked');
  });

  it("a family's dad and his driving evaluation", () => {
    expect(handRules("Thank you to the Okafor family for the card! Their dad's driving evaluation last week was a hard talk.")).toContain('phi.location.described-patient');
  });

  it('our team took great care of her, everyone on our unit was inspired', () => {
    expect(handRules('Our ER team took great care of her.', reply('Saw an ambulance at my neighbour’s this morning, hope she is ok'))).toContain('confirmation.cared-for-them');
    expect(handRules("Your dad's courage inspired everyone on our unit.", reply('Thank you for saving my dad after the crash'))).toContain('confirmation.cared-for-them');
  });

  it('the wing someone stays on', () => {
    expect(handRules("Drop cards at the front desk and we'll bring them to him on 5 East.")).toContain('phi.location.wing');
    expect(blockingRules('Visitors to 5 East, please use the north elevator.')).not.toContain('phi.location.wing');
  });

  it('Gamblers Anonymous, and the days a detour runs', () => {
    expect(blockingRules('Gamblers Anonymous meets in our building on Mondays at 7pm. Everyone is welcome.')).toEqual([]);
    expect(blockingRules('The ambulance entrance moves to Main Street from Aug 4–8 while we repave.')).not.toContain('phi.date.care');
  });
});

// probe484, probe486, probe487 and probe489 (studied).
describe('day surgery, family support and donor milk', () => {
  it('a prize for the highest number in the comments', () => {
    expect(blockingRules('Rate your Monday from 1 to 10 below 👇 Highest number wins a gift card!')).toContain('clickbait.engagement-bait');
  });

  it("a child's forensic interview, and a due date said back", () => {
    expect(handRules("Your son's forensic interview was sent to the detective this morning.", reply('is my son’s forensic interview ready for the detective?'))).toContain('phi.procedure.person-linked');
    expect(handRules('With an April 2 due date you have plenty of time to sign up.', reply('I am due April 2. Can I still join the class?'))).toContain('phi.date.due');
  });

  it('a move that starts on a date, a weekly treat day, a term "also called"', () => {
    expect(blockingRules('Day Surgery check-in moves to the 2nd floor lobby at 45 Riverside Drive starting Monday, June 2.')).toEqual([]);
    expect(blockingRules('Popsicle Friday 🍡 Thank you to the Creamery for 300 popsicles for our recovery room!')).not.toContain('phi.date.relative-care');
    expect(blockingRules('Shaken baby syndrome, also called abusive head trauma, is preventable. Make a plan before you need it.')).toEqual([]);
  });
});

// probe490, probe492, probe493 and probe495 (studied).
describe('tubes, the portal and the holidays', () => {
  it('"EoE" as it is usually written, said back', () => {
    expect(handRules('Living with EoE is tough. Our dietitians share recipes every Friday.', reply('my son has EoE and the diet is hard'))).toContain('phi.diagnosis.person-linked');
  });

  it('what we noticed of their use of the portal', () => {
    expect(handRules("We noticed you've been using the messaging feature a lot, glad it helps!", reply('Love the new portal!'))).toContain('confirmation.looked-up-record');
  });

  it("following your care team's guidance, a holiday greeting, a numbered tip after a room", () => {
    expect(blockingRules("Please keep following your care team's guidance, and our chaplains can help: (555) 201-4000.", reply('Can I fast this year on dialysis?'))).not.toContain(
      'confirmation.your-care-record',
    );
    expect(blockingRules('Ramadan Kareem 🌙 If fasting is hard on your mood, you are not alone. Call or text 988 any time.')).toEqual([]);
    expect(blockingRules('Tips for a calm visit: 1️⃣ Ask for a quiet room 2️⃣ Bring headphones.')).not.toContain('phi.location.room');
  });
});

// probe496, probe498, probe499 and probe501 (studied).
describe('fatigue clinics, violence recovery and remembrance', () => {
  it('the strength of compression picked for them', () => {
    expect(handRules('Go for 20–30 mmHg knee-high, that should do it.', reply('what compression socks should I buy? I get dizzy standing'))).toContain('advice.go-ahead');
  });

  it('a testimonial from someone stabbed', () => {
    expect(handRules('"The peer mentors got me through after I was stabbed." — Marcus T., Eastgate')).toContain('phi.name.testimonial');
  });

  it('the nurses on his unit', () => {
    expect(handRules('That was the NICU nurses on his unit. They would love to meet you!', reply('Who made my son’s memory box? I want to thank them'))).toContain('confirmation.cared-for-them');
  });

  it('a playgroup named for a loss', () => {
    expect(blockingRules('Rainbow Baby Playgroup 🌈 For families parenting a baby after a loss. Tuesdays at 10am, Community Room B.')).toEqual([]);
  });
});

// probe502, probe504, probe505 and probe507 (studied).
describe('the ambulance, the green team and the assembly', () => {
  it('that the relative arrived safely, and from patient to EMT', () => {
    expect(handRules('Yes, she arrived safely. Please come to the front desk.', reply('Was my aunt brought in by your ambulance this morning?'))).toContain('confirmation.cared-for-them');
    expect(handRules('From patient to EMT, what a story! Welcome to the crew.', reply('You saved my life in 2019 and now I volunteer with you!'))).toContain('confirmation.our-patient');
  });

  it("a charger's plug, what students can see, breakfasts served on a day", () => {
    expect(blockingRules('All our Level 2 chargers have J1772 plugs.', reply('do the chargers work for my car? visiting my dad'))).not.toContain('phi.id.code');
    expect(blockingRules('Our nurses will stage a crash scene so seniors can see what the first hour after a wreck looks like.')).not.toContain('clickbait.withheld-which');
    expect(blockingRules('Thanks to the 40 volunteers who served 900 breakfasts Sunday for the ambulance fund!')).not.toContain('phi.date.relative-care');
  });
});
