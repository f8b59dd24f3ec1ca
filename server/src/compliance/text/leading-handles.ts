import { leadingEmojiEnd } from './text-edges';

/**
 * "@jmorales_82 @dana.r Yes, we do!": the handles a platform puts before a reply (Instagram writes the commenter's
 * handle first) and the @tags a comment opens with. They say whom the text answers, which the thread shows anyway.
 */
// Invisible characters between them too: the canonical text drops them, and the handles are cut before it does.
const LEADING_HANDLES = /^(?:@[\w.]+[\s,:\u00ad\u200b\u2060\ufeff]*)+/u;
const HANDLE = /@[\w.]+/gu;

/** Where the leading handles (and the spaces after them) end; 0 when the text does not open with one. */
export function leadingHandlesEnd(text: string, from = 0): number {
  if (text.charAt(from) !== '@') return 0;
  const m = LEADING_HANDLES.exec(text.slice(from));
  return m ? from + m[0].length : 0;
}

/** Each handle the text opens with (after any spaces or emoji), "@" included, with its offset in `text`. */
export function leadingHandles(text: string): Array<{ handle: string; start: number }> {
  const from = leadingEmojiEnd(text);
  const end = leadingHandlesEnd(text, from);
  return end === 0 ? [] : [...text.slice(from, end).matchAll(HANDLE)].map((m) => ({ handle: m[0], start: from + (m.index ?? 0) }));
}
