import fc from 'fast-check';
import { digitFacts, type DigitFacts } from '../phi-scan';

/** The character loop digitFacts replaced. */
function loopFacts(text: string): DigitFacts {
  let longestDigitRun = 0;
  let longestDigitChain = 0;
  let chain = 0;
  let run = 0;
  let caps = 0;
  let capsThenDigit = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (caps >= 2) capsThenDigit = true;
      run++;
      if (run > longestDigitRun) longestDigitRun = run;
      const gap = text[i - 1];
      chain = run === 1 && (gap === ' ' || gap === '-') && /\d/.test(text[i - 2] ?? '') ? chain + 1 : run === 1 ? 1 : chain + 1;
      if (chain > longestDigitChain) longestDigitChain = chain;
      caps = 0;
    } else {
      run = 0;
      caps = c >= 65 && c <= 90 ? caps + 1 : 0;
    }
  }
  return {
    longestDigitRun,
    longestDigitChain,
    capsThenDigit,
    capsBeforeFourDigits: /[A-Z]-?\d{4}/.test(text),
    numericDateShape: /(?<!\d)\d{1,2}[/.-]\d/.test(text),
    isoDateShape: /(?<!\d)(?:19|20)\d{2}-\d/.test(text),
    ssnShape: /\d([- ])\d{2}\1\d/.test(text),
    ageDigitShape: /(?<!\d)\d{1,3}[yY]|[aA]t (?<!\d)\d{1,3},/.test(text),
    houseNumberShape: /(?<!\d)\d{1,6}\s+(?:[A-Z]|(?!\s)[^\x00-\x7f]|ul\.|rue|via|calle|rua|avenida)/.test(text),
    phoneCueShape: /(?<![A-Za-z])(?:phone|tel|telephone|mobile|cell|fax|desk|office|home|work|pager|at|on|is|number)[\s:#]*\+?\(?\d/i.test(text),
  };
}

describe('digitFacts', () => {
  it('finds the longest digit run and two capitals before a digit', () => {
    expect(digitFacts('IBAN DE89 3704, call 555-0134')).toEqual({ longestDigitRun: 4, longestDigitChain: 7, capsThenDigit: true, capsBeforeFourDigits: false, numericDateShape: false, isoDateShape: false, ssnShape: false, ageDigitShape: false, houseNumberShape: false, phoneCueShape: false });
    expect(digitFacts('A1B2 no digits run ٣٤٥')).toEqual({ longestDigitRun: 1, longestDigitChain: 1, capsThenDigit: false, capsBeforeFourDigits: false, numericDateShape: false, isoDateShape: false, ssnShape: false, ageDigitShape: false, houseNumberShape: false, phoneCueShape: false });
    expect(digitFacts('')).toEqual({ longestDigitRun: 0, longestDigitChain: 0, capsThenDigit: false, capsBeforeFourDigits: false, numericDateShape: false, isoDateShape: false, ssnShape: false, ageDigitShape: false, houseNumberShape: false, phoneCueShape: false });
  });

  it('finds a capital, maybe and a hyphen, right before four digits', () => {
    expect(digitFacts('member A-12345').capsBeforeFourDigits).toBe(true);
    expect(digitFacts('code Z9876').capsBeforeFourDigits).toBe(true);
    expect(digitFacts('A--1234, a-1234, A 1234, A-123').capsBeforeFourDigits).toBe(false);
  });

  it('chains digit runs across one space or hyphen only', () => {
    expect(digitFacts('4111 1111-1111 1111').longestDigitChain).toBe(16);
    expect(digitFacts('555  201-1234, 12--34').longestDigitChain).toBe(7);
  });

  it('never says a numeric date, ISO date or SSN cannot be there when their patterns match', () => {
    const NUMERIC = /(?<![\d/])(?<!\d[.:,-])(0?[1-9]|1[0-2])([/.-])(0?[1-9]|[12]\d|3[01])(?:\2(\d{4}|\d{2}))?(?![\d/\p{L}]|:\d|\.\d|-\d|%)/u;
    const SSN = /\b\d{3}-\d{2}-\d{4}\b|\b\d{3} \d{2} \d{4}\b/;
    const ISO = /\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:[ T]\d{2}:\d{2}(?::\d{2})?)?\b/;
    fc.assert(fc.property(fc.array(fc.constantFrom('1', '12', '3', '123', '2024', '1999', '05', '31', '/', '.', '-', ' ', ':', 'a', 'T'), { maxLength: 20 }), (parts) => {
      const text = parts.join('');
      if (NUMERIC.test(text)) expect(digitFacts(text).numericDateShape).toBe(true);
      if (ISO.test(text)) expect(digitFacts(text).isoDateShape).toBe(true);
      if (SSN.test(text)) expect(digitFacts(text).ssnShape).toBe(true);
    }), { numRuns: 5000 });
  });

  it('never says a street line cannot start when its number, blanks and street word are there', () => {
    const STREET_START = /(?<![\p{L}\d\-/.:])(?:\d{1,6}\s+){1,2}(?:[\p{Lu}]|ul\.|rue|via|calle|rua|avenida)/u;
    fc.assert(fc.property(fc.array(fc.constantFrom('12', '1234567', ' ', '\u00a0', '\n', 'Main', 'main', 'rue', 'ul.', 'Élan', '\u{1D400}', 'x', '-', '/'), { maxLength: 12 }), (parts) => {
      const text = parts.join('');
      if (STREET_START.test(text)) expect(digitFacts(text).houseNumberShape).toBe(true);
    }), { numRuns: 5000 });
  });

  it('never says a cued phone number cannot be there when the cue pattern matches', () => {
    const CUED = /\b(?:phone|tel|telephone|mobile|cell|fax|desk|office|home|work|pager|call(?:ing)? (?:me |us )?(?:at|on)|answering at|reach (?:me|us) at|number(?: is)?)\s*[:#]?\s*\n?\s*(\+?\(?\d[\d ().\-]{4,18}\d)/i;
    const parts = ['Phone', 'tel', 'TEL', 'call', 'us', 'me', 'at', 'on', 'is', 'number', 'home', 'xhome', ' ', '\n', ':', '#', '+', '(', '555', '201-4000', '1234567', 'é', '_'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 10 }), (list) => {
      const text = list.join('');
      if (CUED.test(text)) expect(digitFacts(text).phoneCueShape).toBe(true);
    }), { numRuns: 5000 });
  });

  it('never says a card number cannot be there when the card pattern matches', () => {
    const CARD = /\b\d(?:[ -]?\d){11,18}\b/;
    fc.assert(fc.property(fc.array(fc.constantFrom('1', '23', '4567', ' ', '-', '  ', 'a', '.'), { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      if (CARD.test(text)) expect(digitFacts(text).longestDigitChain).toBeGreaterThanOrEqual(12);
    }), { numRuns: 3000 });
  });

  it('agrees with a character loop for any text', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('A', 'B', 'z', '1', '23', '4567', '1999', '٣', ' ', '-', '/', '.', 'É', '\n'), { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      expect(digitFacts(text)).toEqual(loopFacts(text));
    }), { numRuns: 3000 });
  });
});
