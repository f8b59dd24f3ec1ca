import { isAsciiDigit } from '../text/char-classes';
import type { WordToken } from '../text/word-tokens';
import { isCapitalised } from '../text/word-tokens';
import { HEALTH_WORD } from '../vocab/health-term-index';
import { COMMON_WORD, GIVEN_NAME, isKnownPlace, KNOWN_NAME } from '../vocab/name-lexicon';
import { isDictionaryWord } from '../vocab/english-words';
import { hasWords } from '../text/sentences';
import { NOT_NAME_WORD } from '../vocab/name-stopwords';
import type { PhiCandidate } from './phi-candidate';
import type { PhiScan } from './phi-scan';
import { classesOf, wordClass } from '../vocab/word-classes';

// Regex literals inside the per-token functions below would be new objects on every call.
const HAS_DIGIT = /\d/;

/** Words that end a facility's name: "CALVERT HOSPITAL", "harford memorial", "Baltimore Rehab". */
const FACILITY_HEADS = new Set(['hospital', 'hosp', 'hospiatal', 'rehab', 'memorial', 'manor', 'hospice', 'infirmary', 'sanitarium', 'sanatorium', 'campus']);
/** Second word of a two-word head: "medical center", "nursing home". */
const FACILITY_HEAD_PAIRS = new Set(['medical center', 'medical centre', 'med ctr', 'nursing home', 'nursing center', 'health center', 'care center', 'heart center', 'rehab center', 'rehabilitation center']);

const PAIR_TAILS = new Set([...FACILITY_HEAD_PAIRS].map((p) => p.slice(p.indexOf(' ') + 1)));
const FACILITY_HEAD = wordClass(FACILITY_HEADS);
const PAIR_TAIL = wordClass(PAIR_TAILS);

/** Words that can never open a facility's name; they stop the walk back from the head. */
const FACILITY_STOP = new Set(
  `the a an to at from in into of on by for with via per and or but his her their its my our your this that these those
   back being been be is was were sent send scheduled schedule available bed con't cont continue continues begin began
   start started will would require requires required admission admitted admit discharge discharged transfer transferred
   transfered trans placement awaiting awating prolonged had has have wandering found recouperating recuperating
   highway hwy route interstate freeway exit
   cardiac pulmonary pulm acute outside local another other same previous prior name go going went return returned
   home stay plan needs need old yo year years male female man woman pt patient while after before since long term
   short inpatient outpatient subacute snf rehabilitation state general private any no not out up
   her him she he they we i you it called call visit visited spoke speak area town city country state nearby
   europe asia africa america americas australia antarctica`.split(/\s+/).filter(Boolean),
);

/** Not hospital acronyms: the charting ones for outside hospital, history and the like. */
const NOT_HOSPITAL_ACRONYM = new Set(['osh', 'psh', 'fh', 'sh', 'ph', 'nh', 'ah', 'oh', 'uh', 'eh', 'hh', 'ch', 'rh', 'th', 'wh', 'dh', 'bh', 'mh', 'pmh', 'hh', 'ich', 'sah', 'bph', 'lvh', 'rvh']);
const NOT_ACRONYM_WORDS = new Set(['cath', 'push', 'nesh', 'bath', 'much', 'such', 'with', 'both', 'high', 'sigh', 'nigh', 'wash', 'ash', 'dash', 'mash', 'rash', 'lash', 'fish', 'dish']);
const MOVE_WORDS = new Set(['to', 'at', 'from', 'in', 'trans', 'via', 'by', 'the', 'leave', 'of']);
const AFTER_ACRONYM = new Set(['er', 'ed', 'ew', 'icu', 'ccu', 'micu', 'tcu', 'cath', 'hospital', 'for', 'with', 'w', 'cx', 'nurse', 'team', 'records']);
/**
 * A number after a ward name: "TO QUARTERMAIN 6", "from Kinney 3". Not a reading ("to junctional 60's"),
 * a range ("to baseline 16-20") or a dose ("on vanco 1gm").
 */
const WARD_NUMBER = /^\s{1,2}(\d{1,2})(?![\d%:]|\/(?!\d(?![\d/]))|\.\d|['’]s\b|\s?-\s?\d|\s*(?:mg|mcg|gm|cc|ml|l|units?|u|mic|meq|g|kg|hrs?|min|x|am|pm)\b)/i;
const MOVE_VERB = /\b(?:transfer(?:red)?|transfered|trans|admitted|readmitted|sent|go|back|returned|arrived|came|pt|called|moved|again|intubated|found)\s+(?:out\s+)?(?:to|from|on)\s+$/i;
/** "weaned to cpap 5", "increased to 30": a setting, not a ward. */
const TITRATED = /\b(?:wean(?:ed|ing)?|chang(?:ed|e)|increas(?:ed|e)|decreas(?:ed|e)|titrat(?:ed|e)|down|up|switch(?:ed)?|placed|put|back)\s+(?:\w+\s+)?(?:to|on)\s+$/i;
const VENT_WORDS = new Set(['cpap', 'bipap', 'vent', 'peep', 'psv', 'simv', 'imv', 'flowby', 'settings']);
const MOVE_AFTER_WORDS = new Set(['to', 'at', 'from']);
const WARD_BEFORE = new Set(['to', 'from', 'on', 'transfer']);
/** "per Quartermain 3 RN": a ward's nurse or team reported. */
const WARD_STAFF_AFTER = /^\s{1,2}\d{1,2}\s+(?:rn|nurse|nursing|staff|team|charge)\b/i;
/** "transfer to quartermain2": a ward's number written onto its name ("commodex3" is a count, "combiventQ4" a dose). */
const GLUED_WARD = /^([A-Za-z][a-z]{4,}[a-wyz])(\d)$/;
/** The rest of an awareness day's, week's or month's title after a facility word: " & Palliative Care Day". */
const AWARENESS_TITLE_AFTER = /^(?:\s+(?:&|and|\p{Lu}[\p{L}'’-]*)){0,5}\s+(?:Day|Week|Month)\b/u;
/** Towns that are not in the gazetteer still often end like one. */
const TOWN_SUFFIX = /(?:ville|town|burg|burgh|boro|borough|field|ford|port|wood|dale|mont|land|ham|shire)$/;
/** A town named in a sentence about family or home is where they live: "Nephew of Towson visited". */
const FAMILY_SENTENCE = /\b(?:lives|living|resides|home|visit(?:ed|ing)?|nephew|niece|son|daughter|dtr|family|sister|brother|wife|husband|grandson|granddaughter)\b/i;
export const PLACE_BEFORE = wordClass(['in', 'from', 'to', 'near', 'at', 'of']);
const RESIDENCE_CUE = /\b(?:lives|living|resides|residing|moved|home|visiting|flying|fly|driving|travel(?:l?ing|ed)?)\s+(?:alone\s+)?(?:in|to|from|near)\s*$/i;

/** Hospital acronyms ("GH", "MGH", "VAMC"): a-z only, up to three letters before "h", "mc" or "mh" (a char loop, not a regex per word). */
function hospitalAcronymShape(lower: string): boolean {
  const n = lower.length;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  if (lower.endsWith('mc') || lower.endsWith('mh')) return n - 2 <= 3;
  return lower.endsWith('h') && n - 1 <= 3;
}

/** Lower-case words shaped like a hospital acronym that are not charting ones. */
const HOSPITAL_ACRONYM = wordClass((w) => hospitalAcronymShape(w) && !NOT_HOSPITAL_ACRONYM.has(w));

/** Generic words that do open a facility's proper name when the writer capitalises them: "General Hospital", "State Hospital". */
const TITLED_FACILITY_WORDS = new Set(['general', 'state', 'county', 'community', 'university', 'children\'s', 'childrens', 'veterans', 'saint', 'st']);

function titledFacilityWord(t: WordToken | undefined, scan: PhiScan): boolean {
  return !!t && !scan.caseless && /^[A-Z][a-z]/.test(t.raw) && TITLED_FACILITY_WORDS.has(t.bare);
}

/** Index of a capitalised town right after "<facility> in", or -1. */
function facilityTown(scan: PhiScan, head: number): number {
  const { tokens, text } = scan;
  let k = head + 1;
  const pairTail = tokens[k];
  if (pairTail && PAIR_TAILS.has(pairTail.bare) && text.slice(tokens[head]!.end, pairTail.start) === ' ') k++;
  const inWord = tokens[k];
  const town = tokens[k + 1];
  if (!inWord || !town || inWord.lower !== 'in' || text.slice(tokens[k - 1]!.end, inWord.start) !== ' ' || text.slice(inWord.end, town.start) !== ' ') return -1;
  if (scan.caseless || !/^[A-Z][a-z]{3,}$/.test(town.raw) || !placeWord(town, scan) || (town.bareClasses & (NOT_NAME_WORD | COMMON_WORD)) !== 0) return -1;
  return k + 1;
}

/** The word before "of" in "<person> of <town>": a name or a relative. */
const RELATIVE_WORD = /^(?:nephew|niece|son|daughter|dtr|sister|brother|wife|husband|grandson|granddaughter|mother|father|mom|dad|aunt|uncle|cousin|friend|neighbou?r)$/;
function ofAPerson(t: WordToken | undefined): boolean {
  return !!t && (isCapitalised(t.raw) || RELATIVE_WORD.test(t.lower));
}

function placeWord(t: WordToken | undefined, scan: PhiScan): t is WordToken {
  if (!t || t.raw.length < 2 || !t.letters) return false;
  return !FACILITY_STOP.has(t.bare) && (t.bareClasses & HEALTH_WORD) === 0 && !scan.dir.orgWords.has(t.bare) && !isAsciiDigit(t.raw.charCodeAt(0));
}

function nameLikeInCase(t: WordToken, scan: PhiScan): boolean {
  // A lower-case word in mixed-case text still counts when it is no ordinary word ("fairbrook hospital").
  return scan.caseless || isCapitalised(t.raw) || (t.bare.length > 3 && (t.bareClasses & COMMON_WORD) === 0);
}

/**
 * "presented to holy cross hospital": in a note, one or two ordinary lower-case words between "to",
 * "at" or "from" and a facility word still name the facility. Returns where the name starts, or `head`.
 */
function namedAfterMove(scan: PhiScan, head: number): number {
  const { tokens, text } = scan;
  let from = head;
  while (from > 0 && head - from < 2) {
    const prev = tokens[from - 1] as WordToken;
    if (!placeWord(prev, scan) || prev.raw.length < 3 || text.slice(prev.end, (tokens[from] as WordToken).start) !== ' ') break;
    from--;
  }
  const cue = tokens[from - 1];
  return from < head && !!cue && MOVE_AFTER_WORDS.has(cue.lower) && text.slice(cue.end, (tokens[from] as WordToken).start) === ' ' ? from : head;
}

const ANIMAL_CARE_WORD = /\b(?:animal|veterinary|vet|pet|equine)\b/i;
/** "para los niños de nuestro hospital": "nuestro" is ours, never a place's name. */
const SPANISH_OUR: ReadonlySet<string> = new Set(['nuestro', 'nuestra', 'nuestros', 'nuestras']);
/** "• Average hospital stay: 1.3 days", "Typical hospital stays are short": an everyday word capitalised only because it opens the sentence, before "hospital" in lower case. */
function opensSentenceBeforeLowerHead(scan: PhiScan, word: WordToken, head: WordToken): boolean {
  if (scan.caseless || isCapitalised(head.raw) || (word.bareClasses & KNOWN_NAME) !== 0 || isKnownPlace(word.bare)) return false;
  return !hasWords(scan.text.slice(scan.sentenceOf(word.start).start, word.start)) && isDictionaryWord(word.bare);
}

/** Hospitals, wards, towns and other places a note or post ties to a person. */
export function findPlaces(scan: PhiScan): PhiCandidate[] {
  const { tokens, text } = scan;
  const out: PhiCandidate[] = [];
  const placeWords = new Set<string>();
  const push = (from: number, to: number, rule: string, why: string) => {
    const start = (tokens[from] as WordToken).start;
    const end = (tokens[to - 1] as WordToken).end;
    for (let k = from; k < to; k++) {
      const tk = tokens[k] as WordToken;
      const w = tk.bare;
      if ((tk.bareClasses & (FACILITY_HEAD | COMMON_WORD)) === 0 && !HAS_DIGIT.test(w) && w.length > 2) placeWords.add(w);
    }
    out.push({ type: 'location', start, end, link: 'contextual', rule, why });
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as WordToken;
    const w = t.bare;
    const pair = k > 0 && (t.bareClasses & PAIR_TAIL) !== 0 ? `${(tokens[k - 1] as WordToken).bare} ${w}` : '';
    const headFrom = FACILITY_HEAD_PAIRS.has(pair) ? k - 1 : (t.bareClasses & FACILITY_HEAD) !== 0 ? k : -1;
    if (headFrom >= 0) {
      let from = headFrom;
      while (from > 0 && headFrom - from < 3) {
        const prev = tokens[from - 1];
        if (!(placeWord(prev, scan) || titledFacilityWord(prev, scan)) || !nameLikeInCase(prev, scan) || SPANISH_OUR.has(prev.lower)) break;
        if (!/^[ \t]{1,2}$|^\.\s?$/.test(text.slice(prev.end, (tokens[from] as WordToken).start))) break;
        if (opensSentenceBeforeLowerHead(scan, prev, tokens[headFrom] as WordToken)) break;
        from--;
      }
      if (from === headFrom && scan.clinical) from = namedAfterMove(scan, headFrom);
      // "Springfield Animal Hospital": where pets are treated, not people.
      // "World Hospice & Palliative Care Day": the title of an awareness day, not a place.
      // "visits our Jamestown rehab gym": one of our own sites, named by its town.
      const ours = tokens[from - 1]?.lower === 'our' && isCapitalised((tokens[from] as WordToken).raw);
      if (from < headFrom && !ours && !ANIMAL_CARE_WORD.test(text.slice((tokens[from] as WordToken).start, t.end)) && !AWARENESS_TITLE_AFTER.test(text.slice(t.end, t.end + 50))) {
        push(from, k + 1, 'phi.location.facility', 'Where someone was treated narrows down who they are');
        // "General Hospital Medical Center in Lochearn": the town a named facility stands in.
        const town = facilityTown(scan, k);
        if (town >= 0) {
          push(town, town + 1, 'phi.location.place', 'Where someone lives or was treated narrows down who they are');
          k = town;
        }
      }
      continue;
    }
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    // GH, MGH, GBMC after "to", "at", "from" or before "ER", "cath".
    if (t.raw.length >= 2 && t.raw.length <= 5 && (t.classes & HOSPITAL_ACRONYM) !== 0) {
      const transferred = MOVE_VERB.test(text.slice(Math.max(0, t.start - 20), t.start));
      const shaped = (t.raw === t.raw.toUpperCase() || scan.caseless || transferred) && (t.lower.match(/[aeiou]/g)?.length ?? 0) <= 1 && (t.classes & (COMMON_WORD | HEALTH_WORD)) === 0 && !NOT_ACRONYM_WORDS.has(t.lower);
      const cued = (!!prev && MOVE_WORDS.has(prev.lower)) || (!!next && AFTER_ACRONYM.has(next.lower)) || (t.lower.length >= 4 && t.lower.endsWith('mc'));
      if (shaped && cued) {
        push(k, k + 1, 'phi.location.hospital-acronym', 'Where someone was treated narrows down who they are');
        continue;
      }
    }
    // Ward or unit named after a person or place, with its number: "to Quartermain 2".
    const wardCue = !!prev && (WARD_BEFORE.has(prev.lower) || (prev.lower === 'per' && WARD_STAFF_AFTER.test(text.slice(t.end, t.end + 16))));
    const glued = wardCue && !t.letters && MOVE_VERB.test(text.slice(Math.max(0, t.start - 20), t.start)) ? GLUED_WARD.exec(t.raw) : null;
    if (glued) {
      const name = (glued[1] as string).toLowerCase();
      if (!FACILITY_STOP.has(name) && !VENT_WORDS.has(name) && (classesOf(name) & (NOT_NAME_WORD | COMMON_WORD | HEALTH_WORD)) === 0 && !scan.dir.orgWords.has(name)) {
        push(k, k + 1, 'phi.location.ward', "A patient's ward or unit identifies them");
        placeWords.add(name);
        continue;
      }
    }
    if (prev && wardCue && w.length >= 4 && placeWord(t, scan) && nameLikeInCase(t, scan) && (t.bareClasses & (NOT_NAME_WORD | COMMON_WORD)) === 0) {
      const num = WARD_NUMBER.exec(text.slice(t.end, t.end + 12));
      const moved = MOVE_VERB.test(text.slice(Math.max(0, t.start - 20), t.start));
      const mixedCaseName = isCapitalised(t.raw) && !scan.caseless && !/^[A-Z]+$/.test(t.raw);
      const bare = prev.lower !== 'on' && w.length >= 6 && !TITRATED.test(text.slice(Math.max(0, t.start - 24), t.start));
      // "Quartermain 2/3" names two floors; "cpap 5/5" or "vent 10/5" is a setting.
      const pair = num ? /^\/(\d)(?![\d/])/.exec(text.slice(t.end + num[0].length, t.end + num[0].length + 3)) : null;
      const settingPair = !!pair && ((num?.[1] ?? '').length > 1 || pair[1] === num?.[1] || VENT_WORDS.has(w));
      if (num && !settingPair && (mixedCaseName || (t.bareClasses & KNOWN_NAME) !== 0 || isKnownPlace(w) || moved || bare)) {
        push(k, k + 2 <= tokens.length && tokens[k + 1]?.raw === num[1] ? k + 2 : k + 1, 'phi.location.ward', "A patient's ward or unit identifies them");
        continue;
      }
    }
    // St. Mary's, Saint Agnes: a hospital named for a saint after "to", "at" or "from".
    if ((w === 'st' || w === 'saint') && prev && (prev.classes & PLACE_BEFORE) !== 0 && next && (next.bareClasses & GIVEN_NAME) !== 0 && /^\.?\s$/.test(text.slice(t.end, next.start))) {
      push(k, k + 2, 'phi.location.facility', 'Where someone was treated narrows down who they are');
      k++;
      continue;
    }
    // Towns and cities: "lives in catonsville", "Sister called from Seattle", "SON IN PIKESVILLE".
    if (prev && (prev.classes & PLACE_BEFORE) !== 0 && placeWord(t, scan) && nameLikeInCase(t, scan) && (t.bareClasses & NOT_NAME_WORD) === 0) {
      const two = next && text.slice(t.end, next.start) === ' ' ? `${w} ${next.bare}` : '';
      const listed = two && isKnownPlace(two) ? 2 : isKnownPlace(w) ? 1 : 0;
      const common = (t.bareClasses & COMMON_WORD) !== 0;
      const residence =
        RESIDENCE_CUE.test(text.slice(Math.max(0, t.start - 24), t.start)) ||
        // "Dora Patel of Brennick", "nephew of Towson" give a hometown; "sips of Pedialyte" names a thing.
        (prev.lower !== 'to' && (prev.lower !== 'of' || ofAPerson(tokens[k - 2])) && w.length >= 5 && !scan.caseless && /^[A-Z][a-z]/.test(t.raw) && (t.bareClasses & GIVEN_NAME) === 0 && FAMILY_SENTENCE.test(scan.sentenceText(t.start)));
      const shaped = !common && w.length >= 6 && TOWN_SUFFIX.test(w);
      if (listed || shaped || (residence && !common && w.length >= 4)) {
        push(k, k + (listed || 1), 'phi.location.place', 'Where someone lives or was treated narrows down who they are');
        k += (listed || 1) - 1;
      }
    }
  }
  // Later mentions of a place already found: "AT CALVERT" after "CALVERT HOSPITAL".
  if (placeWords.size > 0) {
    const covered = (i: number) => out.some((o) => o.start <= i && i < o.end);
    for (const t of tokens) {
      if (!placeWords.has(t.bare) || covered(t.start) || !nameLikeInCase(t, scan)) continue;
      out.push({ type: 'location', start: t.start, end: t.end, link: 'contextual', rule: 'phi.location.repeated', why: 'Where someone was treated narrows down who they are' });
    }
  }
  return out;
}
