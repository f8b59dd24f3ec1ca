import { isCapitalised, type WordToken } from '../text/word-tokens';
import type { PhiScan } from './phi-scan';

/** Index of the first token starting at or after `offset` (tokens are in text order). */
export function firstTokenAt(tokens: readonly WordToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as WordToken).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Headline style ("Storm Carlos Heads For The Coast"): three in four words of the sentence around
 * `offset` are capitalised, so capitals say nothing about names. Words inside [skipFrom, skipTo) — the
 * name being judged — and "I", "I'm" are not counted.
 */
export function isTitleCased(scan: PhiScan, offset: number, skipFrom: number, skipTo: number): boolean {
  const s = scan.sentenceOf(offset);
  let words = 0;
  let capitalised = 0;
  const tokens = scan.tokens;
  for (let i = firstTokenAt(tokens, s.start); i < tokens.length; i++) {
    const t = tokens[i] as WordToken;
    if (t.start >= s.end) break;
    if ((t.start >= skipFrom && t.end <= skipTo) || !t.letters || t.raw.length < 3 || t.lower.startsWith("i'")) continue;
    words++;
    if (isCapitalised(t.raw)) capitalised++;
  }
  return words >= 4 && capitalised * 4 >= words * 3;
}
