import { wordTokens, type WordToken } from '../text/word-tokens';
import type { Directory } from '../types';
import { markDirectoryNames } from './directory-capitals';
import { markNames, spanishTokens } from './name-capitals';
import { markPlaces } from './place-capitals';
import { markWords } from './word-capitals';
import { ALL, INITIAL, isSpace, NONE } from './word-kinds';

/*
 * Some accounts post in lower case on purpose ("congrats to theo marchetti, born at 26 weeks 💕"), and a reply typed
 * on a phone often is. The name, place and school rules read capitals, so a text typed all in lower case is read
 * with the capitals its writer left out: sentence starts and "I", names the gazetteers know and the surname after
 * them, titled names, streets, schools and towns by the word that ends them, the directory's own names as it writes
 * them, weekdays, months and holidays, and the health acronyms written in capitals. Same length, so offsets hold.
 */

/**
 * The gap before a token ends a sentence where text/sentences ends one (a stop, ";" or a line break): the models read a
 * capital inside a sentence as a name, so a word after an emoji or a colon keeps its lower case.
 */
function opensSentence(text: string, from: number, to: number): boolean {
  let stop = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c === 46 || c === 33 || c === 63 || c === 59) stop = true;
    else if (stop && isSpace(c)) return true;
  }
  return false;
}

/** "dr.", "st.", "u.s.": a stop after an abbreviation or a single letter ends no sentence. */
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'jr', 'sr', 'vs', 'prof', 'sgt', 'no', 'approx', 'dept', 'etc']);

function markSentenceStarts(text: string, tokens: readonly WordToken[], caps: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (caps[i] !== NONE || !t.letters) continue;
    const prev = tokens[i - 1];
    if (!prev) caps[i] = INITIAL;
    else if (opensSentence(text, prev.end, t.start) && !ABBREVIATIONS.has(prev.lower) && prev.lower.length > 1) caps[i] = INITIAL;
  }
}

const ADDRESS_AFTER = '@_/';

/** "lakeside.example/flu", "#riversidecares", "@jaylen_14": a word of a link, a tag or a handle keeps its case. */
function inAddress(text: string, t: WordToken): boolean {
  const before = text.charAt(t.start - 1);
  const after = text.charAt(t.end);
  if ((before !== '' && ADDRESS_AFTER.includes(before)) || before === '#' || (after !== '' && ADDRESS_AFTER.includes(after))) return true;
  // Initials ("k.t.") are letters between stops, not a host's parts.
  if (t.lower.length === 1) return false;
  return before === '.' || (after === '.' && /[\p{L}\p{N}]/u.test(text.charAt(t.end + 1)));
}

function upperFirst(word: string): string {
  const first = word.charAt(0).toUpperCase();
  return first.length === 1 ? first + word.slice(1) : word;
}

function upperAll(word: string): string {
  const upper = word.toUpperCase();
  return upper.length === word.length ? upper : upperFirst(word);
}

/** `text`, typed all in lower case, with the capitals its writer left out; the same length. */
export function truecasedText(text: string, directory: Directory): string {
  const tokens = wordTokens(text);
  const caps = new Uint8Array(tokens.length);
  markPlaces(text, tokens, caps);
  const spanish = spanishTokens(text, tokens);
  markNames(text, tokens, caps, spanish);
  markWords(text, tokens, caps, spanish);
  markDirectoryNames(tokens, caps, directory);
  markSentenceStarts(text, tokens, caps);
  let out = '';
  let last = 0;
  tokens.forEach((t, i) => {
    if (caps[i] === NONE || inAddress(text, t)) return;
    const cased = caps[i] === ALL ? upperAll(t.raw) : upperFirst(t.raw);
    if (cased === t.raw) return;
    out += text.slice(last, t.start) + cased;
    last = t.end;
  });
  return last === 0 ? text : out + text.slice(last);
}
