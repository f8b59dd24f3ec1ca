import fc from 'fast-check';
import { digitFacts } from '../phi-scan';

/** The character loop digitFacts replaced. */
function loopFacts(text: string): { longestDigitRun: number; capsThenDigit: boolean } {
  let longestDigitRun = 0;
  let run = 0;
  let caps = 0;
  let capsThenDigit = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (caps >= 2) capsThenDigit = true;
      run++;
      if (run > longestDigitRun) longestDigitRun = run;
      caps = 0;
    } else {
      run = 0;
      caps = c >= 65 && c <= 90 ? caps + 1 : 0;
    }
  }
  return { longestDigitRun, capsThenDigit };
}

describe('digitFacts', () => {
  it('finds the longest digit run and two capitals before a digit', () => {
    expect(digitFacts('IBAN DE89 3704, call 555-0134')).toEqual({ longestDigitRun: 4, capsThenDigit: true });
    expect(digitFacts('A1B2 no digits run ٣٤٥')).toEqual({ longestDigitRun: 1, capsThenDigit: false });
    expect(digitFacts('')).toEqual({ longestDigitRun: 0, capsThenDigit: false });
  });

  it('agrees with a character loop for any text', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('A', 'B', 'z', '1', '23', '٣', ' ', '-', 'É', '\n'), { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      expect(digitFacts(text)).toEqual(loopFacts(text));
    }), { numRuns: 3000 });
  });
});
