import type { DirectoryIndex } from '../directory/directory-index';
import { sentenceAt, sentenceSpans, type Span } from '../text/sentences';
import { wordTokens, type WordToken } from '../text/word-tokens';
import { isChartingNote } from './charting-note';
import type { TextKind } from '../types';
import { findHealthTerms, type HealthTermMatch } from '../vocab/health-term-index';
import { AND_FAMILY_BODY, PATIENT_SERVICE_WORDS } from '../vocab/service-words';
import { wordClass, type WordClass } from '../vocab/word-classes';
import { LazyWordSet } from '../text/lazy-word-set';
import { letterCaseOf } from '../text/letter-case';
import { mayMatch } from '../text/word-gated-regexp';
import { isAsciiDigit as isDigit, isAsciiLetter, isRegexSpace } from '../text/char-classes';

/** Everything the PHI rules look at, computed once per text. */
export interface PhiScan extends DigitFacts {
  text: string;
  kind: TextKind;
  context?: string;
  dir: DirectoryIndex;
  tokens: WordToken[];
  sentences: readonly Span[];
  healthTerms: HealthTermMatch[];
  /** The word tokens of the comment a reply answers (found on first use; none without a comment). */
  contextTokens(): readonly WordToken[];
  /** The health terms of the comment a reply answers (found on first use; none without a comment). */
  contextHealthTerms(): readonly HealthTermMatch[];
  /** Lower-case words of the text (built on first use; `hasWordOf` answers the common questions without it). */
  words: ReadonlySet<string>;
  /** True when a token's lower-case form is in `cls`: a cheap "could this rule match at all" check. */
  hasWordOf(cls: WordClass): boolean;
  hasDigit: boolean;
  /** All capitals or all lower case (hashtags, handles and links aside): letter case carries no signal. */
  caseless: boolean;
  /** All lower case, hashtags, handles and links aside. */
  allLower: boolean;
  /** Written like a clinical note (charting shorthand), not a social post: different date and age conventions. */
  clinical: boolean;
  sentenceOf(offset: number): Span;
  sentenceText(offset: number): string;
  /** `re.test` on the sentence around `offset`, remembered per sentence (several rules ask the same cue). `re` must not be global. */
  sentenceMatches(re: RegExp, offset: number): boolean;
}

const DIGIT_RUN = /\d+/g;

/** What the text's ASCII digit runs, and the characters right around them, say: cheap gates for the PHI patterns. */
export interface DigitFacts {
  /** Length of the longest run of ASCII digits: patterns that need five or ten digits in a row skip texts without them. */
  longestDigitRun: number;
  /** Most digits in a row allowing one space or hyphen between two of them: a card number needs twelve. */
  longestDigitChain: number;
  /** Two capital ASCII letters right before a digit, as an IBAN starts ("DE89"). */
  capsThenDigit: boolean;
  /** /[A-Z]-?\d{4}/: a capital (maybe and a hyphen) right before four digits, as a record code starts ("A-1234"). */
  capsBeforeFourDigits: boolean;
  /** One or two digits, then '/', '.' or '-' and a digit: how a numeric date ("3/14", "12-05-2024") starts. */
  numericDateShape: boolean;
  /** Four digits starting 19 or 20, then '-' and a digit: how an ISO date ("2024-03-14") starts. */
  isoDateShape: boolean;
  /** Two digits between digits and the same '-' or ' ' on both sides: the middle group of an SSN ("123-45-6789"). */
  ssnShape: boolean;
  /** One to three digits with "y" right after them ("45yo") or "at " before them and ",", "!", "." or a space after ("at 95,", "at 92 you", "at 101!"): ages the age words miss. */
  ageDigitShape: boolean;
  /** Up to six digits, blanks, then a capital or a lower-case street word ("12 Main", "688 rue"): how a street line starts. */
  houseNumberShape: boolean;
  /** A digit run after a phone cue word and only blanks, ':', '#', '+' or '(' ("phone: 555", "call us at (555"). */
  phoneCueShape: boolean;
}

/** The words phone-detector's CUED pattern can end its cue with, right before the number. */
const PHONE_CUE_ENDS = new Set(['phone', 'tel', 'telephone', 'mobile', 'cell', 'fax', 'desk', 'office', 'home', 'work', 'pager', 'at', 'on', 'is', 'number']);

/** Whether the digit run at `start` follows a phone cue word across only blanks, ':', '#', '+' or '('. */
function phoneCueBefore(text: string, start: number): boolean {
  let i = start - 1;
  if (text.charCodeAt(i) === 40) i--;
  if (text.charCodeAt(i) === 43) i--;
  for (let c = text.charCodeAt(i); i >= 0 && (isRegexSpace(c) || c === 58 || c === 35); c = text.charCodeAt(--i));
  const end = i + 1;
  while (i >= 0 && end - i <= 9 && isAsciiLetter(text.charCodeAt(i))) i--;
  return end - i > 2 && PHONE_CUE_ENDS.has(text.slice(i + 1, end).toLowerCase());
}

/** Lower-case words a street line may open with after its number (address-blocks' STREET_LINE). */
const LOWER_STREET_OPENERS = ['ul.', 'rue', 'via', 'calle', 'rua', 'avenida'];

/** After blanks at `from`: a capital (any non-ASCII character counts, to stay on the safe side) or a lower-case street opener. */
function streetWordAfterBlanks(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && isRegexSpace(text.charCodeAt(i))) i++;
  if (i === from || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return isCapital(c) || c >= 128 || LOWER_STREET_OPENERS.some((w) => text.startsWith(w, i));
}

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/**
 * The digit facts the identifier patterns gate on, from one regex scan over the digit runs (which beats a
 * character loop over the text by about 3×); what comes right before each run answers the capital-letter ones.
 */
export function digitFacts(text: string): DigitFacts {
  let longestDigitRun = 0;
  let longestDigitChain = 0;
  let chain = 0;
  let capsThenDigit = false;
  let capsBeforeFourDigits = false;
  let numericDateShape = false;
  let isoDateShape = false;
  let ssnShape = false;
  let ageDigitShape = false;
  let houseNumberShape = false;
  let phoneCueShape = false;
  let previousEnd = -2;
  DIGIT_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIGIT_RUN.exec(text)) !== null) {
    const length = m[0].length;
    if (length > longestDigitRun) longestDigitRun = length;
    const before = text.charCodeAt(m.index - 1);
    if (isCapital(before) && isCapital(text.charCodeAt(m.index - 2))) capsThenDigit = true;
    if (length >= 4 && (isCapital(before) || (before === 45 && isCapital(text.charCodeAt(m.index - 2))))) capsBeforeFourDigits = true;
    const end = m.index + length;
    const mark = text.charCodeAt(end);
    if (!phoneCueShape && phoneCueBefore(text, m.index)) phoneCueShape = true;
    if (!houseNumberShape && length <= 6 && isRegexSpace(mark) && streetWordAfterBlanks(text, end)) houseNumberShape = true;
    if (length <= 3 && ((mark | 32) === 121 || ((mark === 44 || mark === 32 || mark === 33 || mark === 46) && before === 32 && text.charCodeAt(m.index - 2) === 116 && (text.charCodeAt(m.index - 3) | 32) === 97))) {
      ageDigitShape = true;
    }
    if (isDigit(text.charCodeAt(end + 1))) {
      if (length <= 2 && (mark === 47 || mark === 46 || mark === 45)) numericDateShape = true;
      if (length === 4 && mark === 45 && (m[0].startsWith('19') || m[0].startsWith('20'))) isoDateShape = true;
      if (length === 2 && (mark === 45 || mark === 32) && before === mark && isDigit(text.charCodeAt(m.index - 2))) ssnShape = true;
    }
    const gap = text.charCodeAt(previousEnd);
    chain = m.index === previousEnd + 1 && (gap === 32 || gap === 45) ? chain + length : length;
    if (chain > longestDigitChain) longestDigitChain = chain;
    previousEnd = m.index + length;
  }
  return { longestDigitRun, longestDigitChain, capsThenDigit, capsBeforeFourDigits, numericDateShape, isoDateShape, ssnShape, ageDigitShape, houseNumberShape, phoneCueShape };
}

/** The tokens' lower-case forms as a set, built on first use (an accessor on the scan object would make V8 keep it as a slow dictionary). */
class TokenWords extends LazyWordSet {
  constructor(private readonly tokens: readonly WordToken[]) {
    super();
  }

  protected build(): Set<string> {
    return new Set(this.tokens.map((t) => t.lower));
  }
}

/** The comment a reply or a template answers; none for posts and alt text, where a context says nothing. */
export function answeredComment(scan: Pick<PhiScan, 'kind' | 'context'>): string | undefined {
  return scan.kind === 'reply' || scan.kind === 'template' ? scan.context || undefined : undefined;
}

export function scanText(text: string, kind: TextKind, dir: DirectoryIndex, context?: string): PhiScan {
  const tokens = wordTokens(text);
  const sentences = sentenceSpans(text);
  let present = 0;
  for (const t of tokens) present |= t.classes;
  const cueCache = new Map<RegExp, Map<number, boolean>>();
  const facts = digitFacts(text);
  let contextTokens: readonly WordToken[] | undefined;
  let contextTerms: readonly HealthTermMatch[] | undefined;
  const contextTokensOnce = () => (contextTokens ??= context ? wordTokens(context) : []);
  const letterCase = letterCaseOf(text);
  return {
    text,
    kind,
    context,
    dir,
    tokens,
    sentences,
    healthTerms: findHealthTerms(tokens),
    contextTokens: contextTokensOnce,
    contextHealthTerms: () => (contextTerms ??= findHealthTerms(contextTokensOnce())),
    words: new TokenWords(tokens),
    hasWordOf: (cls) => (present & cls) !== 0,
    hasDigit: facts.longestDigitRun > 0,
    longestDigitRun: facts.longestDigitRun,
    longestDigitChain: facts.longestDigitChain,
    capsThenDigit: facts.capsThenDigit,
    capsBeforeFourDigits: facts.capsBeforeFourDigits,
    numericDateShape: facts.numericDateShape,
    isoDateShape: facts.isoDateShape,
    ssnShape: facts.ssnShape,
    ageDigitShape: facts.ageDigitShape,
    houseNumberShape: facts.houseNumberShape,
    phoneCueShape: facts.phoneCueShape,
    caseless: letterCase !== 'mixed',
    allLower: letterCase === 'lower',
    clinical: isChartingNote(tokens),
    sentenceOf: (offset) => sentenceAt(sentences, offset),
    sentenceText: (offset) => {
      const s = sentenceAt(sentences, offset);
      return text.slice(s.start, s.end);
    },
    sentenceMatches: (re, offset) => {
      let byRe = cueCache.get(re);
      if (!byRe) cueCache.set(re, (byRe = new Map()));
      // Kept under -1: whether the text holds a word the cue needs at all.
      let anywhere = byRe.get(-1);
      if (anywhere === undefined) byRe.set(-1, (anywhere = mayMatch(re, text)));
      if (!anywhere) return false;
      const s = sentenceAt(sentences, offset);
      let hit = byRe.get(s.start);
      if (hit === undefined) byRe.set(s.start, (hit = re.test(text.slice(s.start, s.end))));
      return hit;
    },
  };
}

/**
 * "pt" for patient, not the credential after a name ("Marcus Greene, PT") or physical therapy ("our PT team", "medicines
 * and PT.", "options: PT, counseling"): after "and", "or", "&" or a colon, only when a word follows ("and pt was moved").
 */
const LIST_BEFORE_PT = String.raw`\b(?:and|or)\s|[&:]\s?`;
// "pt" comes first and the lookbehinds after it, so the regex rejects a position at its first letter.
// "PT = physical therapy", "prenatal PT can help", "Walk with a PT": the therapy or the therapist, not a patient.
export const PT_AS_PATIENT = String.raw`pt(?<!,\s?pt)(?<!\b(?:with|see|ask|by)\s+a\s+pt)(?<!\b(?:prenatal|postpartum|pelvic[\s-]floor|physical|outpatient|pediatric|vestibular|aquatic|sports|in-home|home)\s+pt)(?!\s*[=(])(?:(?<!(?:${LIST_BEFORE_PT})pt)|(?=\s+\w))(?!\s+(?:team|department|clinic|staff|gym|sessions?|program|programme|appointments?|visits?|exercises?|services?|plan|evals?|evaluation|students?|aides?|assistants?|therapists?|after)\b)`;

/** "first in line to get tested": care told of one person, read by CARE_CUE and by staff-role.ts for a public figure. */
export const FIRST_IN_LINE_TO_BE_SEEN = String.raw`(?:first|last)\s+in\s+line\s+to\s+(?:get|be)\s+(?:tested|screened|vaccinated|checked)`;
/** Words that tie a date, room or name to someone's care rather than to an event. */
/** Right after "patients": ", visitors and staff", " and employees": everyone a service is open to, not anyone's care. */
const AND_THE_PUBLIC = String.raw`,?\s+(?:and\s+|&\s+)?(?:visitors|staff|employees|guests|the\s+public)\b`;

export const CARE_CUE = new RegExp(
  String.raw`\b(?:one\s+of\s+our\s+(?:[\w-]+\s+){0,3}regulars|our\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+|morning\s+|weekly\s+)?regular(?=\s*[,!.])|(?<!\b(?:new|accepting|seeing|see|sees|welcoming|welcomes)[\s-])(?<!\b(?:very|too|really|incredibly|super|extra|endlessly|be|being|stay|staying)\s)patients?(?!\s+(?:${PATIENT_SERVICE_WORDS})\b|${AND_FAMILY_BODY}|${AND_THE_PUBLIC})|loss\s+of\s+(?:your|his|her|their)\s+(?:[\w-]+\s+)?(?:husband|wife|partner|mom|mother|dad|father|son|daughter|baby|brother|sister|grandma|grandpa|grandmother|grandfather|child)|${PT_AS_PATIENT}|admit(?:ted)?|admission|discharged?|diagnosed|diagnosis|treated|treating|surgery|operated|procedure|seen|visit(?:ed)?(?!\s+(?:our|the)\s+(?:[\w-]+\s+)?(?:booth|table|tent|stand|website|site|page|van|bus|truck|exhibit)\b)|(?<!\b(?:no|by)\s)appointment(?!\s+(?:needed|necessary|required|only))|er|icu|nicu|hospitali[sz]ed|passed away|passed|died|lost|born|birthday|delivered|recovering|recovery|rang the bell|(?:did|performed|started|gave\s+(?:him|her|them))\s+cpr|came in|came\s+into\s+(?:our|the)|(?:twins|triplets|bab(?:y|ies)|little\s+one)\s+arrived|came to us|walked into|walked in with|\d+\s+stitches|stitched|patched\s+(?:\w+\s+)?up|collapsed|fainted|passed\s+out|got\s+(?:him|her|them)\s+(?:into|to)\s+(?:urgent\s+care|the\s+er|our\s+er)|cast\s+(?:came|comes|is\s+(?:finally\s+)?)\s*off|(?:needed|on|using|used|ditched\s+(?:the|his|her|their)|off\s+(?:the|his|her|their))\s+crutches|${FIRST_IN_LINE_TO_BE_SEEN}|day\s+\d{1,3}\s+of\s+(?:[\w-]+\s+)?(?:chemo|chemotherapy|detox|treatment|radiation|rehab|recovery|dialysis|antibiotics|sobriety)|restarted\s+(?:his|her|their)\s+heart|brought in|ambulance|airlifted|air-lifted|life-?flighted|medevac(?:ed|['’]d)|flown\s+(?:out|to)|injur(?:y|ed)(?![\s-]+prevention)|(?:was|were|got|been|being)\s+(?:badly\s+|seriously\s+|critically\s+)?hurt\b|(?:he|she|they)\s+went\s+home\b|(?:his|her|their)\s+(?:final|last|first|next)\s+(?:pt|physical\s+therapy|rehab|therapy|chemo|radiation|infusion|dialysis|wound\s+care)\s+(?:sessions?|visits?|treatments?|appointments?)\b|(?:started|began)\s+(?:seeing|treating)|(?:was|were|got|been|being)\s+(?:struck|hit|run\s+over|knocked\s+down)\s+(?:by|on|while|crossing|near)\b|(?:cyclist|bicyclist|pedestrian|motorcyclist|jogger|runner|driver|passenger|rider|hiker|skier|boater|swimmer|worker|teen|teenager|toddler)\s+(?:who\s+was\s+)?(?:struck|hit|hurt|pulled|rescued)\b|fell|cared for|our care|dob|birth|miscarriage|(?<!\b(?:being|be)\s)repaired|implant|cath\s+lab|operating\s+room|(?:spent|stayed)\s+[^.!?]{0,25}\b(?:with\s+us|(?:in|at)\s+(?:our|the)\s+(?:hospital|hospice|icu|nicu|picu|er|emergency|cath|operating|recovery|infusion|rehab|labor|birth|burn|trauma|cardiac|heart|stroke|oncology|cancer)))\b`,
  'i',
);

/** "Ethan (7)": the age a comment gives in brackets right after a child's name. */
export const AGE_IN_BRACKETS = String.raw`\s*\(\s*\d{1,2}\s*\)`;

/** "Join Dr. Bello for “Birth Control: Know Your Options” Tuesday": the quoted title of a talk or class says nothing of anyone's care. */
const QUOTED_TITLE = /"[^"\n]{3,80}"|“[^”\n]{3,80}”/g;
export const withoutQuotedTitles = (sentence: string): string => (sentence.includes('"') || sentence.includes('“') ? sentence.replace(QUOTED_TITLE, '') : sentence);

/** The first listed health term that starts within `reach` characters at or after `offset` ("Maya's knee surgery"). */
export function healthTermSoonAfter(scan: PhiScan, offset: number, reach: number): HealthTermMatch | undefined {
  const term = scan.healthTerms.find((h) => h.start >= offset);
  return term !== undefined && term.start <= offset + reach ? term : undefined;
}

/** The sentence around `offset` holds one of the listed health terms. */
export function healthTermInSentenceAt(scan: PhiScan, offset: number): boolean {
  const sentence = scan.sentenceOf(offset);
  return scan.healthTerms.some((h) => scan.sentenceOf(h.start) === sentence);
}

/** The sentence around `offset` speaks of care: a care word, or one of the listed health terms. */
export function speaksOfCareAt(scan: PhiScan, offset: number): boolean {
  return scan.sentenceMatches(CARE_CUE, offset) || healthTermInSentenceAt(scan, offset);
}

/** Words that make a date, time or room part of a public event. */
export const EVENT_CUE =
  /\b(?:join(?:ing)?|meets|event|class(?:es)?|webinar|workshop|seminar|register|registration|rsvp|sign[- ]?ups?|screenings?|open house|fair|drive|hours|closed|clos(?:ing|es)|opens?|opening|reopen(?:s|ing)?|starting|starts|begins|available|walk-?ins?|(?:heart|stroke|memory|awareness|charity|survivors?|fun|community|kidney|diabetes|cancer|autism|donor)\s+walks?|5k|10k|marathon|festival|picnic|reunion|party|celebration|gala|parade|meeting|support group|tours?|(?:of\s+)?(?:every|each)\s+(?:week|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|deadline|enroll(?:ment)?|drills?|mock\s+codes?|simulations?|lecture|talk|speak(?:s|ing|er)?|present(?:s|ing|ation)?|summit|conference|symposium|convention|expo|community|q&a|livestream|live stream|free|holiday|schedule|stop by|drop in|no appointment|ribbon[- ]cutting|ceremony|groundbreaking|dedication|launch(?:ed|es|ing)?|rolled out|debut(?:ed|s)?|\d{1,2}(?::\d\d)?\s?(?:am|pm|[ap]\.m(?=\.)))\b/i;

/** Words that open a question ("do you…", "what is…"), for comments that leave out the question mark. */
export const QUESTION_WORDS = 'do|does|did|is|are|can|could|will|would|what|when|where|which|who|how|why';

export const SECOND_PERSON = /\b(?:you|your|you're|youre|you've|you'll|yours|ur)\b/i;

export const FIRST_PERSON = /\b(?:i|i'm|im|i've|i'd|my|me|mine|myself|we|our|ours|my son|my daughter)\b/i;
