/** Flesch–Kincaid grade level with a heuristic English syllable count, in one pass over the text. */

export interface ReadabilityStats {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}

/** Per ASCII code: 1 = letter, 2 = vowel (a e i o u y, either case); one table load per character. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = ASCII_CLASS[c + 32] = 1;
for (const v of 'aeiouyAEIOUY') ASCII_CLASS[v.charCodeAt(0)] = 3;

function isLetter(c: number): boolean {
  return c < 128 && (ASCII_CLASS[c] as number) !== 0;
}

function isVowel(c: number): boolean {
  return c < 128 && (ASCII_CLASS[c] as number) === 3;
}

/** Vowel groups, minus a silent final "e" / "es" / "ed" after a consonant; at least one. */
export function countSyllables(word: string): number {
  let groups = 0;
  let prevVowel = false;
  for (let i = 0; i < word.length; i++) {
    const v = isVowelAt(word.charCodeAt(i), i === 0);
    if (v && !prevVowel) groups++;
    prevVowel = v;
  }
  return syllables(word, 0, word.length, groups);
}

/** A "y" opening a word is a consonant. */
function isVowelAt(c: number, first: boolean): boolean {
  return isVowel(c) && !(first && (c | 32) === 121);
}

/**
 * Syllables of text[start, end), given its vowel groups counted over the whole word. A silent
 * final "e" (or the "e" of "es"/"ed") follows a consonant, so it is a group of its own: dropping
 * it drops exactly one group, and the word needs one walk instead of two.
 */
function syllables(text: string, start: number, end: number, groups: number): number {
  const len = end - start;
  if (len <= 3) return 1;
  const last = text.charCodeAt(end - 1) | 32;
  const beforeLast = text.charCodeAt(end - 2) | 32;
  let silent = false;
  if (last === 101 && !isVowel(text.charCodeAt(end - 2)) && beforeLast !== 108) silent = true; // -e, not -le
  else if ((last === 115 || last === 100) && beforeLast === 101 && len > 4 && !isVowel(text.charCodeAt(end - 3)) && (text.charCodeAt(end - 3) | 32) !== 108) {
    silent = true; // -es, -ed
  }
  return Math.max(1, silent ? groups - 1 : groups);
}

export function fleschKincaid(text: string): ReadabilityStats {
  let words = 0;
  let syllableCount = 0;
  let sentences = 0;
  let sawWordSinceEnd = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      const start = i;
      let groups = 0;
      let prevVowel = false;
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (!isLetter(d)) break;
        const v = isVowelAt(d, i === start);
        if (v && !prevVowel) groups++;
        prevVowel = v;
      }
      const end = i;
      // Skip a contraction tail ("don't", "it’s") so it stays one word.
      if (i + 1 < n && (text.charCodeAt(i) === 39 || text.charCodeAt(i) === 0x2019) && isLetter(text.charCodeAt(i + 1))) {
        i++;
        while (i < n && isLetter(text.charCodeAt(i))) i++;
      }
      words++;
      syllableCount += syllables(text, start, end, groups);
      sawWordSinceEnd = true;
      continue;
    }
    if ((c === 46 || c === 33 || c === 63 || c === 10) && sawWordSinceEnd) {
      // A full stop inside "U.S." or "3.5" is not a sentence end.
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 32;
      if (c !== 46 || next === 32 || next === 10 || next === 34 || next === 41 || i + 1 >= n) {
        sentences++;
        sawWordSinceEnd = false;
      }
    }
    i++;
  }
  if (sawWordSinceEnd) sentences++;
  return new Counts(words, Math.max(1, sentences), syllableCount);
}

// The grade is worked out on demand rather than stored in a fresh object: storing that fraction made Node 20
// deoptimise fleschKincaid on nearly every call ("lost precision"), which cost ~10 µs per check.
class Counts implements ReadabilityStats {
  constructor(
    readonly words: number,
    readonly sentences: number,
    readonly syllables: number,
  ) {}

  get grade(): number {
    const w = Math.max(1, this.words);
    return 0.39 * (w / this.sentences) + 11.8 * (this.syllables / w) - 15.59;
  }
}
