import { asciiWords, hasAnyOf } from '../../text/ascii-words';
import { findCapsFear, TEASER_RULES } from '../health-teaser-rules';

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

describe('the wont-believe gate', () => {
  const rule = TEASER_RULES.find((r) => r.id === 'clickbait.wont-believe')!;
  const gated = (text: string) => hasAnyOf(asciiWords(text), rule.anyOf) || (rule.orIncludes ?? []).some((s) => text.includes(s));

  it('lets every alternative of the rule through', () => {
    const phrases = [
      "You won't believe this.", 'You can’t guess it.', 'It will blow your mind.', 'Blow your mind today.', 'See what happens next.',
      'Here’s what happened.', 'This might surprise you.', 'Everyone is talking about it.', 'The last one will shock you.',
      'Number 4 might be in your fridge.', 'No. 3 is going to surprise you.', 'NO.3 could help.', 'nO. 12 may vary.',
      'Nobody saw this coming.', 'The results weren’t what we expected.',
    ];
    for (const phrase of phrases) {
      expect([phrase, rule.pattern.test(phrase)]).toEqual([phrase, true]);
      expect([phrase, gated(phrase)]).toEqual([phrase, true]);
    }
  });

  it('skips posts whose only cue words are "last" and "no"', () => {
    expect(gated('Our nurses answered 40 questions last month. No appointment needed.')).toBe(false);
  });
});
