/*
 * Commenters often type in lower case ("my husband ray fell on larkspur way, he has ms") while our reply writes
 * the same words as names ("Ray", "Larkspur Way", "MS"). Rules that look for the comment's details said back
 * read names by their capitals, so the comment's lower-case words take the reply's capitals first.
 * Every reply with a comment passes through here, so the scans are by hand: a regex per word cost ~90 executions a check.
 */

/** A letter that has a case: ASCII, or any other whose lower and upper forms differ. */
function isCasedLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const ch = text.charAt(i);
  return ch.toLowerCase() !== ch.toUpperCase();
}

function wordEnd(text: string, start: number): number {
  let end = start + 1;
  while (end < text.length && isCasedLetter(text, end)) end++;
  return end;
}

const BEFORE_SENTENCE = '"\'“‘(*-';
const SENTENCE_END = '.!?:';

/** Nothing but space, quotes or a bracket between `start` and the text's start, a line break or a sentence's end. */
function startsSentence(text: string, start: number): boolean {
  for (let j = start - 1; j >= 0; j--) {
    const ch = text.charAt(j);
    if (ch === '\n' || SENTENCE_END.includes(ch)) return true;
    if (ch.trim() !== '' && !BEFORE_SENTENCE.includes(ch)) return false;
  }
  return true;
}

/**
 * The reply's words capitalised mid-sentence, by their lower-case form, except the organisation's own words and the
 * capitalised run after "our" ("our Labor & Delivery nurses", "our Freedom From Smoking group"): our services' names.
 * An acronym keeps its capitals at the start of a sentence too ("PCOS can feel isolating").
 */
function namesOf(reply: string, ours: ReadonlySet<string>): Map<string, string> {
  const names = new Map<string, string>();
  let afterOur = false;
  for (let i = 0; i < reply.length; i++) {
    if (!isCasedLetter(reply, i)) continue;
    const end = wordEnd(reply, i);
    const word = reply.slice(i, end);
    const lower = word.toLowerCase();
    const start = i;
    i = end - 1;
    if (lower === 'our') {
      afterOur = true;
      continue;
    }
    if (word === lower) {
      afterOur = false;
      continue;
    }
    if (afterOur || word.length < 2 || lower.length !== word.length || names.has(lower) || ours.has(lower)) continue;
    if (word !== word.toUpperCase() && startsSentence(reply, start)) continue;
    names.set(lower, word);
  }
  return names;
}

const ADDRESS_BEFORE = '@./_#';

const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';

/** "denise.morrow@example.com", "@jaylen_14", "riverside.org/flu": part of an address or handle, not a word of the sentence. */
function inAddress(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  if (before !== '' && (ADDRESS_BEFORE.includes(before) || isDigit(before))) return true;
  const after = text.charAt(end);
  if (after === '@' || after === '_' || isDigit(after)) return true;
  return after === '.' && end + 1 < text.length && (isCasedLetter(text, end + 1) || isDigit(text.charAt(end + 1)));
}

/**
 * The comment with each all-lower-case word the reply capitalises mid-sentence written as the reply writes it; the
 * same length. The organisation's own words ("Labor & Delivery") stay as the commenter wrote them: "in labor" is no place.
 */
export function recasedComment(comment: string, reply: string, ours: ReadonlySet<string>): string {
  const names = namesOf(reply, ours);
  if (names.size === 0) return comment;
  let out = '';
  let last = 0;
  for (let i = 0; i < comment.length; i++) {
    if (!isCasedLetter(comment, i)) continue;
    const end = wordEnd(comment, i);
    const word = comment.slice(i, end);
    const name = word === word.toLowerCase() ? names.get(word) : undefined;
    if (name !== undefined && !inAddress(comment, i, end)) {
      out += comment.slice(last, i) + name;
      last = end;
    }
    i = end - 1;
  }
  return last === 0 ? comment : out + comment.slice(last);
}

/** "MY DAD IS IN ROOM 4 SINCE TUESDAY": a comment typed in capitals says nothing by them; read it in lower case. */
export function unshouted(comment: string): string {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < comment.length; i++) {
    const c = comment.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c >= 128) {
      const ch = comment.charAt(i);
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lower++;
    }
  }
  return upper >= 12 && upper > 4 * lower ? comment.toLowerCase() : comment;
}
