import { asciiWords, hasAnyOf } from '../text/ascii-words';
import { execAll } from '../text/exec-all';

export interface OrdinalDay {
  start: number;
  end: number;
}

/** "the 11th", "the 3rd": an ordinal that may be a day of the month; what follows decides. */
const THE_ORDINAL = /\bthe\s+([0-3]?\d)(?:st|nd|rd|th)\b/gi;
/** THE_ORDINAL's ordinal stands between a space and a `\b`, so it is a whole ASCII run: "7th", "31st" (and "07th"). */
const ORDINAL_RUNS = Array.from({ length: 50 }, (_, k) => (k < 10 ? String(k) : String(k - 10).padStart(2, '0'))).flatMap((n) =>
  ['st', 'nd', 'rd', 'th'].map((suffix) => n + suffix),
);
/** More ordinals in a list ("the 3rd, 4th and 5th"): the word after the last one decides for all. */
const LIST_TAIL = /^(?:(?:,\s*|\s+(?:and|or|to|-)\s+|\s*-\s*)(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)\b)+/i;
/**
 * A day ends its clause or is followed by a clock time: "it's the 11th.", "on the 3rd at 0900".
 * An ordinal followed by a noun counts something else: "the 3rd floor", "the 2nd dose", "the 21st century".
 */
const DAY_ENDING = /^(?:[ \t]*(?:[.!?;,:)"'”\]]|\r?\n|$)|\s+(?:at|@)\s*\d)/;

/** Bare ordinal days of the month: "it's the 11th.", "seen on the 3rd, 4th and 5th." */
export function findOrdinalDays(text: string): OrdinalDay[] {
  const out: OrdinalDay[] = [];
  if (!hasAnyOf(asciiWords(text), ORDINAL_RUNS)) return out;
  for (const m of execAll(THE_ORDINAL, text)) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    const end = m.index + m[0].length;
    const tail = LIST_TAIL.exec(text.slice(end, end + 60));
    const listEnd = end + (tail ? tail[0].length : 0);
    if (!DAY_ENDING.test(text.slice(listEnd, listEnd + 8))) continue;
    out.push({ start: end - (m[0].length - m[0].indexOf(m[1] as string)), end });
    // The later ordinals of a list are days too.
    for (const more of tail ? execAll(/[0-3]?\d(?:st|nd|rd|th)\b/gi, tail[0]) : []) {
      const value = Number(/\d+/.exec(more[0])?.[0]);
      if (value >= 1 && value <= 31) out.push({ start: end + more.index, end: end + more.index + more[0].length });
    }
  }
  return out;
}
