import fc from 'fast-check';
import { wholeWordOccurrences } from '../whole-word';

/** The regex the finder stands in for. */
function byRegex(text: string, word: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(new RegExp(String.raw`(?<![\p{L}'’-])${word}(?:['’]s)?(?![\p{L}'’-])`, 'gu'))].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

describe('wholeWordOccurrences', () => {
  it('finds the word alone, with its possessive, and not inside other words', () => {
    const text = "Ray's fall, Raymond, O'Ray, Ray-Ban and Ray. Ray’s hip; Rays";
    expect(wholeWordOccurrences(text, 'Ray').map(({ start, end }) => text.slice(start, end))).toEqual(["Ray's", 'Ray', 'Ray’s']);
  });

  it('reads a letter outside the basic plane before or after the word as a letter', () => {
    expect(wholeWordOccurrences('𝐀Eli and Eli𝐀 and Eli', 'Eli')).toEqual([{ start: 20, end: 23 }]);
  });

  it('gives the same spans as the regex on any text', () => {
    const piece = fc.constantFrom('Eli', 'Ray', "'", '’', 's', 'S', '-', ' ', 'é', 'x', '.', '𝐀', '\ud835', '\udc00', '1', "'s", '’s');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), fc.constantFrom('Eli', 'Ray', 'Élodie'), (parts, word) => {
        const text = parts.join('');
        expect(wholeWordOccurrences(text, word)).toEqual(byRegex(text, word));
      }),
      { numRuns: 3000 },
    );
  });
});
