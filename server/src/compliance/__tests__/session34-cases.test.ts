import { blockingRules, handWrittenBlockingRules as handRules, reply } from './check-post';

// Session 34: causes found in the study sets probe264–267 (scored blind first); the cases are new variants.

describe('a complaint said back', () => {
  it('"killing me" is pain, said back as "killing you"', () => {
    expect(
      blockingRules(
        'We do! Sorry your back is killing you — our walk-in clinic is open until 8 tonight.',
        reply('Do you take walk-ins for back pain? My back is killing me today')
      )
    ).toContain('phi.diagnosis.restated-complaint');
  });

  it('"killing it" about a race is no complaint', () => {
    expect(
      handRules('You are killing it! See you at the next fun run.', reply('Finished my first 10K this morning and my legs are killing me lol'))
    ).not.toContain('phi.diagnosis.restated-complaint');
  });
});

describe('a relative named in the comment, said back', () => {
  it('blocks when the comment told of their injury', () => {
    expect(
      blockingRules(
        'Yes, we are open until 9. So sorry about Walt — please come straight in.',
        reply('My husband Walt gashed his arm on a fence post, are you open?')
      )
    ).toContain('phi.name.relative-said-back');
  });

  it('when the comment only introduces them, the name is no patient', () => {
    expect(
      handRules('Thanks for coming to the food drive, and say hi to Walt!', reply('My husband Walt and I loved volunteering at the food drive'))
    ).not.toContain('phi.name.relative-said-back');
  });
});

describe('clickbait: what someone found, and how it left them', () => {
  it('"what our nurses found … still has them talking"', () => {
    expect(blockingRules('We cleaned out the supply closet this week. What our nurses found behind the shelves still has them talking.')).toContain(
      'clickbait.cliffhanger'
    );
  });

  it('a finding that is told is no cliffhanger', () => {
    expect(handRules('What our nurses found in the survey: 9 in 10 families want evening visiting hours.')).not.toContain('clickbait.cliffhanger');
  });
});

describe('patient confirmation', () => {
  it('our staff remember a relative the comment spoke of', () => {
    expect(
      blockingRules('Thank you for writing. Our nurses still remember your dad and think of your family often.', reply('My dad was on your cardiac floor for a month last year.'))
    ).toContain('confirmation.staff-speaks-of-you');
  });

  it('their records are kept with us', () => {
    expect(
      blockingRules('Our files go back to 1990, so yours should still be there. Call (555) 300-1000 for a copy.', reply('Do you keep old records? I need my immunization history'))
    ).toContain('confirmation.records-kept');
    expect(blockingRules('We should still have your chart from then; call us to request it.', reply('Were my records kept after Dr. Long retired?'))).toContain(
      'confirmation.records-kept'
    );
  });

  it('how long we keep records, said plainly, is no confirmation', () => {
    expect(
      handRules('We keep adult medical records for 10 years. Call Medical Records at (555) 300-1000 to request a copy.', reply('How long do you keep records?'))
    ).toEqual([]);
  });

  it('acting on their missed appointment or bill', () => {
    expect(
      blockingRules('No worries — we noted the no-show and will not charge you. Call to book again.', reply('I forgot my appointment yesterday, so sorry'))
    ).toContain('confirmation.acted-on-care');
    expect(blockingRules('We have waived your copay this time.', reply('Can you do anything about the copay?'))).toContain('confirmation.acted-on-care');
  });

  it('a policy about missed appointments is no confirmation', () => {
    expect(
      handRules('Our policy: a missed appointment without 24 hours notice may carry a $25 fee. Call (555) 300-1000 to reschedule.', reply('Do you charge for missed appointments?'))
    ).toEqual([]);
  });

  it("staff say the commenter's sessions paid off", () => {
    expect(blockingRules('Way to go! Dana says all those Thursday sessions really paid off.', reply('Hiked the ridge trail today thanks to Dana in PT!'))).toContain(
      'confirmation.staff-speaks-of-you'
    );
  });
});

describe('the phi-risk model reads a unit before staff words in a post as the team, not a place', () => {
  it('the ICU nursing team and an award', () => {
    expect(blockingRules('Congratulations to our NICU nursing team on earning the Gold Star Award for Family Care this spring!')).not.toContain(
      'phi-risk-model.diagnosis'
    );
  });
});

describe('one person\'s lab result, as a change from one value to another', () => {
  it('"whose A1c fell from 9.1 to 7.0"', () => {
    expect(blockingRules('Shout-out to the quiet hero of our walking club, whose A1c fell from 9.1 to 7.0 this year!')).toContain('phi.lab.person-linked');
  });

  it('a group\'s average change is no one\'s result', () => {
    expect(handRules('Across our diabetes program, the average A1c fell from 8.4 to 7.6 this year.')).not.toContain('phi.lab.person-linked');
  });
});

describe('a date next to an airlift is a day of care', () => {
  it('"was airlifted from our clinic on Sunday"', () => {
    expect(blockingRules('A roofer from the Miller farm was airlifted from our Shelbyville clinic on Sunday after a fall from a barn.')).toContain(
      'phi.date.relative-care'
    );
  });

  it('a medevac crew visiting on a Saturday is an event', () => {
    expect(handRules('Meet the medevac crew and tour the helicopter at our Family Fun Day on Saturday, May 9.')).toEqual([]);
  });
});

describe('fewer false blocks', () => {
  it('"the Lakeside Grange" is a hall, not a person', () => {
    expect(handRules('Our nurses will be at the Lakeside Grange on Saturday, Oct 4, with free tetanus boosters.')).toEqual([]);
  });

  it('a condition going around the community is not the commenter\'s', () => {
    expect(
      handRules('Flu is going around the schools right now. Our walk-in clinics are open daily.', reply('Is anyone else\'s kid home with the flu? My daughter has it'))
    ).not.toContain('phi.diagnosis.person-linked');
  });

  it('but the commenter\'s own case said back still is', () => {
    expect(blockingRules('So sorry your daughter has the flu. Our walk-in clinics are open daily.', reply('My daughter has the flu'))).toContain(
      'phi.diagnosis.person-linked'
    );
  });

  it('a greeting by name beside a service we offer walk-in', () => {
    expect(handRules('Hi Maeve! Our Elm Street lab is open Sundays 9–1 for walk-in blood draws.', reply('Is the lab open Sundays? - Maeve'))).toEqual([]);
  });
});

describe('second round (probe269–273)', () => {
  it('a header after a role word ("Surgeon Spotlight") is no name', () => {
    expect(handRules('Surgeon Spotlight ✨ Dr. Helena Marsh has performed more than 1,200 joint replacements at Lakeside since 2009.')).toEqual([]);
  });

  it('a policy on what anyone may bring is not the commenter\'s own device', () => {
    expect(
      handRules('Patients are welcome to bring hearing aids and glasses to every visit.', reply('My dad wears hearing aids, can he keep them on during his MRI?'))
    ).not.toContain('phi.procedure.person-linked');
  });

  it('"in pre-op" is an area, not a procedure', () => {
    expect(
      handRules('Two visitors are welcome in pre-op, and the family lounge has updates.', reply('My wife has her pre-op on Monday, can I stay with her?'))
    ).not.toContain('phi.procedure.person-linked');
  });

  it('a conference room after a meeting\'s date, in a post about a study of many patients', () => {
    expect(handRules('Dr. Marsh will present our study of 120 heart failure patients at the State Cardiology Society meeting on May 3, Room 112.')).toEqual([]);
  });

  it('but a patient in a room is still one', () => {
    expect(blockingRules('Our patient in Room 112 celebrated her 40th birthday with the nurses today.')).toContain('phi.location.room');
  });

  it('a business named for an orchard, and a book title in quotes, are no people', () => {
    expect(handRules('Flu shot clinic Thursday 4–7pm in the Community Room, with cider and donuts from Hollow Tree Orchard.')).toEqual([]);
    expect(handRules("Dr. Marsh will read 'Llama Llama Misses Mama' at story time on Saturday, then give teddy-bear checkups!")).toEqual([]);
  });

  it('a label with an initial in quotes still names someone', () => {
    expect(blockingRules("Lost and found: an inhaler labelled 'Ava T., Lincoln Elementary' was left at our front desk on Monday.")).not.toEqual([]);
  });

  it('their forms are with their provider; our team named as the one who cared; a relative\'s care team told', () => {
    expect(blockingRules('Thanks! Your disability paperwork is with your provider and should be signed by Thursday.', reply('Any update on my disability paperwork?'))).toContain(
      'confirmation.records-ready'
    );
    expect(
      blockingRules('That sounds like our radiology team! We will pass it on.', reply('Thank you to the tech who talked me through my MRI yesterday'))
    ).toContain('confirmation.names-who-cared');
    expect(
      blockingRules("We'll let your mom's care team know you are on your way.", reply('My mom is having her hip replaced today, can I wait in her room?'))
    ).toContain('confirmation.acted-on-care');
  });

  it('a name the comment gave in full beside someone\'s stay, said back', () => {
    expect(
      blockingRules("We can't share anything here, but Walter has many friends thinking of him.", reply('Does anyone know if Walter Price is still in the hospital? Heard he fell at bingo')),
      // Since session 53 the name someone asks after as still in the hospital is its own rule.
    ).toContain('phi.name.asked-after-said-back');
  });

  it('but the commenter introducing themselves may be greeted by first name', () => {
    expect(
      handRules('Hi Brenda, for privacy we cannot share account details here. Please call (555) 300-1000.', reply("Hi it's Brenda Cole, I need my member ID for my surgery bill"))
    ).toEqual([]);
  });
});

describe('the models, kept off what they misjudged', () => {
  it('a statistic about many is no advice', () => {
    expect(blockingRules('About 71% of people in our heart failure program use a home scale, up from 40% two years ago.', reply('How many of your heart patients weigh themselves daily?'))).not.toContain(
      'reply-risk-model.medical-advice'
    );
  });

  it("a camp's name is no person's", () => {
    expect(blockingRules('Camp Sugar Pine is for kids ages 6–15 with type 1 diabetes. Sessions run July 7–18.', reply('What age range is the diabetes camp for?'))).not.toContain(
      'phi-risk-model.diagnosis'
    );
  });
});

describe('third look (probe272–273)', () => {
  it('a relative\'s day of surgery in a post, beside how long the family waited', () => {
    expect(blockingRules('A family told us they waited 4 hours for news during their mom\'s hip surgery on Thursday.')).toContain('phi.date.relative-care');
  });

  it('the day of a public water main break is no one\'s care', () => {
    // A guard: counting "2 hours" as no opening hours must leave a public event's day alone.
    expect(handRules('Thanks to the fire department, who directed traffic outside our ER for 2 hours during Monday\'s water main break so patients could get in.')).toEqual([]);
  });

  it('a handful of children from a named school, treated', () => {
    expect(blockingRules('Our urgent care treated 4 students from the Lincoln Elementary field trip for bee stings this afternoon.')).toContain(
      'phi.location.described-patient'
    );
  });
});

describe('third round (probe275–279)', () => {
  it('the last characters of someone\'s card number', () => {
    expect(blockingRules('A wallet with an insurance card ending in 4K81 was turned in at the front desk.', reply('Lost my wallet in your lobby'))).toContain(
      'phi.id.number-ending'
    );
    expect(handRules('Our holiday card drive is ending in two weeks, so drop yours at the front desk.')).toEqual([]);
  });

  it('a player\'s number beside "see you back on the field soon"', () => {
    expect(blockingRules('This slugger got his cast signed by the whole team! #14 for the Millbrook Tigers, see you back on the field soon!')).toContain('phi.id.jersey');
  });

  it('how to handle a home device is advice, even hedged', () => {
    expect(
      blockingRules('Lots of families find that unplugging the concentrator for a minute fixes it.', reply("Mom's oxygen concentrator keeps beeping, any tips?"))
    ).toContain('advice.hedged');
  });

  it('closing their enrollment, and "like last time"', () => {
    expect(blockingRules("Sure — drop it at the front desk and we'll close out your monitoring enrollment.", reply('Still have your scale, want it back?'))).toContain(
      'confirmation.acted-on-care'
    );
    expect(blockingRules("Park in the Elm Street garage and we'll meet you at the door like last time.", reply('Where do I park tomorrow?'))).toContain(
      'confirmation.acted-on-care'
    );
  });

  it('"her name is …" in the comment ties the name said back to her care', () => {
    expect(
      blockingRules("Hi! Yes, Edith's readings came through this morning and Dr. Marsh's team has reviewed them.", reply("Did Mom's new heart monitor readings come through ok? Her name is Edith Moore."))
    ).toContain('phi.name.relative-said-back'); // session 57: "Her name is …" gives a name, as "my mom Edith" does
  });

  it('fewer false blocks', () => {
    expect(handRules('New lactation rooms are open in Room 110 for patients, visitors and staff.')).toEqual([]);
    expect(handRules("Overheard at the nurses' station: 'Who keeps moving the stapler?!' The investigation continues.")).toEqual([]);
    expect(handRules('Congratulations to Dr. Helena Marsh, named Rural Family Physician of the Year by the state academy.')).toEqual([]);
    expect(handRules('Congratulations to Dr. Helena Marsh, named Home-Based Primary Care Physician of the Year.')).toEqual([]);
  });

  it('a room that got a makeover, painted by a local artist', () => {
    expect(handRules('Exam Room 3 got a makeover! Local artist Dana Whitcomb painted a forest mural for your next well-child visit.')).toEqual([]);
  });

  it('but a child on the unit called our young artist is still a patient', () => {
    expect(blockingRules('Room 4C has the best window art on the floor. Thanks to our young artist Milo for brightening the Pediatrics unit!')).not.toEqual([]);
  });
});

describe('fourth round (probe281–285)', () => {
  it('"more in my next post" holds the story back', () => {
    expect(blockingRules('I almost left nursing in my first year. What kept me here surprised me. More in my next post.')).toContain('clickbait.deferred-reveal');
  });

  it("a relative named in a comment about their appointments, said back", () => {
    expect(
      blockingRules('Yes! We offer free rides for Frank and other adults over 65. Call (555) 300-1000 to set it up.', reply('My husband Frank Ibsen (81) needs rides to his appointments. Do you offer that?'))
    ).toContain('phi.name.relative-said-back');
  });

  it('staff praise of a relative, and our team supporting them', () => {
    expect(blockingRules('It sure is! Owen says your dad is one of his hardest workers — see you both Thursday!', reply('Is the balance class still on? Dad loves it'))).toContain(
      'confirmation.staff-speaks-of-you'
    );
    expect(blockingRules("We're glad our discharge team could support you and your father through it.", reply('Just went through the hospital-to-rehab move with my dad. Exhausting.'))).toContain(
      'confirmation.cared-for-you'
    );
  });

  it('the nurse who gave his shots; his records kept on file', () => {
    expect(blockingRules("Bring it by the front desk and we'll make sure the nurse who gave his shots gets it.", reply('Is the nurse who did my son’s shots in Friday? He drew her a picture'))).toContain(
      'confirmation.cared-for-them'
    );
    expect(blockingRules('We do! Her records are kept on file — request a copy any time.', reply("Do you still have my daughter's records from before we moved?"))).toContain(
      'confirmation.records-kept'
    );
  });

  it('someone who collapsed and got CPR is no public figure, title or not', () => {
    expect(blockingRules('When Coach Ruiz collapsed at the Lakeside game on Friday, two of our nurses started CPR. He is home now.')).not.toEqual([]);
  });

  it('Spanish: comment-and-tag bait, "más común de lo que piensas", a remedy to try', () => {
    expect(blockingRules('Comenta "SÍ" si ya te vacunaste y etiqueta a 2 amigas')).toContain('clickbait.spanish-teaser');
    expect(blockingRules('Este error con la fiebre es más común de lo que piensas. Te lo explicamos en nuestras historias.')).toContain('clickbait.spanish-teaser');
    expect(blockingRules('Pruebe con un poquito de manzanilla antes de dormir.', reply('Mi bebé tiene cólicos, ¿qué le doy?'))).toContain('advice.spanish-remedy');
  });

  it('a given name beside "caught up on their vaccines"', () => {
    expect(blockingRules('Our nurses with Ramona and her boys at the fair, who are now caught up on their vaccines!')).toContain('phi.name.given-name');
  });

  it('fewer false blocks: an age range, "rehab transfers", a service named by its time, ages and up', () => {
    expect(handRules('HPV vaccine is recommended at 11–12, and Tdap around 7th grade.', reply('What shots does my 12 year old need?'))).toEqual([]);
    expect(handRules('Social workers coordinate rehab transfers before discharge. Call (555) 300-1000.', reply('How do I get my dad moved to rehab after his surgery?'))).not.toContain(
      'phi.procedure.person-linked'
    );
    expect(handRules('Free flu shots after the 10am Mass this Sunday in the parish hall. Ages 6 months and up.')).toEqual([]);
  });
});
