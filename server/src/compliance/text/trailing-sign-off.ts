import { findLinks } from '../digestibility/hashtags-and-links';
import { sentenceSpans, type Span } from './sentences';

const CONTACT = /\(\d{3}\)\s*\d{3}[-.\s]\d{4}|\b\d{3}[-.\s]\d{3}[-.]\d{4}\b|\b1-8\d\d-\d{3}-\d{4}\b|[\w.+-]+@[\w-]+\.[a-z]/i;
/** How a sign-off opens: "Questions? Call …", "You can also reach …", "More at …", "DM us anytime". */
const SIGN_OFF_OPENING =
  /^[\s\p{Extended_Pictographic}\uFE0F]*(?:(?:please|or|also|and|you\s+can(?:\s+also)?|feel\s+free\s+to|any\s+questions|questions|need\s+(?:help|us|anything)|(?:we['’]re|we\s+are)\s+here\s+to\s+help)[\s,:?!.—-]+)*(?:call|text|reach|contact|visit|message|dm|e-?mail|book|schedule|learn|read|find|see|more|details|info|our\s+(?:[\w/-]+\s+){0,3}(?:line|desk|team|office)\s+is)\b/iu;
const MESSAGE_US = /^\W*(?:dm|message)\s+us\b/i;
const MESSAGE_US_ANYWHERE = /\b(?:dm|message)\s+us\b/i;
/** A sign-off is read only where its contact is in the last characters: most texts have none there and skip the sentence split. */
const SIGN_OFF_TAIL = 200;
/** A question that only leads into the sign-off after it ("Questions?", "Need us?"), at the end of the words before it. */
const LEAD_IN = /(?<![\p{L}\p{N}])(?:(?:any|got)\s+questions|questions|need\s+(?:us|help|anything|more\s+info)|want\s+(?:to\s+know\s+)?more(?:\s+info)?|not\s+sure|still\s+unsure)\s*\?+\s*$/iu;
const LEADING_SPACE_OR_EMOJI = /^[\s\p{Extended_Pictographic}\uFE0F]*/u;
const WORD = /[\p{L}\p{N}]+/gu;
const MAX_SIGN_OFF_WORDS = 14;

const hasWords = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

function isSignOff(sentence: string): boolean {
  if ((sentence.match(WORD)?.length ?? 0) > MAX_SIGN_OFF_WORDS) return false;
  const links = findLinks(sentence);
  if (!SIGN_OFF_OPENING.test(sentence)) return links.length > 0 && isOnlyLinks(sentence, links);
  return CONTACT.test(sentence) || links.length > 0 || MESSAGE_US.test(sentence);
}

/** "riversidefamilyhealth.example/news" on its own after the last sentence: a bare link is a sign-off too. */
function isOnlyLinks(sentence: string, links: ReadonlyArray<{ start: number; end: number }>): boolean {
  let rest = '';
  let at = 0;
  for (const link of links) {
    rest += sentence.slice(at, link.start);
    at = link.end;
  }
  return !hasWords(rest + sentence.slice(at));
}

/**
 * Where the contact line a text ends with begins ("… Questions? Call (555) 201-4000.", "… More at
 * riversidefamilyhealth.example"), when there are words before it; undefined when there is none. A team may end
 * every post and reply with one: it says nothing of what the text before it says, nor of how its writer types.
 */
export function signOffStart(text: string): number | undefined {
  const tail = text.slice(-SIGN_OFF_TAIL);
  if (!CONTACT.test(tail) && !MESSAGE_US_ANYWHERE.test(tail) && findLinks(tail).length === 0) return undefined;
  const spans = sentenceSpans(text).filter((s) => hasWords(text.slice(s.start, s.end)));
  if (spans.length < 2) return undefined;
  const last: Span = spans[spans.length - 1]!;
  if (!isSignOff(text.slice(last.start, last.end))) return undefined;
  let start = last.start;
  const leadIn = LEAD_IN.exec(text.slice(0, start));
  if (leadIn) start = leadIn.index;
  start += LEADING_SPACE_OR_EMOJI.exec(text.slice(start))![0].length;
  return hasWords(text.slice(0, start)) ? start : undefined;
}
