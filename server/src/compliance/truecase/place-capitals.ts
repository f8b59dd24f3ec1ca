import type { WordToken } from '../text/word-tokens';
import { adjacent, everyday, FUNCTION_WORDS, hasApostrophe, INITIAL, isWord, nameOnly, spelledLikeName, startsWithDigit, TITLES } from './word-kinds';

/** A place word before which "on", "at", "near"… put a name: "on birchwood lane", "at 45 riverside drive". */
const PLACE_PREPOSITIONS = new Set(['on', 'at', 'off', 'near', 'from', 'to', 'of', 'in', 'along', 'down', 'up', 'onto', 'past', 'by', 'outside']);

const STREET_WORDS = new Set(['street', 'avenue', 'ave', 'road', 'rd', 'lane', 'ln', 'boulevard', 'blvd', 'drive', 'parkway', 'pkwy', 'highway', 'hwy']);
/** Street words that are everyday words too ("on the way", "a test drive"): need a house number or a word no dictionary holds. */
const LOOSE_STREET_WORDS = new Set(['way', 'court', 'ct', 'place', 'pl', 'circle', 'cir', 'trail', 'terrace', 'st', 'dr']);
/** "on the way", "in place": street words that stay words after a preposition. */
const EVERYDAY_PLACES = new Set(['way', 'place', 'pl']);
/** School words that are everyday words too ("junior high", "middle"): they need a cue ("the", "at", "school"). */
const OPEN_SCHOOL_WORDS = new Set(['high', 'middle', 'primary', 'intermediate', 'prep']);
const TOWN_PREPOSITIONS = new Set(['from', 'of', 'near', 'outside', 'in']);
const SCHOOL_WORDS = new Set(['elementary', 'high', 'middle', 'academy', 'prep', 'primary', 'intermediate', 'preschool']);
/** "sunnyside preschool" is a name; "the local preschool" is not: only a word no dictionary holds makes one. */
const NAMED_ONLY_SCHOOL_WORDS = new Set(['preschool']);
const TOWN_WORDS = new Set(['neighborhood', 'neighbourhood', 'hollow', 'bend', 'knolls', 'view', 'flats', 'park', 'meadows', 'woods', 'estates', 'glen', 'shores', 'hill', 'grove', 'heights', 'hills', 'springs', 'falls', 'valley', 'ridge', 'creek', 'point', 'junction', 'crossing', 'harbor', 'harbour']);
/** Numbered roads: "route 30", "county road 18", "highway 9". */
const NUMBERED_ROADS = new Set(['route', 'highway', 'hwy', 'interstate', 'road', 'rd']);
/** "county road 18", "county rd 12". */
const COUNTY_ROADS = new Set(['road', 'rd']);

/** A word of a place's name before its street, school or town word. */
const placeWord = (t: WordToken | undefined): t is WordToken => isWord(t) && !FUNCTION_WORDS.has(t.bare) && !TITLES.has(t.bare) && !hasApostrophe(t.lower);
/** "45 riverside dr", "12 main st": as street words these two need their house number ("make sure dr. brooks"). */
const NUMBERED_ONLY = new Set(['dr', 'st']);

/**
 * Up to three place words right before token `end` (only blanks between), and whether a house number, or a
 * preposition, stands before them; undefined when there are none.
 */
function placeRun(text: string, tokens: readonly WordToken[], end: number): { from: number; number: boolean; preposition: boolean; determiner: boolean } | undefined {
  let from = end;
  while (from > 0 && end - from < 3 && placeWord(tokens[from - 1]) && adjacent(text, tokens[from - 1]!, tokens[from]!)) from--;
  if (from === end) return undefined;
  let before = tokens[from - 1];
  let joined = before && adjacent(text, before, tokens[from]!);
  // "from the northern valley": the preposition stands before "the".
  const beforeThe = tokens[from - 2];
  if (joined && before!.lower === 'the' && beforeThe && PLACE_PREPOSITIONS.has(beforeThe.lower) && adjacent(text, beforeThe, before!)) {
    before = beforeThe;
    joined = true;
  }
  return {
    from,
    number: !!joined && startsWithDigit(before),
    preposition: !!joined && PLACE_PREPOSITIONS.has(before.lower),
    determiner: !!joined && (before.lower === 'the' || before.lower === 'a'),
  };
}

const uncommon = (tokens: readonly WordToken[], from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (!everyday(tokens[k]!)) return true;
  return false;
};

/** Streets, schools and towns, by the word that ends their name: "44 larkspur way", "riverview elementary", "from pine hollow". */
export function markPlaces(text: string, tokens: readonly WordToken[], caps: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.letters) continue;
    const next = tokens[i + 1];
    if (NUMBERED_ROADS.has(t.lower) && startsWithDigit(next) && adjacent(text, t, next)) {
      caps[i] = INITIAL;
      if (COUNTY_ROADS.has(t.lower) && tokens[i - 1]?.lower === 'county') caps[i - 1] = INITIAL;
      continue;
    }
    const street = STREET_WORDS.has(t.bare);
    const loose = LOOSE_STREET_WORDS.has(t.bare);
    const school = SCHOOL_WORDS.has(t.bare);
    const town = TOWN_WORDS.has(t.bare);
    if (!street && !loose && !school && !town) {
      // "teens from eastbrook", "a mom from millbrook": a word no dictionary holds after "from" or "of" is a place.
      const prev = tokens[i - 1];
      if (prev && TOWN_PREPOSITIONS.has(prev.lower) && adjacent(text, prev, t) && nameOnly(t) && spelledLikeName(t)) caps[i] = INITIAL;
      continue;
    }
    const run = placeRun(text, tokens, i);
    if (!run) continue;
    const named = uncommon(tokens, run.from, i);
    const ok = street
      ? run.number || run.preposition || named
      : loose
        ? run.number || ((named || (run.preposition && !EVERYDAY_PLACES.has(t.bare))) && !NUMBERED_ONLY.has(t.bare))
        : school
          ? named || (!NAMED_ONLY_SCHOOL_WORDS.has(t.bare) && (!OPEN_SCHOOL_WORDS.has(t.bare) || run.preposition || run.determiner || next?.lower === 'school'))
          : named || (run.preposition && i - run.from === 1);
    if (!ok) continue;
    // "the elmwood neighborhood": the neighbourhood's name, not the word for one.
    const last = t.bare === 'neighborhood' || t.bare === 'neighbourhood' ? i - 1 : i;
    for (let k = run.from; k <= last; k++) caps[k] = INITIAL;
    if (school && next?.lower === 'school' && adjacent(text, t, next)) caps[i + 1] = INITIAL;
  }
}

