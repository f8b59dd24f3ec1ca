/**
 * Features of the reply-risk model, shared by the runtime scorer and the training script: the shared
 * hashed word features (../hashed-model/hashed-features.ts) plus a handful of hand-made cues that link
 * the reply to the comment it answers: a health question answered without routing is the shape of
 * individual advice.
 */
import {
  addFeature,
  addWordFeatures,
  currentFeatures,
  flagBucket,
  infoOf,
  isHealthClass,
  rawWordsOf,
  startFeatures,
  wordsOf,
} from '../hashed-model/hashed-features';

export { FEATURE_BITS, FEATURE_DIM } from '../hashed-model/hashed-features';

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

const FLAG = {
  phone: flagBucket('phone'),
  emergency: flagBucket('emergency'),
  routes: flagBucket('routes'),
  question: flagBucket('c:question'),
  healthRoutes: flagBucket('health-ctx&routes'),
  healthNoRoute: flagBucket('health-ctx&no-route'),
  ownCareRoutes: flagBucket('own-care-ctx&routes'),
  ownCareNoRoute: flagBucket('own-care-ctx&no-route'),
  overlap: flagBucket('ctx-overlap'),
};

interface ContextCues {
  question: boolean;
  askedHealth: boolean;
  ownCare: boolean;
  contentWords: ReadonlySet<string>;
}

// A reply and each of its sentences are scored against the same comment, one after the other.
let lastContext: string | undefined;
let lastCues: ContextCues | undefined;

function contextCues(context: string): ContextCues {
  if (context !== lastContext || lastCues === undefined) {
    const words = wordsOf(context);
    lastContext = context;
    lastCues = {
      question: QUESTION_RE.test(context),
      askedHealth: words.some((w) => isHealthClass(infoOf(w).listClass)),
      ownCare: OWN_CARE_RE.test(context.toLowerCase()),
      contentWords: new Set(words.filter((w) => !STOP_CONTEXT.has(w))),
    };
  }
  return lastCues;
}

/**
 * Writes the distinct feature buckets of `text` (a reply or one of its sentences) answering `context`
 * into the shared scratch buffer and returns it with the count. The next call reuses the buffer.
 */
export function collectReplyRiskFeatures(text: string, context = ''): { buckets: Int32Array; count: number } {
  const raw = rawWordsOf(text);
  startFeatures(raw.length);
  const words = raw.map((w) => w.toLowerCase());
  addWordFeatures(raw, words);

  const phone = PHONE_RE.test(text);
  const emergency = EMERGENCY_RE.test(text);
  const routes = phone || emergency || ROUTING_RE.test(text.toLowerCase());
  if (phone) addFeature(FLAG.phone);
  if (emergency) addFeature(FLAG.emergency);
  if (routes) addFeature(FLAG.routes);

  if (context.trim() !== '') {
    const cues = contextCues(context);
    if (cues.question) addFeature(FLAG.question);
    if (cues.askedHealth) addFeature(routes ? FLAG.healthRoutes : FLAG.healthNoRoute);
    if (cues.ownCare) addFeature(routes ? FLAG.ownCareRoutes : FLAG.ownCareNoRoute);
    let shared = 0;
    const seen = new Set<string>();
    for (const w of words) {
      if (cues.contentWords.has(w) && !seen.has(w)) {
        seen.add(w);
        shared++;
      }
    }
    if (shared >= 2) addFeature(FLAG.overlap);
  }
  return currentFeatures();
}

/** collectReplyRiskFeatures as a fresh array (for training and tests). */
export function replyRiskFeatures(text: string, context = ''): number[] {
  const { buckets, count } = collectReplyRiskFeatures(text, context);
  return Array.from(buckets.subarray(0, count));
}
