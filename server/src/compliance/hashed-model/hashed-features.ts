/**
 * The hashed text features the trained text models share (reply-risk, phi-risk), so their scorers and
 * trainers see one feature space: lowercase word unigrams and bigrams, where words from a few classes
 * (drugs, other health terms, numbers, dose units, care nouns, times, names, past tenses) also stand as
 * their class, so "take ibuprofen" and "take naproxen" share the bigram "take <drug>". Each model adds
 * its own cue flags on top. Features are hashed into 2^FEATURE_BITS buckets and collected into one
 * shared bucket set (no strings built per feature: the engine runs this on every reply and post).
 */
import { BucketSet } from '../text/bucket-set';
import { fnv1a as fnv } from '../text/fnv1a';
import { isHealthCueWord } from '../vocab/health-term-index';
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

/** What is done to or for someone in care: "your ___". Not the clinicians: "talk to your doctor" routes. */
const CARE_NOUNS: ReadonlySet<string> = new Set(
  'visit visits appointment appointments appt stay surgery procedure results result labs lab bloodwork scan mri x-ray xray ultrasound mammogram chart file records record prescription refill dose treatment treatments session sessions recovery checkup physical cleaning biopsy referral copay balance infusion stitches post-op follow-up bill account'.split(
    ' ',
  ),
);

/** When something happened or will: with "you" nearby, a visit being confirmed. */
const TIME_WORDS: ReadonlySet<string> = new Set(
  'today tonight tomorrow yesterday morning afternoon evening monday tuesday wednesday thursday friday saturday sunday week weekend month am pm'.split(' '),
);

export const FEATURE_BITS = 18;
export const FEATURE_DIM = 1 << FEATURE_BITS;

export function combine(a: number, b: number): number {
  let h = Math.imul(a ^ 0x7feb352d, 0x846ca68b) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}

export const bucket = (h: number): number => h >>> (32 - FEATURE_BITS);

// Separate streams for unigrams, bigrams and flags; sentence start and end as pseudo-words.
export const UNIGRAM = fnv('w:');
export const BIGRAM = fnv('b:');
export const START = fnv('^');
export const END = fnv('$');

/** The bucket of a named cue flag. */
export const flagBucket = (name: string): number => bucket(combine(fnv('f:'), fnv(name)));

export const WORD_CLASS = {
  num: fnv('<num>'),
  time: fnv('<time>'),
  drug: fnv('<drug>'),
  unit: fnv('<unit>'),
  care: fnv('<care>'),
  health: fnv('<health>'),
  name: fnv('<name>'),
  ed: fnv('<ed>'),
};

/** The class of a lowercase word from its lists, 0 for none. */
export function listClassOf(word: string): number {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return WORD_CLASS.num;
  if (TIME_WORDS.has(word)) return WORD_CLASS.time;
  if (DRUG_WORDS.has(word)) return WORD_CLASS.drug;
  if (UNIT_WORDS.has(word)) return WORD_CLASS.unit;
  if (CARE_NOUNS.has(word)) return WORD_CLASS.care;
  if (isHealthCueWord(word)) return WORD_CLASS.health;
  return 0;
}

export interface WordInfo {
  hash: number;
  listClass: number;
  pastTense: boolean;
}

/** Distinct lowercase words seen so far; cleared past MAX_REMEMBERED. */
const remembered = new Map<string, WordInfo>();
const MAX_REMEMBERED = 1 << 15;

export function infoOf(word: string): WordInfo {
  let info = remembered.get(word);
  if (info === undefined) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    info = { hash: fnv(word), listClass: listClassOf(word), pastTense: word.length > 4 && word.endsWith('ed') };
    remembered.set(word, info);
  }
  return info;
}

/** A drug or other health word: what a text can tie to a person. */
export function isHealthClass(listClass: number): boolean {
  return listClass === WORD_CLASS.drug || listClass === WORD_CLASS.health;
}

/** The distinct buckets of the feature set being collected, in first-seen order. */
const features = new BucketSet();

/** Starts a fresh feature set for a text of `wordCount` words. */
export function startFeatures(wordCount: number): void {
  features.reset(wordCount * 5 + 16);
}

/** Adds a bucket to the current feature set once. */
export function addFeature(b: number): void {
  features.add(b);
}

/** The current feature set; the next startFeatures reuses the buffer. */
export function currentFeatures(): { buckets: Int32Array; count: number } {
  return { buckets: features.out, count: features.count };
}

/** Adds the word and class uni/bigrams of `words` (lowercase), where `capitalised[k]` is 1 when word k is written capitalised ("Maria", "Dr": an ASCII capital, then a lower-case letter). */
export function addWordFeatures(words: readonly string[], capitalised: Uint8Array): void {
  let prev = START;
  let prevClass = START;
  for (let k = 0; k < words.length; k++) {
    const info = infoOf(words[k] as string);
    const w = info.hash;
    // A capitalised word inside a sentence is most often a name (a staff member, a patient, a unit).
    const cls =
      info.listClass || (k > 0 && capitalised[k] === 1 ? WORD_CLASS.name : info.pastTense ? WORD_CLASS.ed : 0);
    addFeature(bucket(combine(UNIGRAM, w)));
    addFeature(bucket(combine(combine(BIGRAM, prev), w)));
    if (cls) {
      addFeature(bucket(combine(UNIGRAM, cls)));
      addFeature(bucket(combine(combine(BIGRAM, prev), cls)));
    }
    if (prevClass !== prev) addFeature(bucket(combine(combine(BIGRAM, prevClass), cls || w)));
    prev = w;
    prevClass = cls || w;
  }
  addFeature(bucket(combine(combine(BIGRAM, prev), END)));
}
