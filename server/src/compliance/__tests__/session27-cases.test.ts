import { blockingRules, handWrittenBlockingRules as handRules, reply } from './check-post';

// Session 27: causes found on fresh blind sets (probe196–197) once they were read; the cases are new variants, not their items.

describe('a named coach, volunteer or partner whose own care the post tells', () => {
  it('a public role does not hide a procedure done to its holder', () => {
    expect(handRules('Principal Ortega finally got her shoulder repaired on Tuesday, and she is already back at drop-off!')).not.toEqual([]);
    expect(handRules('Happy two-year transplant anniversary to Captain Lena Brooks of the Millbrook fire crew!')).not.toEqual([]);
    expect(handRules('Coach Tanya Whitlock brought the whole team in for sports physicals this week.')).toEqual([]);
  });

  it('one of our people who beat an illness with our team was our patient', () => {
    expect(handRules('Congratulations to our volunteer Marv, who survived leukemia with the help of our oncology nurses!')).not.toEqual([]);
    expect(handRules('Our volunteer Marv has helped 300 families at the front desk since 2019.')).toEqual([]);
  });
});

describe('clean posts the rules no longer block', () => {
  it('an animal introduced after an emoji is no person', () => {
    expect(handRules('Say hi to Maple 🐾 our new therapy dog! Starting Monday, Maple will visit the Infusion Center waiting room.')).toEqual([]);
  });

  it('a day on which we counted neighbours, guests or participants is a statistic', () => {
    expect(handRules('Last Saturday our nurses screened 148 neighbors for skin cancer at the farmers market and referred 12 for a follow-up visit.')).toEqual([]);
    expect(handRules('Last Sunday our nurses checked Ana for high blood pressure and referred her for a follow-up visit.')).not.toEqual([]);
  });

  it('a mall, plaza or arena named before its kind is a venue', () => {
    expect(handRules('Free skin checks at the Eastfield Mall food court Saturday, 10–2. No appointment needed.')).toEqual([]);
    expect(blockingRules('Our mobile mammography van parks at the Brookside Plaza lot on Friday, 9–4.')).toEqual([]);
  });

  it('a host thanked "of" their congregation for opening "your" doors is a partner', () => {
    expect(handRules('Thank you, Reverend Paula Greer of Grace Chapel, for opening your doors to our blood pressure screening since March.')).toEqual([]);
  });
});


describe('second round (probe200–203): replies that confirm care', () => {
  it('our staff saying what the person was like in their care', () => {
    expect(handRules('So happy for her! Our therapist says she was one of the hardest workers he has seen all year.', reply('My dad finished cardiac rehab with you guys!'))).toContain('confirmation.staff-speaks-of-you');
    expect(handRules('Congrats! Our team says he is one of the best patients they have ever had.', reply('Grandpa finished rehab today'))).not.toEqual([]);
  });

  it('a relative’s nurse on the schedule, a discharge sheet from the tent', () => {
    expect(handRules('Yes, his aide is on the schedule and will text when she is on her way.', reply('Is my father’s home health aide still coming Friday?'))).toContain('confirmation.acted-on-care');
    expect(handRules('Of course! The discharge sheet from the first aid tent is at the front desk whenever you are ready.', reply('Thanks for helping me at the 10K'))).toContain('confirmation.ongoing-care');
  });

  it('a workshop day and room, and warm wishes "today", confirm nothing', () => {
    expect(handRules('Just bring a pen! See you Tuesday, May 6 at 6pm in Conference Room B.', reply('What do I need for the caregiver workshop?'))).toEqual([]);
    expect(handRules('See you Tuesday at 9 for your follow-up!', reply('Can I still come in?'))).not.toEqual([]);
  });
});

describe('second round: PHI the rules now find', () => {
  it('a testimonial credited with an age, or naming the speaker’s doctor', () => {
    expect(handRules('“I hid my symptoms for years. Dr. Chen made it easy to talk about.” — Marla, 61, Eastside')).toContain('phi.name.testimonial');
    expect(handRules('“The food truck was the best part of the fair!” — Marla, 61')).toEqual([]);
  });

  it('a home place given without "I" is said back', () => {
    expect(handRules('Yes! Our Tuesday walking group is a great fit for anyone in Oak Ridge.', reply('Live in Oak Ridge, 79, recovering from a hip replacement. Any groups near me?'))).toContain('phi.location.restated-home');
  });

  it('a school team player’s number with a get-well wish', () => {
    expect(handRules('Get well soon to Westfield High’s #12. Our team is with you after Saturday’s fall.')).toContain('phi.id.jersey');
  });
});

describe('second round: clean replies and posts the rules no longer block', () => {
  it('kits, techs and RNs of a service; a service the commenter asks whether we treat', () => {
    expect(handRules('Free naloxone kits are at every front desk, no questions asked.', reply('Where can I get naloxone?'))).toEqual([]);
    expect(handRules('We’re hiring dialysis techs and infusion RNs at our Main Street site!')).toEqual([]);
    expect(handRules('Yes, our Urgent Care can evaluate gout pain 8am–8pm daily.', reply('Do you treat gout at urgent care or do I need the ER?'))).toEqual([]);
  });

  it('a count of runners on a race day, a restaurant thanked for feeding the crew', () => {
    expect(handRules('Our medical tents cared for 187 runners on Saturday and sent 4 to the hospital.', reply('How busy was the race?'))).toEqual([]);
    expect(handRules('Thank you to Pho Real for catering lunch for our infusion nurses today!')).toEqual([]);
  });
});

describe('second round: clean posts, continued', () => {
  it('a term in capitals that the sentence defines does not shout', () => {
    expect(handRules('Flood WATCH means flooding is possible; a flood WARNING means it is happening, so move to higher ground.')).toEqual([]);
    expect(handRules('STOP eating this DEADLY snack NOW!')).toContain('clickbait.all-caps-fear');
  });

  it('"learn what’s covered" leads to coverage facts, not a withheld answer', () => {
    expect(handRules('Medicaid covers breast pumps for new parents. Learn what’s covered: example.org/pumps')).toEqual([]);
  });

  it('the room of a weekly session hosts the session', () => {
    expect(handRules('Our asthma education group for adults newly diagnosed meets Tuesdays at 6pm, Room 114, 1200 Main Street.')).toEqual([]);
    expect(handRules('Our patient in Room 114 was diagnosed on Tuesday.')).toContain('phi.location.room');
  });

  it('a creator or influencer’s handle is a public account', () => {
    expect(handRules('Our dietitian went live with food creator @CookWithDev to talk blood sugar and snacks. Replay on our page!')).toEqual([]);
  });
});

describe('second round: a patient’s street without a house number', () => {
  it('the street of a client or patient, named on its own', () => {
    expect(handRules('Our hospice nurses love visiting this patient’s rose garden on Larkspur Lane, even through her chemo.')).toContain('phi.address.patient-street');
    expect(handRules('Our new clinic on Larkspur Lane opens Monday for flu shots.')).toEqual([]);
  });
});

describe('third round (probe204–207): replies that confirm care or say back a condition', () => {
  it('glad to have had you, your years with us, your doses kept ready', () => {
    expect(handRules('And we were lucky to have had you! Thanks for cheering on our rehab crew.', reply('Three months of PT at Lakeside and I can finally hike again'))).toContain('confirmation.staff-knows-you');
    expect(handRules('We value your 12 years with us, and we are sorry about the wait. Please call the Front Desk.', reply('12 years a patient and still no callback'))).toContain('confirmation.staff-knows-you');
    expect(handRules('Yes, and we’ll have your weekend doses ready at the window by 9.', reply('Is the clinic open Saturday?'))).toContain('confirmation.acted-on-care');
  });

  it('a comment that opens on a condition before its question is about the writer', () => {
    expect(handRules('Migraines every day sound miserable. Our neurology team has Saturday slots: (555) 300-1000.', reply('migraines every day this week. do you have a neurologist on saturdays?'))).not.toEqual([]);
    expect(handRules('Our neurology team treats migraines and has Saturday slots: (555) 300-1000.', reply('do you treat migraines on saturdays?'))).toEqual([]);
  });

  it('bipolar II, meth and white coat syndrome are conditions', () => {
    expect(handRules('So sorry your son is using meth again. Our family support group meets Mondays: (555) 300-1000.', reply('My son is using meth again and we are lost'))).not.toEqual([]);
    expect(handRules('Yes, and two of our psychiatrists focus on bipolar II. Call (555) 300-1000.', reply('bipolar II, new in town, are you taking patients?'))).not.toEqual([]);
  });

  it('"reply with your guess" baits engagement', () => {
    expect(handRules('What do our pharmacists hear most at the counter? Reply with your guess first 👇')).toContain('clickbait.withheld-which');
  });
});

describe('third round: clean posts and replies the rules no longer block', () => {
  it('a candlelight vigil for those we have lost, on its date', () => {
    expect(handRules('Join us Friday, Aug 30, 8pm, on the front lawn for a candlelight vigil to remember those we’ve lost to overdose.')).toEqual([]);
  });

  it('an event title in capitals', () => {
    expect(handRules('FREE BLOOD PRESSURE CHECKS this Friday, 10–2, at the Front Desk!')).toEqual([]);
  });

  it('our organisation as a family, and directions to a meeting room', () => {
    expect(handRules('Congratulations to Owen Pritchard, RN on his new son, the newest member of the Lakeside family! Owen is on leave through June.')).toEqual([]);
    expect(handRules('Hi Dana! Parking is free behind 22 Harbor Road; take the elevator to the 3rd floor for Conference Room B.', reply('Hi, Dana here! Where do I park for the open house?'))).toEqual([]);
  });

  it('a counselling service named after the commenter’s procedure', () => {
    expect(handRules('Dr. Helena Marsh offers VBAC (vaginal birth after cesarean) counseling. Call (555) 300-1000.', reply('Does Dr. Marsh do VBACs? I had a C-section with my first'))).toEqual([]);
  });
});

describe('third round, continued', () => {
  it('a holiday date for anyone "if you" are in that case', () => {
    expect(handRules('If you’re changing dental plans on January 1, bring your new card to your next visit.')).toEqual([]);
    expect(handRules('Our patient was admitted on January 1 after a fall.')).not.toEqual([]);
  });

  it('the day a Patient & Family Advisory Council meets', () => {
    expect(handRules('Our Patient & Family Advisory Council meets Tuesday, Nov 4, 6pm in the Board Room. Topic: easier parking.')).toEqual([]);
  });

  it('the month of a loss said back to the widow', () => {
    expect(handRules('We’re so sorry for the loss of your wife in June. Our grief group is open to anyone: (555) 300-1000.', reply('Lost my wife to cancer in June. Is your grief group open to non-patients?'))).toContain('phi.date.care-month');
  });
});
