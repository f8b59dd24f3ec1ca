import type { WordToken } from '../text/word-tokens';
import { isAllCaps, isCapitalised } from '../text/word-tokens';
import { HEALTH_WORD } from '../vocab/health-term-index';
import { COMMON_WORD, isKnownPlace, KNOWN_NAME } from '../vocab/name-lexicon';
import { NOT_NAME_WORD, PERSON_TITLE } from '../vocab/name-stopwords';
import type { PhiCandidate } from './phi-candidate';
import type { PhiScan } from './phi-scan';
import { isTitleCased } from './title-case';
import { PLACE_NAME_HEAD, REGION_HEAD } from './region-place';
import { isTwoWordUsCity, US_CITIES } from '../vocab/us-cities';

/** What people do in a story: a capitalised word no word list knows, right before one of these, is someone. */
const PERSON_VERB_AFTER =
  /^(?:[ \t]+just)?[ \t]+(?:said|says|shouted|yelled|screamed|asked|replied|answered|whispered|explained|told|tells|wrote|writes|sang|sings|laughed|smiled|cried|nodded|began|begins|is|was|has|had|were|will|would|lives|lived|died|married|moved)\b/;
/** "Dodge City, Garden City and Hays will…": the last of a list of cities. */
const CITY_LISTED_BEFORE = /\b\p{Lu}\p{Ll}+ City(?:,| and| or|, and) $/u;
/** ", the head chef, said": a role set off by commas, then a verb of saying. */
const APPOSITIVE_AFTER = /^,[ \t]+(?:the|a|an|our|my|his|her|their)\b[^,.\n]{1,40},[ \t]+(?:said|says|told|explained|added|noted|wrote|recalled)\b/;
/** The first words PERSON_VERB_AFTER can start with. */
const VERB_WORDS = new Set(
  'just said says shouted yelled screamed asked replied answered whispered explained told tells wrote writes sang sings laughed smiled cried nodded began begins is was has had were will would lives lived died married moved'.split(' '),
);
/** What is said of organisations and things: "was founded", "is located". */
const THING_VERB_AFTER = /^[ \t]+(?:is|was|has been|were|will be)[ \t]+(?:founded|established|built|opened|created|formed|located|based|made|designed|released|launched|available|open|closed)\b/;
/** Verbs that only a person does, strong enough to mark the first word of a sentence as a name. */
const SPEECH_VERB_AFTER = /^[ \t]+(?:said|says|shouted|yelled|screamed|asked|replied|answered|whispered|explained|told|wrote|sang|laughed|smiled|nodded|began)\b/;

/** A capitalised word that no vocabulary knows: not a function, everyday, health, organisation or place word. */
export function unlistedCapital(t: WordToken | undefined, scan: PhiScan): t is WordToken {
  if (!t || !t.letters || t.raw.length < 3 || !isCapitalised(t.raw) || isAllCaps(t.raw)) return false;
  const w = t.bare;
  // "TFs", "A-line", "UnBEARable": inner capitals, hyphens and apostrophes mark abbreviations and coinages, not names.
  for (let k = 1; k < w.length; k++) if (t.raw[k] !== w[k] || w[k] === '-' || w[k] === "'") return false;
  return (t.bareClasses & (NOT_NAME_WORD | PERSON_TITLE | COMMON_WORD | HEALTH_WORD)) === 0 && !scan.dir.orgWords.has(w) && !scan.dir.nameWords.has(w) && !isKnownPlace(w);
}

const SURNAME_SHAPE = /(?:ov|ova|ev|eva|ski|ska|sky|wicz|ic|sson|ssen|sen|poulos|escu|enko|ovich|ainen|inen|aki|oglu|yan|ian|ez|elli|etti|ini|stein|berg|mann|qvist|ara|awa|ita|oto|uchi|ishi|moto|yama)$/;

/** Listed as a name somewhere, written with letters beyond ASCII, or ending like a surname. */
function nameLike(t: WordToken): boolean {
  return (t.bareClasses & KNOWN_NAME) !== 0 || /[^\x00-\x7f]/.test(t.raw) || SURNAME_SHAPE.test(t.bare);
}

/** "an Orthopaedic Clinical Specialist", "the Wound Care Nurse Award": the pair runs on into a capitalised everyday word. */
function opensATitle(next: WordToken | undefined, last: WordToken, text: string): boolean {
  return !!next && next.start === last.end + 1 && text.charCodeAt(last.end) === 32 && isCapitalised(next.raw) && (next.bareClasses & (COMMON_WORD | HEALTH_WORD)) !== 0;
}

const THE_BEFORE = /\b[Tt]he\s$/;

/** "Dayton Flyers": a city and a plural no name list knows is a team. */
const namesATeam = (city: WordToken, next: WordToken): boolean => US_CITIES.has(city.lower) && /[^s]s$/.test(next.bare) && (next.bareClasses & KNOWN_NAME) === 0;

function atSentenceStart(scan: PhiScan, t: WordToken): boolean {
  return scan.sentenceOf(t.start).start === t.start || /(?:^|[.!?:;\n"“(]\s*)$/.test(scan.text.slice(Math.max(0, t.start - 3), t.start));
}

/**
 * Names no gazetteer lists, recognised by use: an unknown capitalised word before a person's verb
 * ("... but Aslak just has to", "Mehrudin shouted at"), or two unknown capitalised words together
 * mid-sentence ("it's under Chihiro Fukunaga"). Shape alone is weak evidence, so these only warn
 * unless a patient cue shares the sentence.
 */
export function findUnlistedNames(scan: PhiScan): PhiCandidate[] {
  const out: PhiCandidate[] = [];
  // Charting capitalises drug and device words ("Levo", "Nasal Cannula"): shape says nothing there.
  if (scan.caseless || scan.clinical) return out;
  const { tokens, text } = scan;
  // A headline capitalises every word (and costs a lexicon look-up per word below): leave it at once.
  if (scan.sentences.length <= 1 && isTitleCased(scan, 0, -1, -1)) return out;
  const push = (from: WordToken, to: WordToken, rule: string) =>
    out.push({ type: 'name', start: from.start, end: to.end, link: 'weak', rule, why: "A person's name" });
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i] as WordToken;
    if (!t.letters || t.raw.length < 3 || !isCapitalised(t.raw)) continue;
    const n = tokens[i + 1] as WordToken;
    // Cheap shape tests first: another capitalised word one space on, or a verb next.
    const pairShape = n.start === t.end + 1 && text.charCodeAt(t.end) === 32 && isCapitalised(n.raw);
    const commaAfter = text.charCodeAt(t.end) === 44;
    if (!pairShape && !commaAfter && !VERB_WORDS.has(n.lower)) continue;
    if (!unlistedCapital(t, scan)) continue;
    // "the Auxiliary has raised…", "the Foundation said": a body named with "the", not a person.
    if (THE_BEFORE.test(text.slice(Math.max(0, t.start - 4), t.start))) continue;
    const start = atSentenceStart(scan, t);
    // "Gulf Coast", "Eastern Shore", "Myrtle Beach", "Baton Rouge": a pair that ends in a region or place word, or names a city, is a place, not a person.
    if (pairShape && (n.bareClasses & REGION_HEAD) === 0 && !PLACE_NAME_HEAD.test(n.raw) && !isTwoWordUsCity(t.lower, n.lower) && !namesATeam(t, n) && unlistedCapital(n, scan) && (nameLike(t) || nameLike(n)) && !isTitleCased(scan, t.start, t.start, n.end) && !opensATitle(tokens[i + 2], n, text)) {
      // At the start of a sentence only a speaker counts ("Ilse Vandersteen, the head chef, said").
      const tail = text.slice(n.end, n.end + 60);
      if (!start || SPEECH_VERB_AFTER.test(tail) || APPOSITIVE_AFTER.test(tail)) {
        push(t, n, 'phi.name.unlisted-pair');
        i++;
        continue;
      }
    }
    if (commaAfter && APPOSITIVE_AFTER.test(text.slice(t.end, t.end + 60)) && !isTitleCased(scan, t.start, t.start, t.end)) {
      push(t, t, 'phi.name.unlisted-person');
      continue;
    }
    const after = text.slice(t.end, t.end + 30);
    // The last word of a longer proper name ("The Golden Helix Orchestra was founded") is no person.
    const prev = tokens[i - 1];
    const inProperName = !start && !!prev && isCapitalised(prev.raw) && (prev.classes & NOT_NAME_WORD) === 0 && /^[ \t]$/.test(text.slice(prev.end, t.start));
    if (!inProperName && (start ? SPEECH_VERB_AFTER : PERSON_VERB_AFTER).test(after) && !THING_VERB_AFTER.test(after) && !isTitleCased(scan, t.start, t.start, t.end) && !CITY_LISTED_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)))
      push(t, t, 'phi.name.unlisted-person');
  }
  return out;
}
