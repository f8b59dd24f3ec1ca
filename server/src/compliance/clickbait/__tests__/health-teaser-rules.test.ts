import { findCapsFear } from '../health-teaser-rules';

describe('findCapsFear', () => {
  it('finds fear words shouted in one sentence', () => {
    const text = 'Attention parents: STOP giving your kids this NOW';
    const run = findCapsFear(text);
    expect(run && text.slice(run.start, run.end)).toBe('STOP giving your kids this NOW');
  });

  it('finds three shouted words in a row', () => {
    expect(findCapsFear('THIS CHANGES EVERYTHING about sleep')).toBeDefined();
  });

  it('ignores medical acronyms and mnemonics', () => {
    expect(findCapsFear('Know the signs of stroke: BE FAST. Call 911.')).toBeUndefined();
    expect(findCapsFear('COPD, CHF and CKD clinics now share one front desk.')).toBeUndefined();
    expect(findCapsFear('RSV and MMR shots for kids, ICU tours for families.')).toBeUndefined();
  });

  it('ignores a single emphasised word', () => {
    expect(findCapsFear('True or false? TRUE: most adults need 7 hours of sleep.')).toBeUndefined();
  });
});
