import { STOP_OR_EMOJI } from './text-edges';

/**
 * "… before the end of October. (1/2)", "… our nurses 🧵 2/5": the counter a post or reply in a thread ends with. A
 * bare count is only read after the last sentence's stop or an emoji, so "take 1/2" or "scored 7/10" are left as written.
 */
const COUNTER = new RegExp(String.raw`(?:(?:${STOP_OR_EMOJI}|^)(\s*(?:🧵\s*)?(\d{1,2})\s?\/\s?(\d{1,2}))|(\s*\((\d{1,2})\s?\/\s?(\d{1,2})\)))\s*$`, 'u');
const TAIL = 24;

/** Where the thread counter a text ends with begins (the space before it included), or undefined when there is none. */
export function threadCounterStart(text: string): number | undefined {
  // A counter ends on a digit or a bracket (spaces aside): most texts end on a stop or an emoji and skip the regex.
  const trimmed = text.trimEnd();
  const last = trimmed.charCodeAt(trimmed.length - 1);
  if (last !== 41 && !(last >= 48 && last <= 57)) return undefined;
  const from = Math.max(0, text.length - TAIL);
  const m = COUNTER.exec(text.slice(from));
  if (!m) return undefined;
  const [counter, of, total] = (m[1] === undefined ? [m[4], m[5], m[6]] : [m[1], m[2], m[3]]) as [string, string, string];
  if (Number(of) < 1 || Number(total) < 2 || Number(of) > Number(total)) return undefined;
  const start = from + m.index + m[0].trimEnd().length - counter.length;
  return /\p{L}/u.test(text.slice(0, start)) ? start : undefined;
}
