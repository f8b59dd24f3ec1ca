import fc from 'fast-check';
import { countSyllables, fleschKincaid } from '../readability';

/** The two-walk syllable count readability.ts used before it counted vowel groups while reading the word. */
function referenceSyllables(word: string): number {
  const isVowel = (c: number) => 'aeiouy'.includes(String.fromCharCode(c | 32));
  const len = word.length;
  if (len <= 3) return 1;
  let stop = len;
  const last = word.charCodeAt(len - 1) | 32;
  const beforeLast = word.charCodeAt(len - 2) | 32;
  if (last === 101 && !isVowel(word.charCodeAt(len - 2)) && beforeLast !== 108) stop = len - 1;
  else if ((last === 115 || last === 100) && beforeLast === 101 && len > 4 && !isVowel(word.charCodeAt(len - 3)) && (word.charCodeAt(len - 3) | 32) !== 108) stop = len - 2;
  let groups = 0;
  let prev = false;
  for (let i = 0; i < stop; i++) {
    const c = word.charCodeAt(i);
    const v = isVowel(c) && !(i === 0 && (c | 32) === 121);
    if (v && !prev) groups++;
    prev = v;
  }
  return Math.max(1, groups);
}

const letters = fc.constantFrom(...'aeiouyAEYbcdlsLSDtr'.split(''));

describe('syllable count', () => {
  it('matches the two-walk count for any word (silent e, -es, -ed, -le, leading y)', () => {
    fc.assert(fc.property(fc.array(letters, { minLength: 1, maxLength: 10 }), (chars) => {
      const word = chars.join('');
      expect(countSyllables(word)).toBe(referenceSyllables(word));
    }), { numRuns: 3000 });
  });

  it('adds up the same per word inside a text', () => {
    const pieces = fc.oneof(fc.array(letters, { minLength: 1, maxLength: 9 }).map((c) => c.join('')), fc.constantFrom(' ', '. ', "'", '’', '!', '3.5', '\n', '-'));
    fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      // Words as fleschKincaid reads them: ASCII letter runs, a contraction tail not counted separately.
      let expected = 0;
      for (const m of text.matchAll(/[A-Za-z]+(?:['’][A-Za-z]+)?/g)) expected += referenceSyllables(/^[A-Za-z]+/.exec(m[0])![0]);
      expect(fleschKincaid(text).syllables).toBe(expected);
    }), { numRuns: 1000 });
  });
});
