import { isDirectoryLocation } from '../directory/directory-index';
import type { WordToken } from '../text/word-tokens';
import { HEALTH_WORD } from '../vocab/health-term-index';
import { AMBIGUOUS_GIVEN_NAME, GIVEN_NAME } from '../vocab/name-lexicon';
import { NOT_NAME_WORD, PERSON_TITLE } from '../vocab/name-stopwords';
import type { PhiCandidate } from './phi-candidate';
import type { PhiScan } from './phi-scan';
import { PLACE_BEFORE } from './place-detector';

/** Never-a-name words that often begin or end a place's name ("Good Samaritan", "Spring Grove", "Glen Park"). */
const PLACE_NAME_WORDS = new Set('good new north south east west river lake park hill valley heights springs spring village town city main'.split(' '));

/** Capitalised, then lower case only: "Holy", not "HOLY", "IV" or "McD". */
function titleWord(t: WordToken | undefined): t is WordToken {
  if (!t || !t.letters || t.raw.length < 3) return false;
  const c = t.raw.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  for (let i = 1; i < t.raw.length; i++) {
    const d = t.raw.charCodeAt(i);
    if ((d < 97 || d > 122) && d !== 39) return false;
  }
  if ((t.bareClasses & (HEALTH_WORD | PERSON_TITLE)) !== 0) return false;
  return (t.bareClasses & NOT_NAME_WORD) === 0 || PLACE_NAME_WORDS.has(t.bare);
}

const CUES = new Set(['at', 'from', 'in', 'to']);
/** Departments and services ("to Interventional Radiology", "from General Surgery") are where care happens, not a place that narrows anyone down. */
const SERVICE_ENDING = /(?:logy|ics|ery)$/;
/** "Weaned from FMV this AM to Cool Neb": the new setting of a change earlier in the clause. */
const CHANGED_TO = /\b(?:wean|chang|increas|decreas|titrat|switch|convert|advanc)\w*\b[^.;\n]{0,40}\bto $/i;

/**
 * "had his CABG at Holy Cross", "came from Spring Grove": in a note written in mixed case, two or three
 * capitalised words in the middle of a sentence after "at", "from", "in" or "to" name a place even when
 * each is an ordinary word. Charting capitalises a sentence's first word, not words after a preposition.
 * A given name first is left to the name rules ("spoke to Rosa Diaz"); "changed to Cool Neb" is a setting.
 */
export function findTitledPlaces(scan: PhiScan): PhiCandidate[] {
  const out: PhiCandidate[] = [];
  if (!scan.clinical || scan.caseless) return out;
  const { tokens, text } = scan;
  for (let k = 1; k < tokens.length - 1; k++) {
    const t = tokens[k] as WordToken;
    const prev = tokens[k - 1] as WordToken;
    if ((prev.classes & PLACE_BEFORE) === 0 || !titleWord(t) || !CUES.has(prev.lower) || text.slice(prev.end, t.start) !== ' ') continue;
    let to = k + 1;
    while (to < tokens.length && to - k < 3 && titleWord(tokens[to]) && text.slice((tokens[to - 1] as WordToken).end, (tokens[to] as WordToken).start) === ' ') to++;
    if (to - k < 2) continue;
    // A longer run of capitals is a heading or a list of drugs, not a place's name.
    const after = tokens[to];
    if (after && /^[A-Z]/.test(after.raw) && text.slice((tokens[to - 1] as WordToken).end, after.start) === ' ') continue;
    if (SERVICE_ENDING.test((tokens[to - 1] as WordToken).bare)) continue;
    if ((t.bareClasses & GIVEN_NAME) !== 0 && (t.bareClasses & AMBIGUOUS_GIVEN_NAME) === 0) continue;
    if (prev.lower === 'to' && CHANGED_TO.test(text.slice(Math.max(0, prev.start - 60), prev.end + 1))) continue;
    const start = t.start;
    const end = (tokens[to - 1] as WordToken).end;
    if (isDirectoryLocation(scan.dir, text.slice(start, end))) continue;
    out.push({ type: 'location', start, end, link: 'contextual', rule: 'phi.location.titled-place', why: 'Where someone was treated or lives narrows down who they are' });
    k = to - 1;
  }
  return out;
}
