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

/** Index of the first token ending after `offset` (token ends rise with their starts). */
function firstTokenEndingAfter(tokens: readonly WordToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as WordToken).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Running counts over a text's tokens of the words headline style counts, and of those capitalised. */
interface WordCounts {
  counted: Int32Array;
  capitalised: Int32Array;
}

const countsByTokens = new WeakMap<readonly WordToken[], WordCounts>();

function wordCounts(tokens: readonly WordToken[]): WordCounts {
  let counts = countsByTokens.get(tokens);
  if (counts) return counts;
  const counted = new Int32Array(tokens.length + 1);
  const capitalised = new Int32Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as WordToken;
    // "I", "I'm", short words and numbers say nothing about headline style.
    const countable = t.letters && t.raw.length >= 3 && !t.lower.startsWith("i'");
    counted[i + 1] = (counted[i] as number) + (countable ? 1 : 0);
    capitalised[i + 1] = (capitalised[i] as number) + (countable && isCapitalised(t.raw) ? 1 : 0);
  }
  countsByTokens.set(tokens, (counts = { counted, capitalised }));
  return counts;
}

/**
 * Headline style ("Storm Carlos Heads For The Coast"): three in four words of the sentence around
 * `offset` are capitalised, so capitals say nothing about names. Words inside [skipFrom, skipTo) — the
 * name being judged — and "I", "I'm" are not counted. Answered from running counts, since it is asked
 * once per name and a long text has thousands.
 */
export function isTitleCased(scan: PhiScan, offset: number, skipFrom: number, skipTo: number): boolean {
  const s = scan.sentenceOf(offset);
  const tokens = scan.tokens;
  const { counted, capitalised } = wordCounts(tokens);
  const from = firstTokenAt(tokens, s.start);
  const to = firstTokenAt(tokens, s.end);
  // The skipped tokens (inside [skipFrom, skipTo)) are the run from the first starting at skipFrom to the last ending by skipTo.
  const skipStart = Math.max(from, firstTokenAt(tokens, skipFrom));
  const skipEnd = Math.min(to, firstTokenEndingAfter(tokens, skipTo));
  const between = (sums: Int32Array, a: number, b: number) => (b > a ? (sums[b] as number) - (sums[a] as number) : 0);
  const words = between(counted, from, to) - between(counted, skipStart, skipEnd);
  const capitals = between(capitalised, from, to) - between(capitalised, skipStart, skipEnd);
  return words >= 4 && capitals * 4 >= words * 3;
}
