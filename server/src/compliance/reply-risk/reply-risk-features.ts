/**
 * Features of the reply-risk model, shared by the runtime scorer and the training script so both see
 * the same feature space. Lowercase word unigrams and bigrams, where words from a few classes (drugs,
 * other health terms, numbers, dose units, care nouns, times, names, past tenses) also stand as their
 * class, so "take ibuprofen" and "take naproxen" share the bigram "take <drug>". A handful of hand-made
 * cues link the reply to the comment it answers: a health question answered without routing is the
 * shape of individual advice. Features are hashed into 2^FEATURE_BITS buckets (no strings built per
 * feature: the engine runs this on every reply).
 */
import { BIGRAM, END, FEATURE_BITS, FEATURE_DIM, flagBucket, listClassOf, START, UNIGRAM, WORD_CLASS, bucket, combine } from '../hashed-model/hashed-features';
import { BucketSet } from '../text/bucket-set';
import { FoldedWordTable } from '../text/folded-word-table';
import { WordScan } from '../text/word-scan';

const PHONE_RE = /\(\d{3}\)\s*\d{3}[-.\s]\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b|\b1-800-\d{3}-\d{4}\b/;
const EMERGENCY_RE = /\b(?:911|988)\b/;
const ROUTING_RE =
  /\b(?:call|text|nurse line|patient portal|portal|patient relations|pharmacists?|prescriber|your provider|a provider|your doctor|a doctor|care team|check with|talk (?:with|to)|book|schedule|poison control)\b/;
const QUESTION_RE = /\?/;
const OWN_CARE_RE =
  /\b(?:my|our) (?:visit|appointment|appt|surgery|procedure|results?|labs?|scan|mri|x-?ray|stitches|doctor|nurse|therapist|stay|delivery|treatment|prescription|refill|bill|account|kid|son|daughter|baby|mom|dad)\b|\bi (?:was|got|had|saw|just)\b/;
const STOP_CONTEXT: ReadonlySet<string> = new Set(
  'the a an and or to of in on for with my i me is it at be this that was are you your we our so just have has had do does can get got not no but if from about'.split(' '),
);

export { FEATURE_BITS, FEATURE_DIM };

const flag = flagBucket;
const FLAG = {
  phone: flag('phone'),
  emergency: flag('emergency'),
  routes: flag('routes'),
  question: flag('c:question'),
  healthRoutes: flag('health-ctx&routes'),
  healthNoRoute: flag('health-ctx&no-route'),
  ownCareRoutes: flag('own-care-ctx&routes'),
  ownCareNoRoute: flag('own-care-ctx&no-route'),
  overlap: flag('ctx-overlap'),
};

const CLASS = WORD_CLASS;

/** Distinct lowercase words seen so far; forgotten past MAX_REMEMBERED. */
const MAX_REMEMBERED = 1 << 15;
const table = new FoldedWordTable(listClassOf, MAX_REMEMBERED);

function pastTense(word: string): boolean {
  return word.length > 4 && word.endsWith('ed');
}

interface ContextCues {
  question: boolean;
  askedHealth: boolean;
  ownCare: boolean;
  contentWords: ReadonlySet<string>;
}

// A reply and each of its sentences are scored against the same comment, one after the other.
const contextScan = new WordScan();
let lastContext: string | undefined;
let lastCues: ContextCues | undefined;

function contextCues(context: string): ContextCues {
  if (context !== lastContext || lastCues === undefined) {
    // Room 0: the reply's words, scanned with room for the comment's, keep their ids.
    const count = contextScan.scan(context, table, 0);
    const words: string[] = [];
    let askedHealth = false;
    for (let k = 0; k < count; k++) {
      const id = contextScan.ids[k] as number;
      words.push(table.words[id] as string);
      const cls = table.values[id];
      if (cls === CLASS.drug || cls === CLASS.health) askedHealth = true;
    }
    lastContext = context;
    lastCues = {
      question: QUESTION_RE.test(context),
      askedHealth,
      ownCare: OWN_CARE_RE.test(context.toLowerCase()),
      contentWords: new Set(words.filter((w) => !STOP_CONTEXT.has(w))),
    };
  }
  return lastCues;
}

const features = new BucketSet();
const scan = new WordScan();

/** Scans the words of `text` into `scan`; returns how many. The comment's words are looked up later: room for both. */
function scanWords(text: string, context: string): number {
  return scan.scan(text, table, text.length + context.length);
}

/**
 * The distinct feature buckets of words [from, to) of `text` (the last scanWords), which make up `part`
 * (the whole text or one of its sentences), answering `context`; in a shared buffer the next call reuses.
 */
function featuresOfWords(text: string, from: number, to: number, part: string, context: string): { buckets: Int32Array; count: number } {
  features.reset(part.length * 3 + 16);
  const add = (b: number): void => features.add(b);
  const { ids: wordIds, starts: wordStarts, ends: wordEnds } = scan;
  let prev = START;
  let prevClass = START;
  for (let k = from; k < to; k++) {
    const id = wordIds[k] as number;
    const start = wordStarts[k] as number;
    const w = table.hashes[id] as number;
    const first = text.charCodeAt(start);
    const second = start + 1 < (wordEnds[k] as number) ? text.charCodeAt(start + 1) : 0;
    // A capitalised word inside a sentence is most often a name (a staff member, a patient, a unit).
    const cls =
      (table.values[id] as number) || (k > from && first >= 65 && first <= 90 && second >= 97 && second <= 122 ? CLASS.name : pastTense(table.words[id] as string) ? CLASS.ed : 0);
    add(bucket(combine(UNIGRAM, w)));
    add(bucket(combine(combine(BIGRAM, prev), w)));
    if (cls) {
      add(bucket(combine(UNIGRAM, cls)));
      add(bucket(combine(combine(BIGRAM, prev), cls)));
    }
    if (prevClass !== prev) add(bucket(combine(combine(BIGRAM, prevClass), cls || w)));
    prev = w;
    prevClass = cls || w;
  }
  add(bucket(combine(combine(BIGRAM, prev), END)));

  const phone = PHONE_RE.test(part);
  const emergency = EMERGENCY_RE.test(part);
  const routes = phone || emergency || ROUTING_RE.test(part.toLowerCase());
  if (phone) add(FLAG.phone);
  if (emergency) add(FLAG.emergency);
  if (routes) add(FLAG.routes);

  if (context.trim() !== '') {
    const cues = contextCues(context);
    if (cues.question) add(FLAG.question);
    if (cues.askedHealth) add(routes ? FLAG.healthRoutes : FLAG.healthNoRoute);
    if (cues.ownCare) add(routes ? FLAG.ownCareRoutes : FLAG.ownCareNoRoute);
    let shared = 0;
    const seen = new Set<string>();
    for (let k = from; k < to; k++) {
      const w = table.words[wordIds[k] as number] as string;
      if (cues.contentWords.has(w) && !seen.has(w)) {
        seen.add(w);
        shared++;
      }
    }
    if (shared >= 2) add(FLAG.overlap);
  }
  return { buckets: features.out, count: features.count };
}

/**
 * Writes the distinct feature buckets of `text` (a reply or one of its sentences) answering `context`
 * into a shared buffer and returns it with the count. The next call reuses the buffer.
 */
export function collectReplyRiskFeatures(text: string, context = ''): { buckets: Int32Array; count: number } {
  return featuresOfWords(text, 0, scanWords(text, context), text, context);
}

/**
 * collectReplyRiskFeatures of each span of `text`, handed to `visit` in order, from one scan of the text's
 * words. The spans must start and end between words (sentence spans do: they end on a mark or a line break).
 */
export function forEachSpanFeatures(
  text: string,
  spans: ReadonlyArray<{ start: number; end: number }>,
  context: string,
  visit: (index: number, buckets: Int32Array, count: number) => void,
): void {
  const words = scanWords(text, context);
  const { starts: wordStarts, ends: wordEnds } = scan;
  let k = 0;
  spans.forEach((span, index) => {
    while (k < words && (wordStarts[k] as number) < span.start) k++;
    let to = k;
    while (to < words && (wordEnds[to] as number) <= span.end) to++;
    const { buckets, count } = featuresOfWords(text, k, to, text.slice(span.start, span.end), context);
    visit(index, buckets, count);
    k = to;
  });
}

/** collectReplyRiskFeatures as a fresh array (for training and tests). */
export function replyRiskFeatures(text: string, context = ''): number[] {
  const { buckets, count } = collectReplyRiskFeatures(text, context);
  return Array.from(buckets.subarray(0, count));
}
