/** The last character of a sentence, or an emoji, that a closing counter or signature follows ("… today! (1/2)", "… 💙 ~Jess"). */
export const STOP_OR_EMOJI = String.raw`[.!?…)\]"”'’\p{Extended_Pictographic}\uFE0F]`;

const LEADING_EMOJI = /^[\s\p{Extended_Pictographic}\uFE0F\u200D\u{1F3FB}-\u{1F3FF}\u00ad\u200b\u2060\ufeff]+/u;

/**
 * Where the emoji a text opens with end ("💙 just started ozempic…"), with the spaces and invisible characters among
 * them: the framing is cut before the typing edits drop those, so it takes them along. 0 when it opens with a letter.
 */
export function leadingEmojiEnd(text: string): number {
  const first = text.charCodeAt(0);
  if ((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) return 0;
  return LEADING_EMOJI.exec(text)?.[0].length ?? 0;
}
