import { blockingRules, checkPost, handWrittenBlockingRules as handRules, reply } from './check-post';

// Session 43: causes found in the study probe sets (scored blind first); the cases are new variants.

const phiTexts = (text: string): string[] => checkPost(text).findings.filter((f) => f.category === 'phi').map((f) => f.text);

// probe418 and probe420 (studied).
describe('what a commenter told of themselves, said back', () => {
  it('a condition after the age and sex they gave ("44F")', () => {
    const rules = handRules('Scleroderma at 44 is hard, and we are here for you. Call (555) 201-4460 for our support group.', reply('Scleroderma in my hands now, 44F, does anyone else deal with this?'));
    expect(rules).toEqual(expect.arrayContaining(['phi.diagnosis.person-linked', 'phi.age.restated']));
    expect(handRules('Psoriatic arthritis at 38 is tough. Our group meets monthly: (555) 201-4460.', reply('Psoriatic arthritis flare again (38M). Any groups?'))).toContain('phi.age.restated');
  });

  it('the age they were diagnosed at', () => {
    expect(handRules('A lupus diagnosis at 24 is a lot. Our support group meets monthly: (555) 201-4460.', reply('I was diagnosed with lupus at 24 and feel lost.'))).toContain('phi.age.restated');
  });

  it('rheumatoid arthritis said back as "RA"', () => {
    expect(handRules('RA can be exhausting. Our nurse line is (555) 201-4100.', reply('My rheumatoid arthritis is flaring and I am exhausted.'))).toContain('phi.diagnosis.person-linked');
  });

  it('an immunoglobulin level and wetting the bed', () => {
    expect(handRules('We are sorry the IgA levels came back low. Our nurse line is (555) 201-4100.', reply('My IgA levels came back low again. Who do I ask?'))).toContain('phi.lab.person-linked');
    expect(handRules('So sorry she is wetting the bed again. Please call Pediatrics at (555) 201-4410.', reply('My daughter is 7 and wetting the bed again since school started.'))).toContain('phi.diagnosis.person-linked');
  });
});

// probe424, probe426 and probe429 (studied).
describe('more of what a comment tells, said back or told', () => {
  it('the age of a child the commenter gave ("my daughter is 15")', () => {
    expect(handRules('Vaping at 15 can mean dry mouth. Our Pediatrics team can talk with her privately.', reply('My daughter is 15 and vaping. Will it hurt her gums?'))).toContain('phi.age.restated');
  });

  it('a medicine and a side effect after "anybody else on …"', () => {
    expect(handRules('Hair loss on levothyroxine is worth mentioning to your prescriber.', reply('Anybody else on levothyroxine losing hair?'))).toEqual(
      expect.arrayContaining(['phi.medication.person-linked']),
    );
  });

  it('a name beside leaving the hospital', () => {
    expect(handRules('Our chaplain walked Delphine Arroway to her car the day she left the hospital.')).toContain('phi.name.given-name');
  });
});

// probe430, probe432, probe433 and probe435 (studied).
describe('round three: what ties a detail to someone', () => {
  it('hair loss and Ménière’s said back, and a medicine beside a name', () => {
    expect(handRules('Hair loss after surgery is common and worth a call to our team.', reply('Two months after my bypass and my hair loss is scary'))).toContain('phi.diagnosis.person-linked');
    expect(handRules("Ménière's can be so isolating. Our balance class meets Tuesdays.", reply("I was just diagnosed with Ménière's and I'm scared."))).toContain('phi.diagnosis.person-linked');
    expect(handRules('Congrats to Marisol Prewitt, whose supply came back on domperidone!')).toContain('phi.medication.person-linked');
  });

  it('the place a relative lives, said back', () => {
    expect(handRules('Our therapy dog visits Maple Court Manor every month!', reply('My grandpa at Maple Court Manor in Elm Park has Parkinson’s. Can your dog visit?'))).toContain('phi.location.restated-home');
    expect(blockingRules('Families can get daily updates from our ICU liaison program.', reply('My dad is in the ICU and I live far away.'))).not.toContain('phi.location.restated-home');
  });

  it('a resident named beside our memory care wing', () => {
    expect(handRules('Bingo queen of the week: Dot, the sweetest lady in our Memory Care wing, won four games in a row!')).toContain('phi.name.given-name');
  });

  it('a reply that says the relative asked about is settled in', () => {
    expect(handRules('Yes! He’s all settled in and can see visitors after 2pm.', reply('Can I visit my uncle today?'))).toContain('confirmation.home-and-mending');
  });
});

// probe436 and probe439 (studied).
describe('round four', () => {
  it('a condition after a self-introduction of four words ("Type 1 diabetic rancher here")', () => {
    expect(handRules('Our team can help with insulin pump supplies for type 1 diabetes.', reply('Type 1 diabetic farmer here, do you stock pump supplies?'))).toContain('phi.diagnosis.person-linked');
  });

  it('a doctor who still mentions "your case"', () => {
    expect(handRules('She brings up your case with every new resident.', reply('Does Dr. Marsh remember me from 2019?'))).toContain('confirmation.your-care-record');
    expect(blockingRules('In your case, the best first step is a call to our nurse line.', reply('Is there a number for questions?'))).not.toContain('confirmation.your-care-record');
  });
});

// probe444 and probe447 (studied).
describe('round five: replies that call the commenter a patient', () => {
  it('thanks for being a loyal patient of one of our services', () => {
    expect(handRules('Thank you for being such a faithful lab patient for so long!', reply('I have had my bloodwork done with you for ten years.'))).toContain('confirmation.our-patient');
  });

  it('a relative named in Spanish kin words who needs a specialist, named back', () => {
    expect(handRules('Our Cardiology team has Spanish interpreters. Rosario can call (555) 300-1200 anytime.', reply('my abuela Rosario needs a Spanish-speaking cardiologist'))).toContain('phi.name.relative-said-back');
  });

  it('glad to see a former patient join us', () => {
    expect(handRules('How great to see a former patient apply to our nursing program!', reply('You fixed my knee in 2020 and now I want to be a nurse.'))).toContain('confirmation.our-patient');
  });
});

// probe448, probe450 and probe453 (studied).
describe('round six', () => {
  it('replies that show we hold or act on their care', () => {
    expect(handRules('Done! We’ve cancelled Friday’s appointment; call us to pick a new time.', reply('I need to cancel my Friday visit.'))).toContain('confirmation.ongoing-care');
    expect(handRules('Our pharmacy has your insurance details on file already.', reply('Do I need to bring my card again?'))).toContain('confirmation.ongoing-care');
    expect(handRules('Thanks for coming! Great job on those cholesterol numbers!', reply('Loved the health fair!'))).toContain('confirmation.ongoing-care');
    expect(handRules('Our sonographers said you were so calm!', reply('Thank you to the ultrasound team!'))).toContain('confirmation.staff-speaks-of-you');
  });

  it('Spanish teasers: what doctors do not want you to know, and what you will not believe', () => {
    expect(blockingRules('El truco que los médicos no quieren que sepas 👀')).toContain('clickbait.spanish-teaser');
    expect(blockingRules('Lo que vimos en la clínica no lo vas a creer. Mañana te contamos.')).toContain('clickbait.spanish-teaser');
  });
});

// probe456 and probe459 (studied).
describe('round seven', () => {
  it('a liver enzyme value said back', () => {
    expect(handRules('An AST of 95 is worth a call to our nurse line.', reply('My AST came back 95 and I am scared.'))).toContain('phi.lab.restated-reading');
  });

  it('a volunteer whose treatment with us the post tells', () => {
    expect(handRules('Welcome back Marisol Treviño, who started methadone with us in 2021 and now volunteers at our front desk!')).toContain('phi.medication.person-linked');
    expect(handRules('Welcome Marisol Treviño, who started working with us in 2021 as a volunteer!')).not.toContain('phi.name.given-name');
  });

  it('"We do!" to whether we still have a relative’s test', () => {
    expect(handRules('We do! We can send it to her new school.', reply("Do you still have my son's concussion test from last spring?"))).toContain('confirmation.answers-yes');
  });
});

describe('what is nobody’s', () => {
  it('a treatment room named in the comment and the reply', () => {
    expect(blockingRules('Yes, one adult may join you in the dialysis room.', reply('Can my sister sit with me in the dialysis room?'))).not.toContain('phi.procedure.person-linked');
  });

  it('an eponymous disease of many patients', () => {
    expect(phiTexts("Sjögren's can make your eyes and mouth dry. Talk to your care team.")).toEqual([]);
  });

  it('what one of our doctors says, in lower case after "says"', () => {
    expect(handRules('Thinking about pregnancy with lupus? Dr. Hannah Brooks says outcomes are better when the lupus has been quiet for months.')).not.toContain('phi.name.introduced');
  });

  it('foster parents and foster care', () => {
    expect(phiTexts('Foster families are invited to our back-to-school clinic. Foster care questions? Ask us after the talk.')).toEqual([]);
    expect(phiTexts('Congratulations to Dana Foster on her retirement after 30 years with our lab!')).toContain('Dana Foster');
  });

  it('how early to arrive', () => {
    expect(blockingRules('We suggest arriving 20 minutes early and bringing a list of your medicines.', reply('When should I get there for my first visit?'))).not.toContain('advice.hedged');
    expect(blockingRules('I would suggest you stop the statin for a week.', reply('My statin gives me muscle aches'))).toContain('advice.hedged');
  });

  it('a month beside the share of our staff', () => {
    expect(blockingRules('Since June, 97% of our staff have finished new privacy training, and phishing clicks fell from 12% to 4%.')).not.toContain('phi.date.care-month');
  });

  it('labs that can be drawn at any of our locations', () => {
    expect(blockingRules('Labs can be drawn at our Shelbyville office too.', reply('Can I get my cholesterol labs drawn closer to home?'))).not.toContain('phi.lab.person-linked');
  });

  it("the Adam's apple, and a physician of medicine's past", () => {
    expect(phiTexts("Feel for a lump just below your Adam's apple when you swallow.")).toEqual([]);
    expect(blockingRules('In 1921, Canadian surgeon Frederick Banting and Charles Best isolated insulin, which turned type 1 diabetes from a death sentence into a condition.')).toEqual([]);
    expect(blockingRules('Scottish physician Jonas Whitcombe first described the condition in his patients.')).toEqual([]);
  });

  it('a room of a public venue, and an info session in a meeting room', () => {
    expect(blockingRules('Free blood pressure checks at the Spring Health Fair, Saturday 10am–2pm, Room 12 of the Elm Park Library.')).not.toContain('phi.location.room');
    expect(blockingRules('Knee replacement info session: Tuesday, May 6, 6pm, Conference Room B. Learn what surgery and recovery involve.')).not.toContain('phi.location.room');
  });

  it('what anyone on a plan should make sure of', () => {
    expect(blockingRules('Yes, we take it. If you have an HMO plan, make sure your referral is on file before you come.', reply('Do you take Blue Shield HMO?'))).not.toContain('confirmation.your-care-record');
    expect(handRules('We made sure your referral is on file.', reply('Did you get my referral?'))).toContain('confirmation.your-care-record');
  });

  it('a month of many visits, and a clinic closing early on a holiday', () => {
    expect(blockingRules('Of the 112 asthma-related Urgent Care visits we saw last October, most came after the first cold snap.')).not.toContain('phi.date.care-month');
    expect(blockingRules('Infusion patients: our Oak Hill clinic closes at noon on Wednesday, Nov. 26 for Thanksgiving.')).not.toContain('phi.date.care');
  });

  it('a job posting number', () => {
    expect(blockingRules('Apply online and mention requisition RN-2026-114 in your letter.', reply('Are you hiring nurses?'))).not.toContain('phi.id.code');
    expect(blockingRules('Please bring your member code RN-2026-114 to the desk.')).toContain('phi.id.code');
  });

  it('testing we offer', () => {
    expect(blockingRules('Free, confidential HIV testing is offered at every site.', reply('Where can I get tested for HIV? asking for a friend'))).not.toContain('phi.diagnosis.person-linked');
  });

  it('a police officer thanked for carrying naloxone, but not one whose stitches we tell of', () => {
    expect(blockingRules('Thank you, Officer Rita Baines, for carrying naloxone on every shift! Officer Baines has reversed 3 overdoses this year.')).toEqual([]);
    expect(blockingRules('Officer Rita Baines here: thank you to the ER team who took care of my arm. 9 stitches and back at work!')).not.toEqual([]);
  });
});
