/** How a writer types: all in lower case, all in capitals, or mixed as usual. */
export type LetterCase = 'lower' | 'upper' | 'mixed';

/**
 * Hashtags, handles and links keep the capitals their owner gave them ("#FluSeason", "@RiversideFH", "bit.ly/3xYz"):
 * they say nothing of how the writer types, and a post typed in lower case with "#FluSeason" under it is still read as
 * lower case.
 */
const TAG_OR_LINK = /[#@][\p{L}\p{N}_.]+|https?:\/\/\S+|\bwww\.\S+|\b[\w-]+\.(?:com|org|net|ly|gl|example)\/\S*/gu;
const MAY_HOLD_TAG_OR_LINK = /[#@/]/;

function caseOfLetters(text: string): LetterCase {
  let upper = false;
  let lower = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 97 && c <= 122) lower = true;
    else if (c >= 128) {
      if (text === text.toLowerCase()) return 'lower';
      return text === text.toUpperCase() ? 'upper' : 'mixed';
    }
    if (upper && lower) return 'mixed';
  }
  // A text without letters is read as lower case: no capital in it says anything.
  return upper ? 'upper' : 'lower';
}

export function letterCaseOf(text: string): LetterCase {
  const asTyped = caseOfLetters(text);
  if (asTyped !== 'mixed' || !MAY_HOLD_TAG_OR_LINK.test(text)) return asTyped;
  return caseOfLetters(text.replace(TAG_OR_LINK, ' '));
}
