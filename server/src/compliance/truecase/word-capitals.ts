import type { WordToken } from '../text/word-tokens';
import { isCapsOnlyAcronym } from '../vocab/health-term-index';
import { GIVEN_NAME, isKnownPlace } from '../vocab/name-lexicon';
import { NOT_NAME_WORD, POST_NAME_CREDENTIALS } from '../vocab/name-stopwords';
import { ALL, everyday, has, INITIAL, NONE, startsWithDigit } from './word-kinds';

const FIRST_PERSON_I = new Set(["i", "i'm", "i've", "i'd", "i'll", 'i’m', 'i’ve', 'i’d', 'i’ll']);
/** "shelbyville", "harrisburg", "greensboro": a town by its ending. */
const TOWN_ENDINGS = ['ville', 'burg', 'boro', 'borough'];

const CALENDAR_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february april july september october november
   december christmas thanksgiving easter halloween hanukkah kwanzaa ramadan diwali juneteenth`.split(/\s+/),
);
/** Weekdays cut short; "wed", "sat" and "sun" are words too, so those need a cue: "lost him sun", "wed evenings", "on sat". */
const SHORT_WEEKDAYS = new Set(['mon', 'tue', 'tues', 'wed', 'weds', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);
const BEFORE_DAY = new Set(['on', 'last', 'this', 'next', 'since', 'by', 'til', 'till', 'until', 'from', 'every', 'him', 'her', 'them', 'us', 'me']);
const AFTER_DAY = new Set(['morning', 'mornings', 'afternoon', 'afternoons', 'evening', 'evenings', 'night', 'nights', 'am', 'pm']);

/** Months that are everyday words or names: only next to a day's number ("may 3", "3 march"). */
const NUMBERED_MONTHS = new Set(['may', 'march', 'june', 'august', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Listed acronyms said as words, which writers leave in lower case ("the new cath lab", "an echo"). */
const SPOKEN_ACRONYMS = new Set(['cath', 'echo', 'mono', 'pots', 'gad', 'eds', 'ana', 'tia', 'bun', 'alt', 'ast', 'add', 'als', 'tavr', 'cabg', 'scad', 'tavi', 'lvad', 'hbot']);

/** Hospital and credential acronyms written in capitals. */
const ACRONYMS = new Set(['icu', 'nicu', 'picu', 'ccu', 'pacu', 'er', 'ob', 'obgyn', 'ob-gyn', 'ent', 'ekg', 'ecg', 'mri', 'covid', 'covid-19', 'cpr', 'aed', 'ems', 'rsv']);

/** "I", weekdays, months and holidays, health and hospital acronyms, credentials after a name, towns named like towns. */
export function markWords(text: string, tokens: readonly WordToken[], caps: Uint8Array, spanish: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.letters) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (FIRST_PERSON_I.has(t.lower)) caps[i] = INITIAL;
    else if (CALENDAR_WORDS.has(t.bare)) caps[i] = INITIAL;
    else if (SHORT_WEEKDAYS.has(t.lower) && (!everyday(t) || (prev && BEFORE_DAY.has(prev.lower)) || (next && (AFTER_DAY.has(next.lower) || startsWithDigit(next))))) caps[i] = INITIAL;
    else if (NUMBERED_MONTHS.has(t.lower) && (startsWithDigit(next) || (startsWithDigit(prev) && prev!.raw.length <= 2))) caps[i] = INITIAL;
    else if (ACRONYMS.has(t.bare)) caps[i] = ALL;
    else if (t.lower === 'ms') {
      // markNames has made it "Ms" when a name follows; otherwise "the ms peer group", "living with ms".
      if (caps[i] === NONE) caps[i] = ALL;
    } else if (isCapsOnlyAcronym(t.bare) && !SPOKEN_ACRONYMS.has(t.bare) && !has(t, GIVEN_NAME | NOT_NAME_WORD) && !everyday(t)) caps[i] = ALL;
    else if (POST_NAME_CREDENTIALS.has(t.lower) && prev && caps[i - 1] !== NONE && text.slice(prev.end, t.start) === ', ') caps[i] = ALL;
    else if (caps[i] === NONE && !spanish[i] && t.bare.length > 3 && !everyday(t) && (TOWN_ENDINGS.some((end) => t.bare.endsWith(end)) || isKnownPlace(t.bare))) caps[i] = INITIAL;
  }
}

