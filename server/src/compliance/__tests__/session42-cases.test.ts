import { blockingRules, checkPost, handWrittenBlockingRules as handRules, reply } from './check-post';

// Session 42: causes found in the nursing-note dev set (tuned on odd patient ids) and in the study probe sets (scored blind first); the cases are new variants.

const phiTexts = (text: string): string[] => checkPost(text).findings.filter((f) => f.category === 'phi').map((f) => f.text);

describe('a doctor named in a note written in capitals', () => {
  it('after a number earlier in the sentence ("TO 50 BY DR …" is not a house number and a street)', () => {
    expect(phiTexts('HR DROPPED TO 48 PER DR OKONKWO, PACER CHECKED.')).toContain('DR OKONKWO');
    expect(phiTexts('SBP UP TO 160 WITH DR HALVERSEN AT BEDSIDE.')).toContain('DR HALVERSEN');
  });

  it('but a house number and a street name before "Dr" still make it Drive', () => {
    expect(phiTexts('Our new clinic at 45 Riverside Dr. opens Monday.')).not.toContain('Dr. opens');
    expect(checkPost('Our new clinic at 45 Riverside Dr. opens Monday.').findings.filter((f) => f.rule.startsWith('phi.name'))).toEqual([]);
  });
});

// probe382, probe384 and probe387 (studied; scored blind first).
describe('a reply confirms the person stayed or was cared for here', () => {
  it('when it thanks them for the night they spent with us', () => {
    expect(handRules('Our night crew will be thrilled! Thanks for spending two nights with us.', reply('The techs at the sleep lab were so kind'))).toContain('confirmation.saw-you');
  });

  it('when it values their experience in our unit', () => {
    expect(handRules('Your experience in our infusion center would help other families. Call Patient Relations at (555) 300-1000.', reply("I've had chemo with you for a year, can I volunteer?"))).toContain(
      'confirmation.experience-with-us',
    );
  });
});

describe('health details tied to someone', () => {
  it('the commenter’s condition said back as “just like yours”', () => {
    expect(handRules('Dr. Lee treats plenty of adults whose RLS flares in the evening, just like yours.', reply('My RLS is awful every evening. Who treats it?'))).toContain('phi.diagnosis.person-linked');
  });

  it('a milestone after "Proud to be …" is the commenter’s own', () => {
    expect(handRules('Three years post-transplant is wonderful news!', reply('Proud to be 3 years post-transplant today!'))).toContain('phi.procedure.person-linked');
  });

  it('a roster written surname first with results', () => {
    expect(phiTexts('Drug screen results for Lakeside Freight: Delgado, R. (negative); Whitcomb, S. (positive for THC).')).toEqual(expect.arrayContaining(['Delgado, R.', 'Whitcomb, S.']));
    expect(handRules('Drug screen results for Lakeside Freight: Delgado, R. (negative); Whitcomb, S. (positive for THC).')).toContain('phi.name.surname-initial');
    expect(phiTexts('Our summit heads to Washington, D.C. this spring.')).not.toContain('Washington, D.');
  });

  it('a worker from a town whose care the next sentence tells', () => {
    expect(handRules('A night-shift nurse from Maple Bend joined our walk on Saturday. Her sleep study found severe apnea, and she is doing great.')).toContain('phi.location.described-patient');
  });

  it('a named donor who dialyzes with us', () => {
    expect(handRules('Thank you, Walt and June Perrin, for the new recliners! Walt has been dialyzing with us since 2021.')).toContain('phi.procedure.person-linked');
  });
});

describe('what is nobody’s', () => {
  it('a questionnaire named in capitals with a hyphen', () => {
    expect(blockingRules('Of 300 adults screened, 41% scored high on the STOP-BANG questionnaire. Ask about a sleep study.')).not.toContain('clickbait.all-caps-fear');
  });

  it('what any reader can do over the weekend', () => {
    expect(handRules('Myth or fact? You can make up lost sleep over the weekend. Myth: sleeping in only helps a little.')).toEqual([]);
  });

  it('our dialysis leaders, our transplant office, our dialysis and transplant families, patient care techs', () => {
    expect(handRules('Meet the patient care techs who keep every dialysis station spotless.')).toEqual([]);
    expect(handRules('Our new advisory council will meet with our dialysis leaders every quarter.')).toEqual([]);
    expect(handRules('Our transplant office can walk you through listing at two centers: (555) 300-1000.', reply('My brother is waiting for a kidney transplant. Can he list with you too?'))).toEqual([]);
    expect(handRules('Our social workers support our dialysis and transplant families every day.')).toEqual([]);
  });

  it('bell peppers in a recipe', () => {
    expect(checkPost('Try our veggie scramble with bell peppers and onions.').findings.filter((f) => f.category === 'phi')).toEqual([]);
  });
});

// probe388, probe390 and probe391 (studied; scored blind first).
describe('round two', () => {
  it('a doctor who loved meeting the commenter’s child, a child who looks due for a visit, years with us since a year', () => {
    expect(handRules('Dr. Lee says congrats on the win, and she loved meeting your little goalie!', reply('Thanks Dr. Lee for fitting us in before the big game!'))).toContain('confirmation.saw-you');
    expect(handRules('Yes! Looks like she is overdue for her checkup too, so call us and we can do both.', reply('Does your office do camp forms? My daughter is 9'))).toContain('confirmation.home-and-mending');
    expect(handRules('Thank you for sticking with us since 1978!', reply('Had all three of my kids at Riverside, 1978 to 1985'))).toContain('confirmation.long-standing-patient');
  });

  it('the street the commenter said they live on, after "and live on"', () => {
    expect(handRules('Welcome! From Juniper Hollow Lane, our Eastside clinic is the closest.', reply("We just moved here and live on Juniper Hollow Lane. Which clinic is nearest?"))).toContain('phi.address.restated-street');
  });

  it('a former coach described by school and age, with the disease he lived with', () => {
    expect(handRules('One family I think of often: a retired Westfield Middle band director, 71, living with Parkinson’s, who wanted to be home for the holidays.')).toContain('phi.age.described-patient');
  });

  it('a relative the comment says is in one of our units, named back', () => {
    expect(handRules('Visits with Dana are arranged by her team; please call (555) 300-1000.', reply("My sister Dana is in your psych unit and you won't let me see her!!"))).toContain('phi.name.relative-said-back');
  });

  it('but the day of a free event is no one’s', () => {
    expect(handRules("Lost and found: a blue lunchbox and a soccer cleat were left at Saturday's free sports physical event. Claim them at the front desk!")).toEqual([]);
  });
});

describe('round two, remaining causes', () => {
  it('"We do!" to "do you still have my records?" confirms we hold them', () => {
    const asks = reply('Do you still have my x-rays from last spring? My new surgeon wants them');
    expect(handRules('We do! Request them through the portal and they will be ready in two days.', asks)).toContain('confirmation.answers-yes');
    expect(handRules('Our Records team can help with any request: (555) 300-1000.', asks)).not.toContain('confirmation.answers-yes');
  });

  it('an age given after the commenter’s name, said back', () => {
    expect(handRules('Hi Jordan! At 16, consent rules depend on state law, so call us and we can explain.', reply("I'm Jordan, 16. Can I get birth control without my mom knowing?"))).toContain('phi.age.restated');
  });

  it('a retired teacher named by the middle school she taught at, with her treatment', () => {
    expect(handRules('Behind every number is someone like the retired Oakdale Middle School art teacher who has dialyzed with us three times a week since 2019.')).toContain('phi.location.described-patient');
  });

  it('figures of medicine’s history are no patients', () => {
    expect(phiTexts('Trivia: Louis Pasteur tested his rabies vaccine in 1885, and Jonas Salk’s polio vaccine came in 1955.').length).toBeGreaterThan(0);
    expect(handRules('Trivia: Louis Pasteur tested his rabies vaccine in 1885, and Jonas Salk’s polio vaccine came in 1955.')).toEqual([]);
  });
});

// probe394, probe396, probe397 and probe399 (studied; scored blind first).
describe('round three', () => {
  it('an acronym in the plural ("UTIs", "STIs") is the term, also after "you’ve had 3"', () => {
    expect(handRules('We’re sorry you’ve had 4 UTIs since spring. Please call (555) 300-1000 so we can see you.', reply('why do i keep getting UTIs?? 4 since spring'))).toContain('phi.diagnosis.person-linked');
    expect(handRules('My niece Ava, 15, was too shy to tell anyone about her STIs.')).toContain('phi.diagnosis.person-linked');
    expect(handRules('Ms. Rivera leads our Tuesday walking group.')).toEqual([]);
  });

  it('a pessary that is slipping is the commenter’s own', () => {
    expect(handRules('Since your pessary keeps slipping, call (555) 300-1000 to be seen sooner.', reply('My pessary keeps slipping, who do I call?'))).toContain('phi.procedure.person-linked');
  });

  it('"he’s been such a pleasure to work with" and "Yes! It’s signed" confirm care', () => {
    expect(handRules("So glad to hear it! He's been a joy to work with.", reply('My daughter says her brother loves coming to the teen clinic'))).toContain('confirmation.had-you-here');
    expect(handRules("Yes! It's signed, see you at the front desk.", reply('Did my travel vaccine letter get signed yet?'))).toContain('confirmation.answers-yes');
  });

  it('what is nobody’s: a water body’s name, an overdose alert, cases since a month, an acronym adjective, a school’s athletic department', () => {
    expect(handRules('Advisory: the county found high E. coli levels at Cedar Creek on Tuesday. Please avoid swimming there.')).toEqual([]);
    expect(handRules('The county overdose alert is still active. Free naloxone is at every front desk.', reply('My cousin overdosed last week, are those pills still around?'))).toEqual([]);
    expect(handRules('The county reports 31 confirmed hepatitis A cases since April. Free vaccines at our Urgent Care.')).toEqual([]);
    expect(checkPost('The CDC says FDA-approved repellents work well when used as directed.').findings.filter((f) => f.rule.startsWith('phi.name'))).toEqual([]);
    expect(handRules("Thanks to Westfield High School's athletic department for hosting our sports nutrition talk with 60 athletes.")).toEqual([]);
  });
});

// probe400, probe402, probe403 and probe405 (studied; scored blind first).
describe('round four', () => {
  it('an assault, a forensic exam or strangulation is health context for a name', () => {
    expect(handRules('Thank you to our SANE team for staying with Mia R. through the night after her assault.')).toContain('phi.diagnosis.person-linked');
    expect(handRules("A note from Dana K.: 'Thank you for the forensic exam and for believing me.'")).toContain('phi.procedure.person-linked');
  });

  it('"He went home this morning!" to a question about someone here confirms the stay', () => {
    expect(handRules('She went home yesterday! Cards can go to her house.', reply('Is Sister Ruth still at Riverside? Our choir wants to send a card'))).toContain('confirmation.home-and-mending');
  });

  it('an ADOS tomorrow, and a child’s school named after stimming, said back', () => {
    expect(handRules('Good luck with the ADOS on Friday! Pediatrics can share general tips: (555) 300-1000.', reply('My daughter has her ADOS on Friday, any tips to keep her calm?'))).toContain('phi.procedure.person-linked');
    expect(handRules('Our social workers can meet with Oakridge Academy if that helps: (555) 300-1000.', reply('My 7 year old started at Oakridge Academy and they keep calling about his stimming'))).toContain('phi.location.restated-school');
  });

  it('a teaser that holds back what stopped us in our tracks', () => {
    expect(blockingRules('We screened 300 neighbours at 4 barbershops. What we found at #2 stopped us in our tracks.')).toContain('clickbait.cliffhanger');
  });

  it('no one: a salon, a church, a temple; the autistic community; a mammography van', () => {
    expect(checkPost('Thank you, Shear Grace Salon, Bethel Baptist and Sri Ganesha Temple, for hosting our screenings!').findings.filter((f) => f.rule.startsWith('phi.name'))).toEqual([]);
    expect(handRules('Thank you for saying so. Many in the autistic community told us the same.', reply("I'm autistic and the puzzle piece logo makes me cringe"))).toEqual([]);
    expect(handRules('Results from the mobile mammography van are mailed within 2 weeks.', reply('How do I get my results from the mammogram van?'))).toEqual([]);
  });
});

// probe406, probe408, probe409 and probe411 (studied; scored blind first).
describe('round five', () => {
  it('"Yes, you’re all set!" to "is my intake still on?", and "love to have you back" to a former patient', () => {
    expect(handRules("Yes, you're all set! Check in 10 minutes early.", reply('is my consult still on for Thursday?? nobody called'))).toContain('confirmation.answers-yes');
    expect(handRules("We'd love to have you back! Call our volunteer coordinator.", reply('I had my chemo at your infusion center last year. Can I volunteer now?'))).toContain('confirmation.affirms-commenter-care');
    expect(handRules('Congratulations! Our team still remembers your first day with us.', reply('Two years sober today and I still think about your detox unit!'))).toContain('confirmation.saw-you');
  });

  it('a herniation like yours, an ANC said back, an age after the commenter’s full name', () => {
    expect(handRules('Dr. Lee treats L4-L5 herniations like yours every week.', reply('My MRI shows an L4-L5 herniation. Does Dr. Lee treat that?'))).toContain('phi.diagnosis.person-linked');
    expect(handRules('ANC 900, that is a big jump!', reply("My daughter's ANC is finally 900!!"))).toContain('phi.lab.person-linked');
    expect(handRules('At 58, a new COPD diagnosis is a lot to take in.', reply("I'm Walt Pruitt, 58, and I was just diagnosed with COPD."))).toContain('phi.age.restated');
  });

  it('a little fighter named by the school, waiting for a match', () => {
    expect(handRules("Saturday's swab drive is for a little warrior from Oak Hill Elementary who is waiting for a match.")).toContain('phi.location.school');
  });

  it('no one: cord blood, Radon Action Month', () => {
    expect(checkPost('Cord blood can help people with leukemia. Ask Obstetrics about donating.').findings.filter((f) => f.rule.startsWith('phi.name'))).toEqual([]);
    expect(checkPost('January is National Radon Action Month: test your home.').findings.filter((f) => f.rule.startsWith('phi.name'))).toEqual([]);
  });
});

// probe412, probe414, probe415 and probe417 (studied; scored blind first).
describe('round six', () => {
  it('"should be going home by Friday" about the relative the comment asks after confirms the stay', () => {
    expect(handRules('Walt is doing better and should be going home by Saturday!', reply('My uncle Walt came in by ambulance Tuesday. How is he?'))).toContain('confirmation.home-and-mending');
  });

  it('a famous person whose care we tell of is no longer only famous', () => {
    expect(handRules('Dr. Lee removed a melanoma from the back of local news anchor Rick Dunmore on Monday, and he is back on air.')).toContain('phi.name.given-name');
  });

  it('a name in a lost-and-found note after a treatment, and in 911 calls', () => {
    expect(handRules('Tara M. — we found your scarf after your laser appointment! Call us to pick it up.')).toContain('phi.name.given-name');
    expect(handRules('Thank you to the medics who answered two 911 calls for Harold Finch this month.')).toContain('phi.name.given-name');
  });

  it('a teaser about what one family did instead', () => {
    expect(blockingRules('Hospital bills can be negotiated. What one local couple did instead saved them $1,800.')).toContain('clickbait.cliffhanger');
  });
});
