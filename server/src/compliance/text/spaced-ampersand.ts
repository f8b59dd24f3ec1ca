import type { Edit } from './edited-text';
import { isAsciiAlphanumeric, isRegexSpace } from './char-classes';
import { letterCaseOf } from './letter-case';

/** A space of any kind, or a character the canonical text removes (a zero-width space, a soft hyphen). */
const isGap = (c: number): boolean => isRegexSpace(c) || c === 0x200b || c === 0x2060 || c === 0x00ad;

const isCapital = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return c >= 65 && c <= 90;
};
/** A capital alone ends at `end`, bare or with a stop after it as in "R.T.". */
const capitalAloneEndsAt = (text: string, end: number): boolean => {
  const last = text.charCodeAt(end - 1) === 46 ? end - 2 : end - 1;
  return isCapital(text, last) && !isAsciiAlphanumeric(text.charCodeAt(last - 1));
};
/** A capital alone starts at `start` ("O", not the article "a"). */
const capitalAloneStartsAt = (text: string, start: number): boolean => isCapital(text, start) && !isAsciiAlphanumeric(text.charCodeAt(start + 1));

/**
 * "Mom & baby", "heat & hydration": an ampersand between spaced words (any spaces) read as "and". Rules and the
 * trained models were written for the word, and a text that saved "&" for "and" was one word short to them (67 clean
 * items blocked in eval:robustness). "Q&A", "AT&T" and "&amp;" have no space around the mark and stay as written, and
 * so do a nurse's "A & O", "I & O" (alert and oriented, intake and output) and "R.T. & resident": next to a capital
 * alone it is part of a term or an abbreviation that the name rules would read as initials before "and". In capitals
 * only when the whole text is: "TBI AND MST" in a sentence-case post would read as shouting.
 */
export function spacedAmpersandEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  let word: string | undefined;
  for (let at = text.indexOf('&', 1); at >= 0; at = text.indexOf('&', at + 1)) {
    if (!isGap(text.charCodeAt(at - 1)) || !isGap(text.charCodeAt(at + 1))) continue;
    let before = at - 1;
    while (before >= 0 && isGap(text.charCodeAt(before))) before--;
    let after = at + 1;
    while (after < text.length && isGap(text.charCodeAt(after))) after++;
    if (before < 0 || after >= text.length || capitalAloneEndsAt(text, before + 1) || capitalAloneStartsAt(text, after)) continue;
    word ??= letterCaseOf(text) === 'upper' ? 'AND' : 'and';
    edits.push({ start: at, end: at + 1, replacement: word });
  }
  return edits;
}
