/*
 * Commenters often type in lower case ("my husband ray fell on larkspur way, he has ms") while our reply writes
 * the same words as names ("Ray", "Larkspur Way", "MS"). Rules that look for the comment's details said back
 * read names by their capitals, so the comment's lower-case words take the reply's capitals first.
 */
const WORD = /\p{L}+/gu;
/** What may stand before a word at the start of a sentence: its capital says nothing about the word. */
const SENTENCE_START = /(?:^|[.!?:\n])[\s"'“‘(*-]*$/u;

/**
 * The reply's words capitalised mid-sentence, by their lower-case form, except the organisation's own words and the
 * capitalised run after "our" ("our Labor & Delivery nurses", "our Freedom From Smoking group"): our services' names.
 */
function namesOf(reply: string, isOurs: (lower: string) => boolean): Map<string, string> {
  const names = new Map<string, string>();
  let afterOur = false;
  for (const m of reply.matchAll(WORD)) {
    const word = m[0];
    const lower = word.toLowerCase();
    if (word === lower) {
      afterOur = lower === 'our';
      continue;
    }
    if (lower === 'our') {
      afterOur = true;
      continue;
    }
    if (afterOur || word.length < 2 || lower.length !== word.length || names.has(lower) || isOurs(lower)) continue;
    // An acronym keeps its capitals at the start of a sentence too ("PCOS can feel isolating").
    if (word !== word.toUpperCase() && SENTENCE_START.test(reply.slice(Math.max(0, m.index - 4), m.index))) continue;
    names.set(lower, word);
  }
  return names;
}

/** "denise.morrow@example.com", "@jaylen_14", "riverside.org/flu": part of an address or handle, not a word of the sentence. */
function inAddress(text: string, at: number, length: number): boolean {
  return /[@./_#\d]/.test(text.charAt(at - 1)) || /^(?:[@_\d]|\.[\p{L}\d])/u.test(text.slice(at + length, at + length + 2));
}

/**
 * The comment with each all-lower-case word the reply capitalises mid-sentence written as the reply writes it; the
 * same length. The organisation's own words ("Labor & Delivery") stay as the commenter wrote them: "in labor" is no place.
 */
export function recasedComment(comment: string, reply: string, isOurs: (lower: string) => boolean): string {
  if (!/\p{Lu}/u.test(reply)) return comment;
  const names = namesOf(reply, isOurs);
  if (names.size === 0) return comment;
  return comment.replace(WORD, (word, at: number) => (word === word.toLowerCase() && !inAddress(comment, at, word.length) ? (names.get(word) ?? word) : word));
}

/** "MY DAD IS IN ROOM 4 SINCE TUESDAY": a comment typed in capitals says nothing by them; read it in lower case. */
export function unshouted(comment: string): string {
  let upper = 0;
  let lower = 0;
  for (const m of comment.matchAll(/\p{Lu}|\p{Ll}/gu)) if (m[0] === m[0].toLowerCase()) lower++;
    else upper++;
  return upper >= 12 && upper > 4 * lower ? comment.toLowerCase() : comment;
}
