/**
 * Hashed features for the clickbait model. Shared by the runtime scorer and the training script,
 * so both see exactly the same feature space.
 *
 * Everything is lowercased: the training negatives come from a few news desks that write in title
 * case, and a casing feature would learn "title case = news" and fail on other sources.
 */

export const FEATURE_BITS = 18;
export const FEATURE_DIM = 1 << FEATURE_BITS;
const MASK = FEATURE_DIM - 1;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

// Distinct seeds keep words, bigrams, char n-grams and style flags in separate hash streams.
const SEED_WORD = 0x1b873593;
const SEED_BIGRAM = 0x5bd1e995;
const SEED_CHAR = 0x27d4eb2f;
const SEED_STYLE = 0x165667b1;
const NUM_TOKEN = 0x2f1b3c4d;
const BOUNDARY = 0x3c2f733e;

function finish(h: number): number {
  return (h ^ (h >>> 15)) & MASK;
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, FNV_PRIME) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0x85ebca6b);
  return h ^ (h >>> 16);
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

const STYLE_HASHES = new Map<string, number>();
export function styleHash(flag: string): number {
  let h = STYLE_HASHES.get(flag);
  if (h === undefined) {
    h = (FNV_OFFSET ^ SEED_STYLE) >>> 0;
    for (let i = 0; i < flag.length; i++) h = Math.imul(h ^ flag.charCodeAt(i), FNV_PRIME);
    h = finish(h);
    STYLE_HASHES.set(flag, h);
  }
  return h;
}

const ENDS_WITH_QUESTION = /\?\s*$/;

let scratch = new Int32Array(1024);
let streamScratch = new Uint16Array(512);

/**
 * Writes the bucket of every feature of `raw` into a shared scratch buffer and returns it with the
 * count: lowercase words (digit runs become one number token), word bigrams with sentence
 * boundaries, char 3- and 4-grams over the word stream, and a few style flags (length bucket, leading
 * number, question, exclamation). The buffer is reused by the next call; copy it to keep it.
 */
export function collectFeatures(raw: string): { buckets: Int32Array; count: number } {
  // Worst case ("?!?!…"): two word features and four char n-grams per input character.
  const needed = raw.length * 6 + 16;
  if (scratch.length < needed) scratch = new Int32Array(needed * 2);
  const out = scratch;
  let count = 0;

  // Normalised word stream: words separated by single spaces; "?" and "!" kept as their own words.
  // Apostrophes stay inside words (curly ones folded to straight).
  if (streamScratch.length < raw.length * 2 + 2) streamScratch = new Uint16Array(raw.length * 4 + 2);
  const stream = streamScratch;
  let len = 0;
  stream[len++] = 32;
  let words = 0;
  let firstIsNumber = false;
  let wordHash = 0;
  let inWord = false;
  let allDigits = true;
  let prevWord = BOUNDARY;
  for (let i = 0; i <= raw.length; i++) {
    let c = i < raw.length ? lower(raw.charCodeAt(i)) : 32;
    if (c === 0x2019) c = 39;
    const apostropheInWord = c === 39 && inWord && i + 1 < raw.length && isWordChar(lower(raw.charCodeAt(i + 1)));
    const isBang = c === 63 || c === 33;
    if (isWordChar(c) || apostropheInWord) {
      if (!inWord) {
        inWord = true;
        allDigits = true;
        wordHash = FNV_OFFSET | 0;
      }
      if (c < 48 || c > 57) allDigits = false;
      wordHash = Math.imul(wordHash ^ c, FNV_PRIME);
      stream[len++] = c;
      continue;
    }
    // Close the current word, then treat "?" / "!" as a one-character word.
    for (let pass = 0; pass < 2; pass++) {
      if (pass === 1) {
        if (!isBang) break;
        inWord = true;
        allDigits = false;
        wordHash = Math.imul((FNV_OFFSET | 0) ^ c, FNV_PRIME);
        stream[len++] = c;
      }
      if (!inWord) continue;
      const w = allDigits ? NUM_TOKEN : wordHash;
      if (words === 0) firstIsNumber = allDigits;
      words++;
      out[count++] = finish(mix(SEED_WORD, w));
      out[count++] = finish(mix(SEED_BIGRAM, mix(prevWord, w)));
      prevWord = w;
      inWord = false;
      stream[len++] = 32;
    }
  }
  if (words > 0) out[count++] = finish(mix(SEED_BIGRAM, mix(prevWord, BOUNDARY)));

  // Each position's 3-gram, then its 4-gram (the 3-gram's hash carried on one more character).
  const charSeed = (FNV_OFFSET ^ SEED_CHAR) | 0;
  for (let i = 0; i + 3 <= len; i++) {
    const h1 = Math.imul(Math.imul(charSeed ^ stream[i], FNV_PRIME) ^ stream[i + 1], FNV_PRIME);
    const h3 = Math.imul(h1 ^ stream[i + 2], FNV_PRIME);
    out[count++] = finish(h3 ^ 2);
    if (i + 4 <= len) out[count++] = finish(Math.imul(h3 ^ stream[i + 3], FNV_PRIME) ^ 3);
  }

  out[count++] = styleHash(words <= 4 ? 'len:short' : words <= 8 ? 'len:mid' : words <= 14 ? 'len:long' : 'len:xlong');
  if (firstIsNumber) out[count++] = styleHash('start:number');
  if (ENDS_WITH_QUESTION.test(raw)) out[count++] = styleHash('end:question');
  if (raw.includes('!')) out[count++] = styleHash('has:exclaim');
  return { buckets: out, count };
}

export interface FeatureVector {
  indices: number[];
  /** Every feature has this value: binary features scaled to unit length. */
  value: number;
}

export function extractFeatures(raw: string): FeatureVector {
  const { buckets, count } = collectFeatures(raw);
  const indices = Array.from(buckets.subarray(0, count));
  return { indices, value: indices.length > 0 ? 1 / Math.sqrt(indices.length) : 0 };
}
