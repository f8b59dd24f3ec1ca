/**
 * Features of the phi-risk model for one sentence of a post or reply: the shared hashed word features
 * (../hashed-model/hashed-features.ts) plus cues for what ties a health detail to a person — someone
 * addressed ("your", "you're"), a relative, a capitalised name that is not on the directory, a room or
 * bed, an age, and, in a reply, a health word, number or name the comment itself gave (restating the
 * commenter's own detail). Shared by the runtime scorer and the training script.
 */
import {
  addWordFeatures,
  currentFeatures,
  infoOf,
  isHealthClass,
  WORD_CLASS,
  startFeatures,
} from '../hashed-model/hashed-features';
import { execAll } from '../text/exec-all';
import { FoldedWordTable } from '../text/folded-word-table';
import { WordScan } from '../text/word-scan';
import type { TextKind } from '../types';
import { COMMENT_CUES, cueFlags } from './cue-flags';
import { EPONYM_CONDITION_HEADS } from '../vocab/conditions';
import { isMeetingRoomAt } from '../vocab/meeting-room';
import { MONTH_NAMES } from '../vocab/months';
import { NOT_NAME_WORDS } from '../vocab/name-stopwords';

/** Directory words (staff names, departments, places): a capitalised word among them is not a patient. */
export interface KnownWords {
  has(lowerWord: string): boolean;
}

const NO_KNOWN_WORDS: KnownWords = { has: () => false };

const KIN: ReadonlySet<string> = new Set(
  'son sons daughter daughters mom mum mother dad father husband wife partner baby babies grandma grandpa grandmother grandfather granny nana papa grandson granddaughter brother sister kid kids child toddler twins triplets uncle aunt niece nephew fiancé fiance boyfriend girlfriend stepson stepdaughter'.split(
    ' ',
  ),
);
/** Words that make a sentence about someone's health or care beyond the vocabularies' terms. */
const HEALTH_CUES: ReadonlySet<string> = new Set(
  'patient patients stay longest-stay discharge discharged admitted readmitted shot shots vaccine vaccines sober sobriety clean mole spotting fracture fractured broke broken sugars reading readings pounds lbs died passed hospice nicu icu picu er born newborn labor delivered pregnant pregnancy postpartum injured injury hurt hurts sore pain recovery recovering recovered rehab wound stitches cast bandage checkup check-up weigh-in memory-care dialysis chemo radiation surgery sedation sedated dislocated swallowed stitched treated cared bedside shoulder knee hip arm leg ankle wrist elbow neck chest stomach tooth teeth skin bone bones finger fingers thumb thumbs toe toes foot feet lung lungs rib ribs jaw spine kidney kidneys liver collarbone fall fell accident ambulance ward maternity oncology cardiac burn pediatric ortho sick ill stable'.split(
    ' ',
  ),
);
/** Words for a person (besides names, relatives and "you"): someone a post could be about. */
const PERSON_WORDS: ReadonlySet<string> = new Set(
  'patient patients he she his her him man men woman women boy girl guy gentleman lady teen teenager kiddo infant friend neighbor neighbour mr mrs ms miss family survivor veteran player student freshman'.split(' '),
);
/** "Medicare Advantage", "Keystone Mutual", "Blue Cross": insurers and plans, and the word that opens their name, are no one's name. */
const PLAN_WORDS: ReadonlySet<string> = new Set(
  'medicare medicaid advantage mutual insurance insurer aetna cigna humana tricare kaiser anthem cross shield unitedhealthcare ambetter molina wellcare marketplace hmo ppo'.split(' '),
);

/** A capitalised word that is no name: a title, a function word opening a clause ("Health tip: Let's …"), an insurer. */
function isNotName(word: string): boolean {
  return NOT_NAME_WORDS.has(word) || PLAN_WORDS.has(word) || (word.endsWith("'s") && NOT_NAME_WORDS.has(word.slice(0, -2)));
}
const ADDRESS_WORDS: ReadonlySet<string> = new Set(["your", "you're", 'youre', 'ur', 'you', "you've", "you'll"]);
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', "i'm", 'im', "i've", 'my', 'me', 'we', 'our', 'us']);
const STOP: ReadonlySet<string> = new Set(
  'the a an and or to of in on for with my i me is it at be this that was are you your we our so just have has had do does can get got not no but if from about all out up been being very really'.split(' '),
);

const ROOM_RE = /\b(?:room|rm|bed|bay|suite|unit)\s*#?\d|\b\d+\s*(?:west|east|north|south)\b|\b\d(?:st|nd|rd|th) floor\b|\b(?:icu|nicu|picu)\b/gi;

/** A room, bed, ward or unit where someone is cared for; "Conference Room 2" hosts a class. */
function namesCareRoom(sentence: string): boolean {
  return execAll(ROOM_RE, sentence).some((m) => !isMeetingRoomAt(sentence, m.index));
}

/** "a 9-year-old", "turned 80", "Ruth, 72," and the chart's and the text's shorthand ("58 yo F", "the 19 y/o"). */
const AGE_RE = /\b\d{1,3}[- ](?:year|yr|month|week|day)s?[- ]old\b|\b\d{1,3}\s?(?:yo|y\/o|y\.o\.)(?![\w/])|\b(?:aged?|turned|turns)\s+\d{1,3}\b|,\s*\d{1,2}\s*,/i;
const DATE_RE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\/\d{1,2}\b|\bthe\s+\d{1,2}(?:st|nd|rd|th)\b/i;
/** A comment that ends on its question: emoji, "!" or a "thanks" after the question mark change nothing ("Where's the office? 🙏"). */
const QUESTION_END = /\?[\s\p{Extended_Pictographic}\u200d\ufe0f\u{1f3fb}-\u{1f3ff}!.?]*(?:(?:thanks?(?: you)?|thx|ty|please|pls)\b[\s\p{Extended_Pictographic}\u200d\ufe0f\u{1f3fb}-\u{1f3ff}!.]*)?$/iu;
const ROUTES_RE = /\(\d{3}\)\s*\d{3}[-.\s]\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b|\b(?:911|988)\b|\b(?:call|text|dm us|message us|portal)\b/i;

const CUES = [
  'health',
  'care',
  'addressed',
  'addressed&health',
  'kin',
  'kin&health',
  'other-name',
  'other-name&health',
  'staff-name',
  'room',
  'age',
  'date',
  'routes',
  'bare',
  'health-both',
  'drug-both',
  ...COMMENT_CUES,
] as const;
type Cue = (typeof CUES)[number];

const FLAGS = cueFlags('phi', CUES);

interface ContextCues {
  health: boolean;
  drug: boolean;
  /** First five letters of the comment's content words of four letters or more. */
  stems: ReadonlySet<string>;
  own: boolean;
  kin: boolean;
  words: ReadonlySet<string>;
  /** First five letters of the comment's health words ("migraines" and "migraine" meet). */
  healthStems: ReadonlySet<string>;
  capitalised: ReadonlySet<string>;
}

function contextCues(context: string): ContextCues {
  if (context !== lastContext || lastCues === undefined) {
    // Room 0: the sentence being scored keeps its word ids.
    const count = contextScan.scan(context, phiWords, 0);
    const words = lowerWords(contextScan, count);
    const healthStems = new Set<string>();
    const capitalised = new Set<string>();
    const stems = new Set<string>();
    let drug = false;
    let own = false;
    let kin = false;
    words.forEach((w, k) => {
      const cls = infoOf(w).listClass;
      if (isHealthClass(cls) || cls === WORD_CLASS.care) healthStems.add(w.slice(0, 5));
      if (cls === WORD_CLASS.drug) drug = true;
      if (w.length >= 4 && !STOP.has(w)) stems.add(w.slice(0, 5));
      if (FIRST_PERSON.has(w)) own = true;
      if (KIN.has(w)) kin = true;
      if (cls === 0 && !STOP.has(w) && !FIRST_PERSON.has(w) && capitalisedIn(context, contextScan.starts[k] as number, contextScan.ends[k] as number)) capitalised.add(w);
    });
    lastContext = context;
    lastCues = {
      health: healthStems.size > 0,
      drug,
      stems,
      own,
      kin,
      words: new Set(words.filter((w) => !STOP.has(w))),
      healthStems,
      capitalised,
    };
  }
  return lastCues;
}

/**
 * Not cues on their own: care nouns of billing and paperwork ("the name on the account", "Bill"), and
 * everyday words that only open a listed phrase ("the flu", "in situ", "back pain", "cat scan").
 */
const NOT_CUES: ReadonlySet<string> = new Set(
  'bill account balance copay file record records referral session sessions cleaning physical result nurse nurses doctor doctors provider providers the in add cat pet egg red hay long back high low type alt sed ace tox e ms als lap ast'.split(
    ' ',
  ),
);

function isHealthCue(word: string, cls: number): boolean {
  return ((isHealthClass(cls) || cls === WORD_CLASS.care) && !NOT_CUES.has(word)) || HEALTH_CUES.has(word);
}

const HEALTH_CUE = 1;
const HEALTH = 2;
const DRUG = 4;
const CARE = 8;
const ADDRESSED = 16;
const KIN_WORD = 32;
const PERSON = 64;
const CAPITALISED_NAME = 128;
/** A number or an intensive-care unit: what a room, bed, age or date needs. */
const NUMBER_OR_UNIT = 256;
/** A word ROOM_RE needs: room, bed, floor, west, icu, … */
const ROOM_WORD = 512;
const ROOM_WORDS: ReadonlySet<string> = new Set('room rm bed bay suite unit west east north south floor icu nicu picu'.split(' '));

/** No capital needed: a capitalised word of this kind (no list's word, no title, insurer or day) reads as a name. */
const NAMEABLE = 1024;

/** What a lower-case word says for these cues; a capitalised NAMEABLE word is also a CAPITALISED_NAME. */
function bitsOf(lower: string): number {
  const cls = infoOf(lower).listClass;
  let bits = 0;
  if (isHealthCue(lower, cls)) bits |= HEALTH_CUE;
  if (isHealthClass(cls)) bits |= HEALTH;
  else if (cls === WORD_CLASS.care) bits |= CARE;
  if (cls === WORD_CLASS.drug) bits |= DRUG;
  // "daughter's fever", "Mom's fall": the possessive is the person too.
  const owner = lower.endsWith("'s") ? lower.slice(0, -2) : lower;
  if (ADDRESS_WORDS.has(lower)) bits |= ADDRESSED;
  if (KIN.has(owner)) bits |= KIN_WORD;
  if (PERSON_WORDS.has(owner)) bits |= PERSON;
  if (cls === 0 && !isNotName(lower) && !CALENDAR_WORD.test(lower)) bits |= NAMEABLE;
  if (cls === WORD_CLASS.num || /^(?:icu|nicu|picu)$/.test(lower)) bits |= NUMBER_OR_UNIT;
  if (ROOM_WORDS.has(lower)) bits |= ROOM_WORD;
  return bits;
}

/** Each lower-case word's bits, looked up once, then found straight from the sentence (no string built per word). */
const phiWords = new FoldedWordTable(bitsOf, 1 << 15);
const scan = new WordScan();
let capitalisedAt = new Uint8Array(256);
const contextScan = new WordScan();
let lastContext: string | undefined;
let lastCues: ContextCues | undefined;

/** The lower-case words of the last `count` scanned into `scanned`. */
function lowerWords(scanned: WordScan, count: number): string[] {
  const words: string[] = [];
  for (let k = 0; k < count; k++) words.push(phiWords.words[scanned.ids[k] as number] as string);
  return words;
}

/** text[start, end) is capitalised ("Maria", "Dr"): an ASCII capital letter, then a lower-case one. */
function capitalisedIn(text: string, start: number, end: number): boolean {
  const a = text.charCodeAt(start);
  const b = start + 1 < end ? text.charCodeAt(start + 1) : 0;
  return a >= 65 && a <= 90 && b >= 97 && b <= 122;
}

/** "Reye's syndrome", "Bell's palsy": the word after a capitalised one that makes it part of a condition's name. */
const EPONYM_HEAD = new RegExp(`^(?:${EPONYM_CONDITION_HEADS})$`, 'i');

/** "Wednesdays", "June": capitalised, but a day or month, not a name. */
const CALENDAR_WORD = new RegExp(`^(?:mon|tues|wednes|thurs|fri|satur|sun)days?$|^(?:${MONTH_NAMES})$`);

const POINTING: ReadonlySet<string> = new Set('the that this those these your his her their my our ur'.split(' '));

/** A health or care word one or two words after "the", "that", "your", … */
function pointedDetail(words: readonly string[]): boolean {
  for (let k = 1; k < words.length; k++) {
    const cls = infoOf(words[k] as string).listClass;
    if (!(isHealthClass(cls) || cls === WORD_CLASS.care)) continue;
    if (POINTING.has(words[k - 1] as string) || (k > 1 && POINTING.has(words[k - 2] as string))) return true;
  }
  return false;
}

function isTitleCase(text: string, words: number): boolean {
  let long = 0;
  let capitalised = 0;
  for (let k = 0; k < words; k++) {
    const start = scan.starts[k] as number;
    if ((scan.ends[k] as number) - start < 4) continue;
    long++;
    const c = text.charCodeAt(start);
    if (c >= 65 && c <= 90) capitalised++;
  }
  return long >= 4 && capitalised >= long * 0.6;
}

/**
 * Writes the distinct feature buckets of one sentence of a `kind` text (answering `context` when a
 * reply) into the shared scratch buffer and returns it with the count. The next call reuses the buffer.
 * A sentence without a single health or care word, or a post's sentence without a person in it, ties
 * nothing to anyone: undefined, and nothing is collected (most sentences stop here, cheaply).
 */
export function collectPhiRiskFeatures(
  sentence: string,
  kind: TextKind,
  context = '',
  known: KnownWords = NO_KNOWN_WORDS,
): { buckets: Int32Array; count: number } | undefined {
  const count = scan.scan(sentence, phiWords);
  const { ids, starts, ends } = scan;
  if (capitalisedAt.length < count) capitalisedAt = new Uint8Array(count * 2);
  const reply = kind === 'reply';
  // In a Title Case Headline every word looks like a name.
  const namesReadable = !isTitleCase(sentence, count);
  let seen = 0;
  const names: string[] = [];
  let staffName = false;
  for (let k = 0; k < count; k++) {
    const id = ids[k] as number;
    const capitalised = capitalisedIn(sentence, starts[k] as number, ends[k] as number);
    capitalisedAt[k] = capitalised ? 1 : 0;
    let bits = phiWords.values[id] as number;
    if (capitalised && bits & NAMEABLE) bits |= CAPITALISED_NAME;
    seen |= bits;
    // The next word is matched in lower case: EPONYM_HEAD ignores case, and PLAN_WORDS is lower case.
    const next = k + 1 < count ? (phiWords.words[ids[k + 1] as number] as string) : '';
    if (namesReadable && k > 0 && bits & CAPITALISED_NAME && !EPONYM_HEAD.test(next) && !PLAN_WORDS.has(next)) {
      const lower = phiWords.words[id] as string;
      if (known.has(lower)) staffName = true;
      else names.push(lower);
    }
  }
  const healthCue = (seen & HEALTH_CUE) !== 0;
  const health = (seen & HEALTH) !== 0;
  const drug = (seen & DRUG) !== 0;
  const care = (seen & CARE) !== 0;
  const addressed = (seen & ADDRESSED) !== 0;
  const kin = (seen & KIN_WORD) !== 0;
  const person = (seen & PERSON) !== 0;
  const otherName = names.length > 0;
  const numbered = (seen & NUMBER_OR_UNIT) !== 0;
  const room = numbered && (seen & ROOM_WORD) !== 0 && namesCareRoom(sentence);
  // A room, bed or unit number is a care setting: cue enough without a health word.
  if (!healthCue && !room) return undefined;
  const age = numbered && AGE_RE.test(sentence);
  // With nobody in it (no one addressed, named, related, aged or roomed), a sentence ties nothing to anyone,
  // unless it answers a comment about the commenter's own or a relative's health, which it could restate
  // ("vertigo is back ugh"); a question about a service ("When is the next diabetes class?") is not that.
  const answers = reply && context.trim() !== '';
  if (!(addressed || kin || person || otherName || room || age)) {
    if (!answers) return undefined;
    const cues = contextCues(context);
    if (!cues.own && !cues.kin && !(cues.health && !QUESTION_END.test(context))) return undefined;
  }

  const words = lowerWords(scan, count);
  startFeatures(count);
  addWordFeatures(words, capitalisedAt);
  FLAGS.addKind(reply);
  const cue = (name: Cue): void => FLAGS.add(name, reply);

  const detail = health || care;
  // "the rash", "your biopsy", "that cough": a particular health detail, not health in general.
  const pointed = pointedDetail(words);
  if (pointed) cue('pointed-health');
  if (health) cue('health');
  if (care) cue('care');
  if (addressed) cue(detail ? 'addressed&health' : 'addressed');
  if (kin) cue(detail ? 'kin&health' : 'kin');
  if (otherName) cue(detail ? 'other-name&health' : 'other-name');
  if (staffName) cue('staff-name');
  if (room) cue('room');
  if (age) cue('age');
  if (numbered && DATE_RE.test(sentence)) cue('date');
  if (ROUTES_RE.test(sentence)) cue('routes');

  if (answers) {
    const cues = contextCues(context);
    if (cues.health) cue('ctx-health');
    if (cues.own) cue('ctx-own');
    if (cues.kin) cue('ctx-kin');
    if (cues.health && detail) cue('health-both');
    if (cues.drug && drug) cue('drug-both');
    let shared = 0;
    let restated = false;
    const seen = new Set<string>();
    for (let k = 0; k < words.length; k++) {
      const w = words[k] as string;
      if (seen.has(w)) continue;
      seen.add(w);
      const cls = infoOf(w).listClass;
      const stem = w.slice(0, 5);
      if ((isHealthClass(cls) || cls === WORD_CLASS.care) && cues.healthStems.has(stem)) {
        cue('restated-health');
        if (pointed) cue('pointed-restated');
      }
      if (cls === WORD_CLASS.num && cues.words.has(w)) cue('restated-number');
      if (w.length >= 4 && !STOP.has(w) && cues.stems.has(stem)) {
        restated = true;
        // "the lump" after "found a lump": the commenter's own thing, even if no list knows the word.
        if (k > 0 && POINTING.has(words[k - 1] as string)) cue('pointed-restated');
      }
      if (cues.words.has(w)) shared++;
    }
    if (restated) cue(addressed ? 'restated-word&addressed' : 'restated-word');
    if (shared >= 2) cue('restated-words');
    if (names.some((w) => cues.capitalised.has(w))) cue('restated-name');
  } else if (!detail) {
    cue('bare');
  }
  return currentFeatures();
}

/** collectPhiRiskFeatures as a fresh array (for training and tests). */
export function phiRiskFeatures(
  sentence: string,
  kind: TextKind,
  context = '',
  known: KnownWords = NO_KNOWN_WORDS,
): number[] | undefined {
  const features = collectPhiRiskFeatures(sentence, kind, context, known);
  return features && Array.from(features.buckets.subarray(0, features.count));
}
