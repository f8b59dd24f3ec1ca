import { isCapitalised } from '../text/word-tokens';
import type { PhiScan } from './phi-scan';

/**
 * Headline style ("Storm Carlos Heads For The Coast"): three in four words of the sentence around
 * `offset` are capitalised, so capitals say nothing about names. Words inside [skipFrom, skipTo) — the
 * name being judged — and "I", "I'm" are not counted.
 */
export function isTitleCased(scan: PhiScan, offset: number, skipFrom: number, skipTo: number): boolean {
  const s = scan.sentenceOf(offset);
  let words = 0;
  let capitalised = 0;
  for (const t of scan.tokens) {
    if (t.start < s.start) continue;
    if (t.start >= s.end) break;
    if ((t.start >= skipFrom && t.end <= skipTo) || !t.letters || t.raw.length < 3 || t.lower.startsWith("i'")) continue;
    words++;
    if (isCapitalised(t.raw)) capitalised++;
  }
  return words >= 4 && capitalised * 4 >= words * 3;
}
