import fc from 'fast-check';
import { indexDirectory } from '../../directory/directory-index';
import { scanText, type PhiScan } from '../phi-scan';
import { isTitleCased } from '../title-case';
import { isCapitalised } from '../../text/word-tokens';

/** The word-by-word count isTitleCased answered before it kept running counts. */
function titleCasedByWalking(scan: PhiScan, offset: number, skipFrom: number, skipTo: number): boolean {
  const s = scan.sentenceOf(offset);
  let words = 0;
  let capitalised = 0;
  for (const t of scan.tokens) {
    if (t.start < s.start || t.start >= s.end) continue;
    if ((t.start >= skipFrom && t.end <= skipTo) || !t.letters || t.raw.length < 3 || t.lower.startsWith("i'")) continue;
    words++;
    if (isCapitalised(t.raw)) capitalised++;
  }
  return words >= 4 && capitalised * 4 >= words * 3;
}

describe('isTitleCased', () => {
  const dir = indexDirectory({ organisation: 'Riverside Family Health', staff: [], departments: [] });

  it('reads a headline as title case, but not a sentence with a name in it', () => {
    const headline = scanText('Storm Carlos Heads For The Coast Tonight', 'post', dir);
    const sentence = scanText('Thanks to Maria Lopez for the lovely flowers at the front desk.', 'post', dir);
    expect(isTitleCased(headline, 0, 6, 12)).toBe(true);
    expect(isTitleCased(sentence, 0, 10, 21)).toBe(false);
  });

  it('answers what a word-by-word count answers, for any sentence and skipped span', () => {
    const piece = fc.constantFrom('Storm', 'Carlos', 'heads', 'For', 'the', 'I', "I'm", 'Dr.', 'Maria', 'ok', '42', 'ÉLAN', 'x-ray', '. ', '! ', '\n', ' ', ', ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 160 }), fc.boolean(), fc.nat(), fc.integer({ min: -1, max: 300 }), fc.nat(60), (pieces, oneSentence, at, skipFrom, skipLength) => {
        // One long sentence too: long sentences are counted once and remembered, short ones counted per question.
        const text = (oneSentence ? pieces.filter((p) => !/[.!\n]/.test(p)) : pieces).join(' ');
        const scan = scanText(text, 'post', dir);
        const offset = text.length === 0 ? 0 : at % text.length;
        const skipTo = skipFrom < 0 ? -1 : skipFrom + skipLength;
        expect(isTitleCased(scan, offset, skipFrom, skipTo)).toBe(titleCasedByWalking(scan, offset, skipFrom, skipTo));
      }),
      { numRuns: 1500 },
    );
  });
});
