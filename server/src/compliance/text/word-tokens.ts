import { classesGeneration, classesOf } from '../vocab/word-classes';
import { FOLD_HASH_START, foldHash, FoldedWordTable } from './folded-word-table';

export interface WordToken {
  /** The word as written. */
  raw: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  /** `lower` without a possessive 's. */
  bare: string;
  start: number;
  end: number;
  /** Letters only, apart from inner apostrophes and hyphens (no digits or other numerals). */
  letters: boolean;
  /** Word classes (vocab/word-classes) of `lower`, and of `bare`: every list check on the token is a bit test. */
  classes: number;
  bareClasses: number;
}

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}]/u;
const NON_ASCII_NUMERAL = /\p{N}/u;

function isNumeral(code: number, text: string, i: number): boolean {
  if (code < 128) return code >= 48 && code <= 57;
  return NON_ASCII_NUMERAL.test(text.charAt(i));
}

/** 1 for ASCII letters and digits, so the hot loop is a table lookup. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = 1;

const LOWER = 1;
const DIGIT = 2;
const UPPER = 3;
/** Kind of each ASCII word character (0 for the rest). */
const ASCII_KIND = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ASCII_KIND[c] = LOWER;
for (let c = 48; c <= 57; c++) ASCII_KIND[c] = DIGIT;
for (let c = 65; c <= 90; c++) ASCII_KIND[c] = UPPER;

function isWordChar(code: number, text: string, i: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  // Only non-ASCII characters pay for a one-character string and a Unicode test.
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return NON_ASCII_WORD_CHAR.test(text.charAt(i));
}

/** Lower-case forms and classes of the ASCII words seen so far (all but the odd accented word). */
const seen = new FoldedWordTable(classesOf, 1 << 16);
let seenGeneration = -1;

/** Words: letters and digits, with inner apostrophes and hyphens ("don't", "covid-19"). Hand-rolled for speed. */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  const n = text.length;
  if (seenGeneration !== classesGeneration()) {
    seen.clear();
    seenGeneration = classesGeneration();
  }
  seen.makeRoom(n);
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (!isWordChar(code, text, i)) {
      i++;
      continue;
    }
    const start = i;
    // Lower-casing and apostrophe clean-up are skipped for the common all-lower ASCII word.
    let plain = code >= 97 && code <= 122 || code >= 48 && code <= 57;
    let letters = !isNumeral(code, text, i);
    // Numbers ("2026", "555-0134") belong to no word class and are never looked up.
    let number = code >= 48 && code <= 57;
    // ASCII words (curly apostrophes allowed) are found in `seen` by this hash of their lower-case form.
    let ascii = code < 128;
    let hash = foldHash(FOLD_HASH_START, code);
    i++;
    for (;;) {
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c < 128 && ASCII_KIND[c] !== 0) {
        // The common case, by a table lookup: the same updates as below for an ASCII letter or digit.
        const k = ASCII_KIND[c];
        if (k === DIGIT) letters = false;
        else {
          number = false;
          if (k === UPPER) plain = false;
        }
        hash = Math.imul(hash ^ (k === UPPER ? c + 32 : c), 0x01000193);
        i++;
        continue;
      }
      if (isWordChar(c, text, i)) {
        if (!(c >= 97 && c <= 122) && !(c >= 48 && c <= 57)) plain = false;
        if (letters && isNumeral(c, text, i)) letters = false;
        if (number && !(c >= 48 && c <= 57)) number = false;
        if (c >= 128) ascii = false;
        hash = foldHash(hash, c);
        i++;
        continue;
      }
      // An apostrophe or hyphen stays inside a word only when a word character follows it.
      if ((c === 39 || c === 0x2019 || c === 45) && i + 1 < n && isWordChar(text.charCodeAt(i + 1), text, i + 1)) {
        if (c === 0x2019) plain = false;
        if (letters && isNumeral(text.charCodeAt(i + 1), text, i + 1)) letters = false;
        const d = text.charCodeAt(i + 1);
        if (d >= 128) ascii = false;
        hash = foldHash(foldHash(hash, c), d);
        i += 2;
        if (number && !(text.charCodeAt(i - 1) >= 48 && text.charCodeAt(i - 1) <= 57)) number = false;
        if (plain) {
          if (!(d >= 97 && d <= 122) && !(d >= 48 && d <= 57)) plain = false;
        }
        continue;
      }
      break;
    }
    let raw: string;
    let lower: string;
    let classes: number;
    if (ascii && !number) {
      const id = seen.find(text, start, i, hash >>> 0);
      lower = seen.words[id] as string;
      classes = seen.values[id] as number;
      raw = plain ? lower : text.slice(start, i);
    } else {
      raw = text.slice(start, i);
      lower = raw;
      if (!plain) {
        lower = raw.toLowerCase();
        if (lower.includes('’')) lower = lower.replace(/’/g, "'");
      }
      classes = number ? 0 : classesOf(lower);
    }
    const len = lower.length;
    const possessive = len > 2 && lower.charCodeAt(len - 1) === 115 && lower.charCodeAt(len - 2) === 39;
    const bare = possessive ? lower.slice(0, -2) : lower;
    tokens.push({ raw, lower, bare, start, end: i, letters, classes, bareClasses: possessive ? classesOf(bare) : classes });
  }
  return tokens;
}

export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const first = word[0] as string;
  return first !== first.toLowerCase();
}

export function isAllCaps(word: string): boolean {
  if (word.length < 2) return false;
  let letter = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letter = true;
    else if (c >= 128) return isAllCapsUnicode(word);
  }
  return letter;
}

function isAllCapsUnicode(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}
