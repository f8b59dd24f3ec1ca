import { STOP_OR_EMOJI } from './text-edges';

/**
 * "… Thanks for the kind words! – The Riverside Care Team", "…\n—Nurse Kevin", "… ^KO": the writer's or the team's
 * signature a reply ends with, after a dash, a tilde or a caret, on its own line or after the last sentence's stop.
 * Up to six words of letters, no digits: "- call 911" or "— Room 4" is no signature.
 */
const SIGNATURE = new RegExp(
  String.raw`(?:^|${STOP_OR_EMOJI}|\n)\s*((?:--|[-–—~^])[^\S\n]*(?:(?:the|our)\s+)?\p{Lu}[\p{L}.'’]*(?:(?:[^\S\n]+|,[^\S\n]*|[^\S\n]*&[^\S\n]*)\p{L}[\p{L}.'’-]*){0,5})\s*$`,
  'u',
);
const OPENS_ON_STOP_OR_BREAK = new RegExp(String.raw`^(?:${STOP_OR_EMOJI}|\n)`, 'u');
/** Only the last characters are read: a signature is short, and most texts have no dash, tilde or caret there. */
const TAIL = 80;
const MARK = /[-–—~^]/;

/** Where the signature a reply ends with begins (the space before it included), or undefined when there is none or nothing precedes it. */
export function signatureStart(text: string): number | undefined {
  const from = Math.max(0, text.length - TAIL);
  const tail = text.slice(from);
  if (!MARK.test(tail)) return undefined;
  const m = SIGNATURE.exec(tail);
  // Where the tail was cut, its first character is no sentence's start.
  if (!m || (from > 0 && m.index === 0 && !OPENS_ON_STOP_OR_BREAK.test(tail))) return undefined;
  // The signature runs to the end, but for the spaces after it.
  let start = from + m.index + m[0].trimEnd().length - (m[1] as string).length;
  while (start > 0 && /\s/.test(text.charAt(start - 1))) start--;
  return /\p{L}/u.test(text.slice(0, start)) ? start : undefined;
}
