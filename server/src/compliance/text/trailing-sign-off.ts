import { findLinks } from '../digestibility/hashtags-and-links';
import { isAsciiAlphanumeric, isRegexSpace } from './char-classes';
import { PHONE_NUMBER } from './phone-number';
import { hasWords, sentenceSpans, type Span } from './sentences';

const PHONE_CONTACT = new RegExp(String.raw`${PHONE_NUMBER.source}|\b1-8\d\d-\d{3}-\d{4}\b`, 'i');
const EMAIL_CONTACT = /[\w.+-]+@[\w-]+\.[a-z]/i;
/** A phone number or an email address; the email pattern, tried from every character of every word, only where there is an "@" for it to find. */
const hasContact = (text: string): boolean => PHONE_CONTACT.test(text) || (text.includes('@') && EMAIL_CONTACT.test(text));
/** How a sign-off opens: "Questions? Call …", "You can also reach …", "More at …", "DM us anytime". */
const SIGN_OFF_OPENING =
  /^[\s\p{Extended_Pictographic}\uFE0F]*(?:(?:please|or|also|and|you\s+can(?:\s+also)?|feel\s+free\s+to|any\s+questions|questions|need\s+(?:help|us|anything)|(?:we['’]re|we\s+are)\s+here\s+to\s+help)[\s,:?!.—-]+)*(?:call|text|reach|contact|visit|message|dm|e-?mail|book|schedule|learn|read|find|see|more|details|info|our\s+(?:[\w/-]+\s+){0,3}(?:line|desk|team|office)\s+is)\b/iu;
const MESSAGE_US = /^\W*(?:dm|message)\s+us\b/i;
const MESSAGE_US_ANYWHERE = /\b(?:dm|message)\s+us\b/i;
/** A contact or "DM us" anywhere: what a text needs in its last characters to end with a sign-off. */
const hasTailCue = (tail: string): boolean => hasContact(tail) || MESSAGE_US_ANYWHERE.test(tail);
/** A sign-off is read only where its contact is in the last characters: most texts have none there and skip the sentence split. */
const SIGN_OFF_TAIL = 200;
/** A question that only leads into the sign-off after it ("Questions?", "Need us?"), at the end of the words before it. */
const LEAD_IN = /(?<![\p{L}\p{N}])(?:(?:any|got)\s+questions|questions|need\s+(?:us|help|anything|more\s+info)|want\s+(?:to\s+know\s+)?more(?:\s+info)?|not\s+sure|still\s+unsure)\s*\?+\s*$/iu;
const LEADING_SPACE_OR_EMOJI = /^[\s\p{Extended_Pictographic}\uFE0F]*/u;
const MAX_SIGN_OFF_WORDS = 14;
/** How far before the sign-off a lead-in question may start. */
const LEAD_IN_REACH = 40;

/** More than `max` runs of ASCII letters and digits (a word outside ASCII counts when it touches one). */
function moreWordsThan(text: string, max: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const word = isAsciiAlphanumeric(text.charCodeAt(i));
    if (word && !inWord && ++words > max) return true;
    inWord = word;
  }
  return false;
}

/** Whether `sentence` is a sign-off, and whether it is a link alone; undefined when it is none. */
function readSignOff(sentence: string): { bareLink: boolean } | undefined {
  if (moreWordsThan(sentence, MAX_SIGN_OFF_WORDS)) return undefined;
  const links = findLinks(sentence);
  const bareLink = links.length > 0 && isOnlyLinks(sentence, links);
  if (!SIGN_OFF_OPENING.test(sentence)) return bareLink ? { bareLink } : undefined;
  return hasContact(sentence) || links.length > 0 || MESSAGE_US.test(sentence) ? { bareLink } : undefined;
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
  return signOffOf(text)?.start;
}

/** Whether the contact line `text` ends with is a link alone, with no words of its own ("… riversidefamilyhealth.example/news"). */
export function isBareLinkSignOff(text: string): boolean {
  return signOffOf(text)?.bareLink ?? false;
}

/**
 * Whether `text` ends with a contact line any text can end with, that says nothing of the words before it: a link alone, or
 * a line led by a question ("… Questions? Call (555) 201-4000.").
 */
export function endsWithAnyTextsSignOff(text: string): boolean {
  const signOff = signOffOf(text);
  return signOff !== undefined && (signOff.bareLink || signOff.questionLed);
}

interface SignOff {
  start: number;
  bareLink: boolean;
  questionLed: boolean;
}

function signOffOf(text: string): SignOff | undefined {
  // Asked by several detectors of the same text in one check.
  if (text !== lastText) {
    lastText = text;
    lastSignOff = findSignOff(text);
  }
  return lastSignOff;
}

let lastText: string | undefined;
let lastSignOff: SignOff | undefined;

/** "… see you next fall 🚗💉 riversidefamilyhealth.example/news": a link after an emoji ends the text with no full stop before it. */
const ENDS_WITHOUT_STOP = /[\p{Extended_Pictographic}\uFE0F]\s*$/u;

function linkAfterLastWords(text: string, last: Span): SignOff | undefined {
  // A link ends on a letter, a digit or a slash: most texts end on a stop and skip the link scan.
  let end = text.length - 1;
  while (end >= 0 && isRegexSpace(text.charCodeAt(end))) end--;
  if (end < 0 || (!isAsciiAlphanumeric(text.charCodeAt(end)) && text.charAt(end) !== '/')) return undefined;
  const links = findLinks(text.slice(last.start, last.end));
  const link = links[links.length - 1];
  if (!link || hasWords(text.slice(last.start + link.end, last.end))) return undefined;
  const start = last.start + link.start;
  return ENDS_WITHOUT_STOP.test(text.slice(last.start, start)) && hasWords(text.slice(0, start)) ? { start, bareLink: true, questionLed: false } : undefined;
}

function findSignOff(text: string): SignOff | undefined {
  const tail = text.slice(-SIGN_OFF_TAIL);
  if (!hasTailCue(tail) && findLinks(tail).length === 0) return undefined;
  const spans = sentenceSpans(text);
  let k = spans.length - 1;
  while (k >= 0 && !hasWords(text.slice(spans[k]!.start, spans[k]!.end))) k--;
  if (k < 0) return undefined;
  const last: Span = spans[k]!;
  if (k === 0) return linkAfterLastWords(text, last);
  const line = readSignOff(text.slice(last.start, last.end));
  if (!line) return linkAfterLastWords(text, last);
  let start = last.start;
  const reach = Math.max(0, start - LEAD_IN_REACH);
  const leadIn = LEAD_IN.exec(text.slice(reach, start));
  if (leadIn) start = reach + leadIn.index;
  start += LEADING_SPACE_OR_EMOJI.exec(text.slice(start))![0].length;
  // A lead-in question ("Questions? riverside.example") gives the line words of its own.
  return hasWords(text.slice(0, start)) ? { start, bareLink: line.bareLink && !leadIn, questionLed: leadIn !== null } : undefined;
}
