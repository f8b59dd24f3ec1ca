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

describe('what is nobody’s', () => {
  it('a treatment room named in the comment and the reply', () => {
    expect(blockingRules('Yes, one adult may join you in the dialysis room.', reply('Can my sister sit with me in the dialysis room?'))).not.toContain('phi.procedure.person-linked');
  });

  it('an eponymous disease of many patients', () => {
    expect(phiTexts("Sjögren's can make your eyes and mouth dry. Talk to your care team.")).toEqual([]);
  });

  it('what one of our doctors says, in lower case after "says"', () => {
    expect(handRules('Dr. Aisha Bello says planning ahead helps most families.')).toEqual([]);
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
    expect(blockingRules('Since March, 98% of our employees have finished privacy training.')).not.toContain('phi.date.care-month');
  });
});
