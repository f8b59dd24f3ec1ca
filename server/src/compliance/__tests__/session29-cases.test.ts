import { blockingRules, handWrittenBlockingRules as handRules, reply } from './check-post';

// Session 29: causes found on the study sets probe214–217 once they were scored blind and read, weighed over every
// labelled item that is not held out; the cases are new variants, not their items.

describe('the confirmation model is heard again when the reply speaks of the person’s care', () => {
  it('a comment about volunteering or donating does not excuse "glad you are feeling better"', () => {
    expect(
      blockingRules(
        'Glad you are feeling better! Our nurses said you were so brave.',
        reply('I was the one who got dizzy at your blood drive last week haha')
      )
    ).toContain('reply-risk-model.patient-confirmation');
    expect(
      blockingRules(
        'Thank you for volunteering! See you at your next shift.',
        reply('Loved volunteering at the flu clinic today!')
      )
    ).toEqual([]);
  });

  it('a shift, an orientation or an interview is work, not a visit', () => {
    expect(
      handRules('Welcome aboard, Dana! See you at your first shift on Monday.', reply('Just finished volunteer orientation!'))
    ).toEqual([]);
    expect(handRules('See you at your follow-up on Monday!', reply('Thanks for squeezing me in'))).toContain(
      'confirmation.dated-care'
    );
  });

  it('we hold their orders or know their room', () => {
    expect(
      handRules(
        'Yes! Your mom’s orders are already in, so she can walk right in.',
        reply('Does the lab take walk-ins? Mom needs bloodwork')
      )
    ).toContain('confirmation.has-their-orders');
    expect(
      handRules(
        'Of course! Our volunteers know his room and will bring the balloons up.',
        reply('Can I send balloons to my grandpa upstairs?')
      )
    ).toContain('confirmation.has-their-orders');
    expect(
      handRules('Once your doctor’s orders are in, you can walk in any weekday.', reply('Does the lab take walk-ins?'))
    ).toEqual([]);
  });
});

describe('advice that tells someone not to wait', () => {
  it('"don’t wait and see" sends them to care', () => {
    expect(
      handRules(
        'Please don’t wait and see. Call our Front Desk at (555) 300-1000 today.',
        reply('Rash spreading since yesterday, ER or wait?')
      )
    ).toEqual([]);
    expect(
      handRules(
        'Do not wait a few days with a bite like that; call our nurse line now.',
        reply('Dog bite on my hand, should I wait?')
      )
    ).toEqual([]);
    expect(handRules('I would just wait and see for now.', reply('Rash spreading since yesterday, ER or wait?'))).toContain(
      'advice.discourages-care'
    );
  });
});

describe('PHI of one of our own people', () => {
  it('a colleague described by their work here, with their own illness or care', () => {
    expect(
      handRules('Please keep one of our own in your thoughts: our night-shift registrar was diagnosed with leukemia last week.')
    ).not.toEqual([]);
    expect(
      handRules('A member of our dietary team, a mom of three and a two-time lymphoma survivor, just finished her degree.')
    ).not.toEqual([]);
    expect(handRules('Our volunteer coordinator shares five signs of stroke everyone should know.')).toEqual([]);
  });

  it('a baby welcomed, or arrived, with the family named', () => {
    expect(handRules('Congratulations to the Okafor family, who welcomed twins at 3:40am!')).not.toEqual([]);
  });
});

describe('clean posts the gate no longer blocks', () => {
  it('a share of many patients is a statistic', () => {
    const answer = reply('As a school nurse I love these numbers. What is your HPV vaccine rate for preteens?');
    expect(
      blockingRules(
        'Thanks! As of June, 72% of our patients aged 11–12 had started the HPV series, up from 60% last year.',
        answer
      )
    ).toEqual([]);
  });

  it('languages are no one’s hometown', () => {
    expect(
      handRules('Our interpreters covered 28 languages last year, from Spanish and Somali to ASL. Just ask at the front desk.')
    ).toEqual([]);
  });

  it('a therapy animal’s name and age are no one’s', () => {
    const phiRules = blockingRules(
      'Meet Waffles, a 7-year-old golden retriever who visits our hospice families with her handler every Friday 🐾'
    ).filter((rule) => rule.startsWith('phi'));
    expect(phiRules).toEqual([]);
  });
});
