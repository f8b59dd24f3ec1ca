/**
 * Features of the reply-risk model, shared by the runtime scorer and the training script so both see
 * the same feature space. Lowercase word unigrams and bigrams, where words from a few classes (drugs,
 * other health terms, numbers, dose units, care nouns) also stand as their class, so "take ibuprofen"
 * and "take naproxen" share the bigram "take <drug>". A handful of hand-made cues link the reply to the
 * comment it answers: a health question answered without routing is the shape of individual advice.
 */
import { isHealthWord } from '../vocab/health-term-index';
import { MEDICATIONS } from '../vocab/medications';

const EXTRA_DRUGS =
  'advil motrin tylenol aleve benadryl zyrtec claritin allegra sudafed melatonin magnesium pedialyte tums pepto imodium miralax neosporin hydrocortisone xanax zoloft accutane creatine glucosamine iron aloe d-mannose';

const DRUG_WORDS: ReadonlySet<string> = new Set([
  ...MEDICATIONS.split(/[|\n]/)
    .map((t) => t.trim())
    .filter((t) => t !== '' && !t.includes(' ')),
  ...EXTRA_DRUGS.split(' '),
]);

const UNIT_WORDS: ReadonlySet<string> = new Set(
  'mg mcg ml mls milligrams milliliters millilitres units tablet tablets tabs pill pills capsule capsules teaspoon teaspoons tsp tablespoon tbsp puff puffs drops grams dose doses'.split(' '),
);

/** What is done to or for someone in care: "your ___" or "the ___ we …" about a person. */
const CARE_NOUNS: ReadonlySet<string> = new Set(
  'visit visits appointment appointments appt stay surgery procedure results result labs lab bloodwork scan mri x-ray xray ultrasound mammogram chart file records record prescription refill dose treatment treatments session sessions recovery checkup physical cleaning biopsy referral copay balance infusion stitches post-op follow-up bill account provider nurse doctor therapist surgeon care'.split(
    ' ',
  ),
);

/** When something happened or will: with "you" nearby, a visit being confirmed. */
const TIME_WORDS: ReadonlySet<string> = new Set(
  'today tonight tomorrow yesterday morning afternoon evening monday tuesday wednesday thursday friday saturday sunday week weekend month am pm'.split(' '),
);

const WORD_RE = /[A-Za-z0-9]+(?:[-'][A-Za-z0-9]+)*/g;
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

function rawWordsOf(text: string): string[] {
  return text.replace(/[\u2018\u2019]/g, "'").match(WORD_RE) ?? [];
}

function wordsOf(text: string): string[] {
  return rawWordsOf(text).map((w) => w.toLowerCase());
}

function classOf(word: string): string | undefined {
  if (/^\d/.test(word)) return '<num>';
  if (TIME_WORDS.has(word)) return '<time>';
  if (DRUG_WORDS.has(word)) return '<drug>';
  if (UNIT_WORDS.has(word)) return '<unit>';
  if (CARE_NOUNS.has(word)) return '<care>';
  if (isHealthWord(word)) return '<health>';
  return undefined;
}

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
      askedHealth: words.some((w) => {
        const cls = classOf(w);
        return cls === '<drug>' || cls === '<health>';
      }),
      ownCare: OWN_CARE_RE.test(context.toLowerCase()),
      contentWords: new Set(words.filter((w) => !STOP_CONTEXT.has(w))),
    };
  }
  return lastCues;
}

/** Feature names of `text` (a reply or one of its sentences) answering `context`, each at most once. */
export function replyRiskFeatures(text: string, context = ''): string[] {
  const out = new Set<string>();
  const raw = rawWordsOf(text);
  const words = raw.map((w) => w.toLowerCase());
  let prev = '^';
  let prevClass = '^';
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    // A capitalised word inside a sentence is most often a name (a staff member, a patient, a unit).
    const cls = classOf(w) ?? (k > 0 && /^[A-Z][a-z]/.test(raw[k] as string) && prev !== '^' ? '<name>' : w.length > 4 && w.endsWith('ed') ? '<ed>' : undefined);
    out.add(`w:${w}`);
    out.add(`b:${prev} ${w}`);
    if (cls) {
      out.add(`w:${cls}`);
      out.add(`b:${prev} ${cls}`);
    }
    if (prevClass !== prev) out.add(`b:${prevClass} ${cls ?? w}`);
    prev = w;
    prevClass = cls ?? w;
  }
  out.add(`b:${prev} $`);

  const phone = PHONE_RE.test(text);
  const emergency = EMERGENCY_RE.test(text);
  const routes = phone || emergency || ROUTING_RE.test(text.toLowerCase());
  if (phone) out.add('f:phone');
  if (emergency) out.add('f:emergency');
  if (routes) out.add('f:routes');

  if (context.trim() !== '') {
    const cues = contextCues(context);
    if (cues.question) out.add('c:question');
    if (cues.askedHealth) out.add(routes ? 'x:health-ctx&routes' : 'x:health-ctx&no-route');
    if (cues.ownCare) out.add(routes ? 'x:own-care-ctx&routes' : 'x:own-care-ctx&no-route');
    let shared = 0;
    const seen = new Set<string>();
    for (const w of words) {
      if (cues.contentWords.has(w) && !seen.has(w)) {
        seen.add(w);
        shared++;
      }
    }
    if (shared >= 2) out.add('f:ctx-overlap');
  }
  return [...out];
}
