import { canonicalText } from '../canonical-text';
import { threadCounterStart } from '../thread-counter';

const counterOf = (text: string): string | undefined => {
  const start = threadCounterStart(text);
  return start === undefined ? undefined : text.slice(start);
};

describe('threadCounterStart', () => {
  it('finds the counter a text in a thread ends with', () => {
    expect(counterOf('Protection builds by the end of October. (1/2)')).toBe(' (1/2)');
    expect(counterOf('Our nurses are the best 🧵 2/5')).toBe(' 2/5');
    expect(counterOf('Meet us at the lobby desk (2/2)')).toBe(' (2/2)');
  });

  it('leaves a fraction, a score or a count past its total as written', () => {
    expect(counterOf('Take 1/2')).toBeUndefined();
    expect(counterOf('I scored 7/10')).toBeUndefined();
    expect(counterOf('Done! 3/2')).toBeUndefined();
    expect(counterOf('(1/2)')).toBeUndefined();
  });

  it('is cut with a signature on either side of it', () => {
    expect(canonicalText('So glad! (2/2) – The Care Team', { signature: true, threadCounter: true })?.text).toBe('So glad!');
    expect(canonicalText('So glad! – The Care Team (2/2)', { signature: true, threadCounter: true })?.text).toBe('So glad!');
  });
});
