import { isRegexSpace } from './char-classes';
import { signOffStart } from './trailing-sign-off';

/** How a writer types: all in lower case, all in capitals, or mixed as usual. */
export type LetterCase = 'lower' | 'upper' | 'mixed';

/**
 * Hashtags, handles and links keep the capitals their owner gave them ("#FluSeason", "@RiversideFH", "bit.ly/3xYz"):
 * they say nothing of how the writer types, and a post typed in lower case with "#FluSeason" under it is still read as
 * lower case.
 */
function isTagOrLink(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first === 35 || first === 64 || first === 0xff03) return true;
  const slash = text.indexOf('/', start);
  return (slash >= 0 && slash < end) || text.startsWith('www.', start);
}

/**
 * Read by hand, word by word: this runs on every text, and most are decided by their first two words. A contact line
 * the text ends with ("Questions? Call (555) 201-4000.") may be the team's, pasted under every post: capitals there,
 * after a text typed in lower case, leave it lower case.
 */
export function letterCaseOf(text: string): LetterCase {
  let upper = false;
  let lower = false;
  for (let i = 0; i < text.length; ) {
    while (i < text.length && isRegexSpace(text.charCodeAt(i))) i++;
    let end = i;
    while (end < text.length && !isRegexSpace(text.charCodeAt(end))) end++;
    if (end > i && !isTagOrLink(text, i, end)) {
      for (let k = i; k < end; k++) {
        const c = text.charCodeAt(k);
        if (c >= 65 && c <= 90) upper = true;
        else if (c >= 97 && c <= 122) lower = true;
        else if (c >= 128) {
          const word = text.slice(i, end);
          if (word !== word.toLowerCase()) upper = true;
          if (word !== word.toUpperCase()) lower = true;
          break;
        }
      }
      if (upper && lower) return lowerBeforeSignOff(text, i) ? 'lower' : 'mixed';
    }
    i = end;
  }
  // A text without letters is read as lower case: no capital in it says anything.
  return upper ? 'upper' : 'lower';
}

/** The capital that made the text mixed, at word `at`, is in the sign-off after a text typed in lower case. */
function lowerBeforeSignOff(text: string, at: number): boolean {
  const start = signOffStart(text);
  if (start === undefined || at < start) return false;
  return letterCaseOf(text.slice(0, start)) === 'lower';
}
