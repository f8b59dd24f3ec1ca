import type TwitterText from 'twitter-text';
import { codePointBefore } from '../text/char-classes';

// Loaded on first use: requiring twitter-text costs ~100 ms, and most checks never need it.
let twitterText: typeof TwitterText | undefined;
function twitter(): typeof TwitterText {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  twitterText ??= require('twitter-text') as typeof TwitterText;
  return twitterText;
}

/**
 * X's weighted length (twitter-text config v3): URLs count 23, an emoji sequence counts 2, code
 * points in a few Latin/punctuation ranges count 1, everything else 2. twitter-text's parseTweet
 * is exact but costs tens of microseconds, so we walk the text ourselves (URLs still found by
 * twitter-text's own extractor) and only ask parseTweet when the text has emoji and the result
 * lands close to a limit, where an emoji-segmentation difference could matter.
 */

const URL_WEIGHT = 23;
const EMOJI_WEIGHT = 2;
const CLOSE_CALL = 6;

const EMOJI_RE =
  /\p{RI}\p{RI}|[#*0-9]\uFE0F?\u20E3|\p{Extended_Pictographic}(?:\uFE0F|\p{EMod})*(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{EMod})*)*/gu;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

function isLetterOrNumber(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122);
  return LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
}

/**
 * Same as /:\/\/|[\p{L}\p{N}]\.[\p{L}\p{N}]{2}/u.test(text), looking only around each '.': that regex
 * tried its Unicode classes at every position of the text (~1 µs on an X post).
 */
export function maybeUrl(text: string): boolean {
  if (text.includes('://')) return true;
  for (let i = text.indexOf('.', 1); i >= 0; i = text.indexOf('.', i + 1)) {
    const first = text.codePointAt(i + 1);
    if (first === undefined || !isLetterOrNumber(first)) continue;
    const second = text.codePointAt(i + 1 + (first > 0xffff ? 2 : 1));
    if (second !== undefined && isLetterOrNumber(second) && isLetterOrNumber(codePointBefore(text, i))) return true;
  }
  return false;
}
const MAYBE_EMOJI_RE = /[\u00A9\u00AE\u203C-\u3299\uD83C-\uD83E\u20E3]/;

function codePointWeight(cp: number): number {
  return cp <= 4351 || (cp >= 8192 && cp <= 8205) || (cp >= 8208 && cp <= 8223) || (cp >= 8242 && cp <= 8247) ? 1 : 2;
}

interface Entity {
  start: number;
  end: number;
  weight: number;
}

/**
 * twitter-text's validDomain ends in a dot and a known TLD, so every URL its extractor returns has one:
 * a text without it skips the extractor's single huge regex (~7 µs on a 280-character post).
 */
let dotThenTld: RegExp | undefined;
function mayHoldTwitterUrl(text: string): boolean {
  const { validGTLD, validCCTLD, validPunycode } = twitter().regexen;
  dotThenTld ??= new RegExp(`\\.(?:${validGTLD.source}|${validCCTLD.source}|${validPunycode.source})`, 'i');
  return dotThenTld.test(text);
}

function entities(text: string): Entity[] {
  const out: Entity[] = [];
  if (maybeUrl(text) && mayHoldTwitterUrl(text)) {
    for (const u of twitter().extractUrlsWithIndices(text)) out.push({ start: u.indices[0], end: u.indices[1], weight: URL_WEIGHT });
  }
  if (MAYBE_EMOJI_RE.test(text)) {
    EMOJI_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = EMOJI_RE.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      // twemoji treats a bare © or ® as text; only the emoji-presentation form counts 2.
      if (m[0] === '\u00A9' || m[0] === '\u00AE') continue;
      if (!out.some((e) => e.weight === URL_WEIGHT && start < e.end && end > e.start)) out.push({ start, end, weight: EMOJI_WEIGHT });
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * Walks the text accumulating weight; returns the total, or the UTF-16 offset of the first unit
 * that takes the total past `limit` when one is given.
 */
function walk(text: string, ents: Entity[], limit?: number): { total: number; overflowAt?: number } {
  let total = 0;
  let e = 0;
  let i = 0;
  while (i < text.length) {
    let weight: number;
    let next: number;
    if (e < ents.length && ents[e].start === i) {
      weight = ents[e].weight;
      next = ents[e].end;
      e++;
    } else {
      const cp = text.codePointAt(i) ?? 0;
      weight = codePointWeight(cp);
      next = i + (cp > 0xffff ? 2 : 1);
    }
    if (limit !== undefined && total + weight > limit) return { total: total + weight, overflowAt: i };
    total += weight;
    i = next;
  }
  return { total };
}

/** X counts the NFC form of the text. */
export function xWeightedLength(text: string): number {
  const nfc = text.normalize();
  return walk(nfc, entities(nfc)).total;
}

export interface XMeasure {
  length: number;
  /** Offset where the weighted length first passes `limit`; text.length when it never does. */
  overflowAt(limit: number): number;
}

/** Weighted length, exact (via parseTweet) when emoji are present and it lands near one of `limits`. */
export function measureX(text: string, limits: number[]): XMeasure {
  const ents = entities(text);
  const nfc = text.normalize();
  let length = walk(nfc, nfc === text ? ents : entities(nfc)).total;
  const hasEmoji = ents.some((e) => e.weight === EMOJI_WEIGHT);
  if ((hasEmoji || nfc !== text) && limits.some((l) => Math.abs(length - l) <= CLOSE_CALL)) {
    length = twitter().parseTweet(text).weightedLength;
  }
  return { length, overflowAt: (limit) => walk(text, ents, limit).overflowAt ?? text.length };
}
