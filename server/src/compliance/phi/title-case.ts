import { isCapitalised, type WordToken } from '../text/word-tokens';
import type { PhiScan } from './phi-scan';
import type { Span } from '../text/sentences';

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

/** Words headline style counts: not "I", "I'm", short words or numbers. */
function countable(t: WordToken): boolean {
  return t.letters && t.raw.length >= 3 && !t.lower.startsWith("i'");
}

function countWords(tokens: readonly WordToken[], s: Span): readonly [number, number] {
  let words = 0;
  let capitalised = 0;
  for (let i = firstTokenAt(tokens, s.start); i < tokens.length; i++) {
    const t = tokens[i] as WordToken;
    if (t.start >= s.end) break;
    if (!countable(t)) continue;
    words++;
    if (isCapitalised(t.raw)) capitalised++;
  }
  return [words, capitalised];
}

/** Longer sentences than this are counted once and remembered; shorter ones are cheaper to count again. */
const REMEMBERED_SENTENCE = 400;

/** Counted and capitalised words per long sentence (by its start), per text: asked once per name, and a long text has thousands. */
const sentenceCounts = new WeakMap<readonly WordToken[], Map<number, readonly [number, number]>>();

function countsOf(tokens: readonly WordToken[], s: Span): readonly [number, number] {
  if (s.end - s.start <= REMEMBERED_SENTENCE) return countWords(tokens, s);
  let perSentence = sentenceCounts.get(tokens);
  if (!perSentence) sentenceCounts.set(tokens, (perSentence = new Map()));
  let counts = perSentence.get(s.start);
  if (!counts) perSentence.set(s.start, (counts = countWords(tokens, s)));
  return counts;
}

/**
 * Headline style ("Storm Carlos Heads For The Coast"): three in four words of the sentence around
 * `offset` are capitalised, so capitals say nothing about names. Words inside [skipFrom, skipTo) — the
 * name being judged — and "I", "I'm" are not counted.
 */
export function isTitleCased(scan: PhiScan, offset: number, skipFrom: number, skipTo: number): boolean {
  const s = scan.sentenceOf(offset);
  const tokens = scan.tokens;
  let [words, capitalised] = countsOf(tokens, s);
  for (let i = firstTokenAt(tokens, Math.max(s.start, skipFrom)); i < tokens.length; i++) {
    const t = tokens[i] as WordToken;
    if (t.start >= s.end || t.end > skipTo) break;
    if (!countable(t)) continue;
    words--;
    if (isCapitalised(t.raw)) capitalised--;
  }
  return words >= 4 && capitalised * 4 >= words * 3;
}
