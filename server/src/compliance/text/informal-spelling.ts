import { asciiWords, hasAnyOf } from './ascii-words';
import { applyEdits, type Edit, type EditedText } from './edited-text';

/**
 * "so glad u felt taken care of w/ us", "ur portal acct got locked": chat spellings written out, so phrase rules
 * written for "you", "your" and "with" read them too. Offsets in the respelled text map back to the original.
 */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  u: 'you',
  U: 'You',
  ur: 'your',
  Ur: 'Your',
  urs: 'yours',
  ya: 'you',
  'w/': 'with',
  bc: 'because',
  b4: 'before',
  thx: 'thanks',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  pls: 'please',
  plz: 'please',
  gonna: 'going to',
  wanna: 'want to',
  rn: 'right now',
  ppl: 'people',
  abt: 'about',
  acct: 'account',
};

// Case-sensitive on purpose: "RN" is a nurse and "U.S." a country.
const CHAT_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}'’./])(?:${Object.keys(SPELLED_OUT)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace('/', '\\/'))
    .join('|')})(?![\\p{L}\\p{N}'’/]|\\.\\p{L})`,
  'gu',
);

/** The chat words as whole ASCII runs ("w/" is the run "w"): a text with none of them skips the scan. */
const CHAT_RUNS = [...new Set(Object.keys(SPELLED_OUT).map((w) => w.toLowerCase().replace('/', '')))];

/** The text with its chat spellings written out, or undefined when it has none. */
export function respellInformal(text: string): EditedText | undefined {
  if (!hasAnyOf(asciiWords(text), CHAT_RUNS)) return undefined;
  const edits: Edit[] = [];
  for (const m of text.matchAll(CHAT_WORD)) edits.push({ start: m.index, end: m.index + m[0].length, replacement: SPELLED_OUT[m[0]] as string });
  return edits.length === 0 ? undefined : applyEdits(text, edits);
}
