import { mayHoldAdvice } from '../advice-content';

describe('mayHoldAdvice', () => {
  it.each([
    'Children’s ibuprofen every 6 hours works well.',
    'Sounds like a sprain, ice it tonight.',
    'That’s totally normal, no need to worry.',
    'Ask to go home early — you’ll recover faster in your own bed.',
    'Keep it elevated for a day.',
  ])('lets the advice model read: %s', (text) => {
    expect(mayHoldAdvice(text)).toBe(true);
  });

  it.each(['Stickers make everything better! 😄', 'That’s huge — congratulations! 🎉', 'That’s amazing news — keep it up!'])(
    'keeps the advice model away from: %s',
    (text) => {
      expect(mayHoldAdvice(text)).toBe(false);
    },
  );
});
