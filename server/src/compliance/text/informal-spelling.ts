import { asciiWords, hasAnyOf } from './ascii-words';

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

interface Replaced {
  /** Where the written-out word sits in the respelled text. */
  from: number;
  to: number;
  /** Where the chat word sat in the original. */
  start: number;
  end: number;
}

export interface Respelled {
  text: string;
  /** The original offset of a span's start (or end) in the respelled text. */
  originalStart(at: number): number;
  originalEnd(at: number): number;
}

/** The chat words as whole ASCII runs ("w/" is the run "w"): a text with none of them skips the scan. */
const CHAT_RUNS = [...new Set(Object.keys(SPELLED_OUT).map((w) => w.toLowerCase().replace('/', '')))];

/** The text with its chat spellings written out, or undefined when it has none. */
export function respellInformal(text: string): Respelled | undefined {
  if (!hasAnyOf(asciiWords(text), CHAT_RUNS)) return undefined;
  const replaced: Replaced[] = [];
  let out = '';
  let last = 0;
  for (const m of text.matchAll(CHAT_WORD)) {
    const start = m.index;
    out += text.slice(last, start);
    const word = SPELLED_OUT[m[0]] as string;
    replaced.push({ from: out.length, to: out.length + word.length, start, end: start + m[0].length });
    out += word;
    last = start + m[0].length;
  }
  if (replaced.length === 0) return undefined;
  out += text.slice(last);
  const map = (at: number, inside: (r: Replaced) => number): number => {
    let shift = 0;
    for (const r of replaced) {
      if (at <= r.from) break;
      if (at < r.to) return inside(r);
      shift = r.end - r.to;
    }
    return at + shift;
  };
  return { text: out, originalStart: (at) => map(at, (r) => r.start), originalEnd: (at) => map(at, (r) => r.end) };
}
