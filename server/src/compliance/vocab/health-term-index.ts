import type { WordToken } from '../text/word-tokens';
import { CONDITIONS } from './conditions';
import { EXTRA_CAPS_ONLY, EXTRA_CONDITIONS, EXTRA_LAB_TESTS, EXTRA_MEDICATIONS, EXTRA_PROCEDURES } from './extra-terms';
import { LAY_CONDITIONS, LAY_LAB_TESTS, LAY_MEDICATIONS, LAY_PROCEDURES } from './lay-terms';
import { spanishDrugNames } from './spanish-drug-names';
import { SPANISH_CONDITIONS, SPANISH_LAB_TESTS, SPANISH_MEDICATIONS, SPANISH_PROCEDURES } from './spanish-terms';
import { SPANISH_CONDITIONS_TRANSLATED, SPANISH_LAB_TESTS_TRANSLATED, SPANISH_MEDICATIONS_TRANSLATED, SPANISH_PROCEDURES_TRANSLATED } from './spanish-terms-translated';
import { LAB_TESTS } from './lab-tests';
import { MEDICATIONS } from './medications';
import { PROCEDURES } from './procedures';
import { wordClass } from './word-classes';

export type HealthTermKind = 'diagnosis' | 'procedure' | 'lab' | 'medication';

export interface HealthTermMatch {
  kind: HealthTermKind;
  /** Token index range, end exclusive. */
  from: number;
  to: number;
  start: number;
  end: number;
}

/** Short acronyms that are ordinary words in lower case ("ms", "add"): only matched when written in capitals. */
const CAPS_ONLY = new Set(
  'ms add als alt ast bun tia ibs ana esr crp bmi psa inr hdl ldl std sti rsv hpv uti tbi dka bph pku icd cath echo mono iud ocd chf dvt copd ekg ecg eeg cbc bmp cmp tsh gfr egfr wbc hctz mri hiv aids gerd pcos ivf tavr cabg adhd ptsd gad osa arb ppi tms scad pots eds'.split(' ')
    .concat(EXTRA_CAPS_ONLY),
);

/** A short acronym listed as a health term that is written in capitals ("pcos" → "PCOS"). */
export function isCapsOnlyAcronym(lower: string): boolean {
  return CAPS_ONLY.has(lower);
}

interface Phrase {
  words: string[];
  kind: HealthTermKind;
}

/** A listed term as the words wordTokens finds in it: "graves' disease" → graves, disease; "pt/inr" → pt, inr. */
function listedWords(term: string): string[] {
  return term
    .split(/[\s/]+/)
    .map((w) => w.replace(/[.']+$/, ''))
    .filter(Boolean);
}

function parse(list: string, kind: HealthTermKind): Phrase[] {
  return list
    .split(/[|\n]/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ words: listedWords(t), kind }));
}

const BY_FIRST_WORD = new Map<string, Phrase[]>();
function index(phrases: readonly Phrase[]): void {
  for (const p of phrases) {
    const first = p.words[0] as string;
    const list = BY_FIRST_WORD.get(first) ?? [];
    list.push(p);
    BY_FIRST_WORD.set(first, list);
  }
}

/** The four lists of one vocabulary (conditions, procedures, tests, medications), parsed. */
function parseLists(conditions: string, procedures: string, labTests: string, medications: string): Phrase[] {
  return [...parse(conditions, 'diagnosis'), ...parse(procedures, 'procedure'), ...parse(labTests, 'lab'), ...parse(medications, 'medication')];
}

index(parseLists(CONDITIONS, PROCEDURES, LAB_TESTS, MEDICATIONS));
/** The core lists' first words: the words the models and the name finder know as health words (see extra-terms.ts). */
const CORE_FIRST_WORDS: ReadonlySet<string> = new Set(BY_FIRST_WORD.keys());
index([
  ...parseLists(EXTRA_CONDITIONS, EXTRA_PROCEDURES, EXTRA_LAB_TESTS, EXTRA_MEDICATIONS),
  ...parseLists(LAY_CONDITIONS, LAY_PROCEDURES, LAY_LAB_TESTS, LAY_MEDICATIONS),
  ...parseLists(SPANISH_CONDITIONS, SPANISH_PROCEDURES, SPANISH_LAB_TESTS, SPANISH_MEDICATIONS),
  ...parseLists(SPANISH_CONDITIONS_TRANSLATED, SPANISH_PROCEDURES_TRANSLATED, SPANISH_LAB_TESTS_TRANSLATED, SPANISH_MEDICATIONS_TRANSLATED),
  ...parse(spanishDrugNames(MEDICATIONS, EXTRA_MEDICATIONS), 'medication'),
]);
for (const list of BY_FIRST_WORD.values()) list.sort((a, b) => b.words.length - a.words.length);

/** Every word that opens a phrase of the core lists (what isHealthWord answers true for). */
export const HEALTH_FIRST_WORDS: readonly string[] = [...CORE_FIRST_WORDS];

export const HEALTH_TERM_COUNT = [...BY_FIRST_WORD.values()].reduce((n, l) => n + l.length, 0);

/** The forms under which a written word may be listed: itself, without possessive, singular. */
function forms(word: string): string[] {
  const out = [word];
  if (word.endsWith("'s")) out.push(word.slice(0, -2));
  else if (word.length > 3 && word.endsWith('es')) out.push(word.slice(0, -2), word.slice(0, -1));
  else if (word.length > 3 && word.endsWith('s')) out.push(word.slice(0, -1));
  return out;
}

/** The first `forms` entry after the word itself that starts a listed phrase, without building the list. */
function byOtherForm(word: string): Phrase[] | undefined {
  if (word.endsWith("'s")) return BY_FIRST_WORD.get(word.slice(0, -2));
  if (word.length <= 3) return undefined;
  if (word.endsWith('es')) return BY_FIRST_WORD.get(word.slice(0, -2)) ?? BY_FIRST_WORD.get(word.slice(0, -1));
  return BY_FIRST_WORD.get(word.slice(0, -1));
}

/**
 * Every phrase a word can start: its own listed phrases and byOtherForm's (a listed first word plus "'s", "es" or "s"),
 * longest first, so findHealthTerms does one lookup per token instead of slicing plural forms. Both, because a listed
 * phrase that opens with a plural ("medicamentos para la presión") must not hide the singular's one-word term.
 */
const BY_WORD_OR_FORM = new Map<string, Phrase[]>();
for (const first of BY_FIRST_WORD.keys())
  for (const written of [`${first}'s`, `${first}es`, `${first}s`]) {
    const phrases = byOtherForm(written);
    if (phrases) BY_WORD_OR_FORM.set(written, phrases);
  }
for (const [first, phrases] of BY_FIRST_WORD) {
  const asOtherForm = BY_WORD_OR_FORM.get(first);
  BY_WORD_OR_FORM.set(first, asOtherForm ? [...phrases, ...asOtherForm].sort((a, b) => b.words.length - a.words.length) : phrases);
}
/** Tokens outside this class skip the map lookup. */
const HEALTH_FORM = wordClass([...BY_WORD_OR_FORM.keys()]);

/**
 * "brucellosis", "pericarditis", "splenectomy", "nefropatía", "colecistectomía": a word no list holds but whose ending
 * only medicine uses names a condition or an operation, so rare ones are found too.
 */
const MEDICAL_ENDING = /^[a-z]{3,}(?:itis|osis|emia|aemia|opathy|opathies|ectomy|ectomies|otomy|otomies|ostomy|ostomies|oplasty|opat[ií]as?|ectom[ií]as?|otom[ií]as?|ostom[ií]as?|oplastias?)$/;
const PROCEDURE_ENDING = /(?:ectom|otom|ostom|oplast)(?:y|ies|[ií]as?)$/;
const NOT_MEDICAL = new Set('osmosis hypnosis symbiosis metamorphosis apotheosis diagnosis prognosis'.split(' '));
const MEDICAL_SUFFIX = wordClass((w) => MEDICAL_ENDING.test(w) && !NOT_MEDICAL.has(w));

/** "EOE", or "EoE" and "PrEP" as they are often written: the first and last letters capitals. */
const capitalsAtBothEnds = (raw: string): boolean => raw === raw.toUpperCase() || (raw.length >= 3 && raw.length <= 5 && /^[A-Z][A-Za-z]*[A-Z]$/.test(raw));

/** "UTI", "EoE", and "UTIs" with its plural in lower case ("Ms" is not a plural of "MS"). */
function writtenInCapitals(raw: string, listed: string): boolean {
  if (capitalsAtBothEnds(raw)) return true;
  return raw.length === listed.length + 1 && raw.endsWith('s') && raw.slice(0, -1) === listed.toUpperCase();
}

function wordMatches(token: WordToken, listed: string): boolean {
  if (token.lower !== listed && !forms(token.lower).includes(listed)) return false;
  return !CAPS_ONLY.has(listed) || writtenInCapitals(token.raw, listed);
}

export function isHealthWord(lower: string): boolean {
  return CORE_FIRST_WORDS.has(lower);
}

/**
 * Words that open a listed phrase ("night sweats", "bed rest", "shoulder impingement", "c-section") but
 * say everyday things on their own ("a night out", "a shoulder to lean on"): no health cue alone.
 */
const EVERYDAY_OPENERS: ReadonlySet<string> = new Set(
  `short throwing threw bed stab tic sugar sleeping jellyfish labored acute auditory psych gad night c tubes neck shoulder wrist
   elbow ankle jaw tongue lip irregular restless intensive induced membrane tilt kangaroo proton selective alcohol outpatient ob ng
   hep inflammatory reactive developmental cognitive clinically metabolic respiratory first-degree end-stage 20-week well-woman
   well-child well-baby fiberglass dilating vacuum-assisted cell-free non-stress pinched bulging degenerative ruptured perforated
   deviated swimmer's athlete's jumper's port-wine runny stuffy nasal abdominal pelvic intestinal new lead hand hand, blocked
   spontaneous nail-gun graves e pt pots postural nut milk shellfish sesame bee bee-sting sting vaccine white white-coat cutting facial valley rocky poison o ab b raccoon bat animal leaky port`.split(/\s+/),
);

/** A word that opens a listed phrase and is about health even on its own. */
export function isHealthCueWord(lower: string): boolean {
  return CORE_FIRST_WORDS.has(lower) && !EVERYDAY_OPENERS.has(lower);
}

/** isHealthWord as a word class. */
export const HEALTH_WORD = wordClass(isHealthWord);

/** "rosacea-friendly", "cancer-free", "asthma-related": a one-word term joined to a word that says how something relates to it. */
const RELATION_SUFFIX = /^(?:friendly|related|free|like|prone|safe|induced|positive|negative|associated|affected|survivor|survivors|aware)$/;

/** The kind of a listed one-word term written as `word` (`raw` as written): a capitals-only acronym only in capitals. */
function oneWordTermKind(word: string, raw: string): HealthTermKind | undefined {
  if (CAPS_ONLY.has(word) && !capitalsAtBothEnds(raw)) return undefined;
  return BY_FIRST_WORD.get(word)?.find((p) => p.words.length === 1)?.kind;
}

/** "PCOS-friendly", "EDS-related": the term before the suffix. */
function termBeforeSuffix(token: WordToken): { kind: HealthTermKind; length: number } | undefined {
  const dash = token.lower.indexOf('-');
  if (dash < 3 || !RELATION_SUFFIX.test(token.lower.slice(dash + 1))) return undefined;
  const kind = oneWordTermKind(token.lower.slice(0, dash), token.raw.slice(0, dash));
  return kind && { kind, length: dash };
}

/** "post-chemo", "post-stroke": a one-word term after a prefix that says when, as part of someone's course. */
const TIME_PREFIX = 'post-';

function termAfterPrefix(token: WordToken): { kind: HealthTermKind; offset: number } | undefined {
  if (!token.lower.startsWith(TIME_PREFIX)) return undefined;
  const rest = token.lower.slice(TIME_PREFIX.length);
  // Given lower case, so a capitals-only acronym is never read after the prefix.
  const kind = oneWordTermKind(rest, rest);
  return kind && { kind, offset: TIME_PREFIX.length };
}

export function findHealthTerms(tokens: readonly WordToken[]): HealthTermMatch[] {
  const matches: HealthTermMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as WordToken;
    const listedTo = (token.classes & HEALTH_FORM) === 0 ? 0 : listedPhraseAt(tokens, i, matches);
    if (listedTo > 0) {
      i = listedTo - 1;
      continue;
    }
    // "hidradenitis" alone, though "hidradenitis suppurativa" is the listed phrase: the ending still tells.
    if ((token.classes & MEDICAL_SUFFIX) !== 0)
      matches.push({ kind: PROCEDURE_ENDING.test(token.lower) ? 'procedure' : 'diagnosis', from: i, to: i + 1, start: token.start, end: token.end });
    else if ((token.classes & HEALTH_FORM) === 0 && token.lower.includes('-')) {
      const prefixed = termBeforeSuffix(token);
      if (prefixed) matches.push({ kind: prefixed.kind, from: i, to: i + 1, start: token.start, end: token.start + prefixed.length });
      else {
        const suffixed = termAfterPrefix(token);
        if (suffixed) matches.push({ kind: suffixed.kind, from: i, to: i + 1, start: token.start + suffixed.offset, end: token.end });
      }
    }
  }
  return matches;
}

/** A capitals-only acronym that the word after it reads as something else: "PE class", "our PE teacher" (physical education, not a pulmonary embolism). */
const EVERYDAY_AFTER_ACRONYM: ReadonlyMap<string, RegExp> = new Map([
  ['pe', /^(?:class|classes|teachers?|coach(?:es)?|period|lessons?|uniforms?|clothes|kit|credits?|department|programs?|days?|shirts?|shoes|gym)$/],
]);

/** The longest listed phrase that starts at token `i`, pushed onto `matches`; the token index after it, or 0 for none. */
function listedPhraseAt(tokens: readonly WordToken[], i: number, matches: HealthTermMatch[]): number {
  const token = tokens[i] as WordToken;
  const candidates = BY_WORD_OR_FORM.get(token.lower);
  if (!candidates) return 0;
  for (const phrase of candidates) {
    const n = phrase.words.length;
    if (i + n > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = wordMatches(tokens[i + k] as WordToken, phrase.words[k] as string);
    if (!ok) continue;
    if (n === 1 && EVERYDAY_AFTER_ACRONYM.get(token.lower)?.test(tokens[i + 1]?.lower ?? '')) continue;
    const last = tokens[i + n - 1] as WordToken;
    matches.push({ kind: phrase.kind, from: i, to: i + n, start: token.start, end: last.end });
    return i + n;
  }
  return 0;
}
