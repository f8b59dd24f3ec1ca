import type { WordToken } from '../text/word-tokens';
import { isDictionaryWord } from '../vocab/english-words';
import { HEALTH_WORD } from '../vocab/health-term-index';
import { COMMON_WORD } from '../vocab/name-lexicon';
import { NOT_NAME_WORD, PERSON_TITLES } from '../vocab/name-stopwords';

/** What a word of a lower-case text is to be written with: as typed, its first letter in capitals, or all in capitals. */
export const NONE = 0;
export const INITIAL = 1;
export const ALL = 2;

/** "dr", "mrs", "sgt": titles put a name after them. */
export const TITLES: ReadonlySet<string> = new Set(PERSON_TITLES);

export const hasApostrophe = (word: string): boolean => word.includes("'") || word.includes('’');

/** A number token: "30", "12th", "3/14" (wordTokens gives digits their own tokens). */
export const startsWithDigit = (t: WordToken | undefined): boolean => !!t && !t.letters && t.raw.charCodeAt(0) >= 48 && t.raw.charCodeAt(0) <= 57;

/** The text between two tokens is one of `gaps` (" ", ", "…): cheaper than a regex per word. */
export const gapIs = (text: string, a: WordToken, b: WordToken, ...gaps: string[]): boolean => gaps.includes(text.slice(a.end, b.start));

/** Words that never open or sit inside a proper name here. */
export const FUNCTION_WORDS = new Set(
  `a an the this that these those my our your his her their its on at in of to from and or but for with by near off as
   is was are were be been has have had will would can could do did not no so if than then just very about into over
   up down out some any all each every who what when where which how why we you he she it they i me us him them
   also too more most much many few still even only there here`.split(/\s+/),
);

export const isSpace = (c: number): boolean => c === 32 || c === 9;

/** Only blanks between two tokens: words of one name. */
export function adjacent(text: string, a: WordToken, b: WordToken | undefined): boolean {
  if (!b || b.start === a.end) return false;
  for (let i = a.end; i < b.start; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

export const isWord = (t: WordToken | undefined): t is WordToken => !!t && t.letters;
export const has = (t: WordToken, cls: number): boolean => (t.bareClasses & cls) !== 0;

/** An everyday word: in the dictionary or in compromise's lexicon of words. */
export const everyday = (t: WordToken): boolean => has(t, COMMON_WORD) || isDictionaryWord(t.bare) || isDictionaryWord(t.lower);

/** A word that may be a name and is nothing else: in no dictionary, never a function, health or not-a-name word. */
export function nameOnly(t: WordToken | undefined): t is WordToken {
  if (!isWord(t) || t.bare.length < 2 || FUNCTION_WORDS.has(t.bare) || has(t, NOT_NAME_WORD | HEALTH_WORD) || everyday(t)) return false;
  // "isn't", "preservative-free": a contraction or a compound of everyday words is no name.
  if (hasApostrophe(t.bare)) return false;
  return !t.bare.includes('-') || t.bare.split('-').every((part) => part.length > 1 && !isDictionaryWord(part));
}

/** Spelt like a name, not shorthand ("rx", "acct", "q3"): five letters, or two vowels. */
export function spelledLikeName(t: WordToken): boolean {
  if (t.bare.length >= 5) return true;
  let vowels = 0;
  for (const ch of t.bare) if ('aeiouy'.includes(ch)) vowels++;
  return vowels >= 2;
}

