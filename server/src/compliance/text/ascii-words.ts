import { LazyWordSet } from './lazy-word-set';

/**
 * The lower-case runs of ASCII letters and digits in a text ("don't" gives "don" and "t"), plus the
 * letters of a run that goes on with digits ("room12" also gives "room"; "rm4b" gives "rm").
 * A rule whose every match contains one of a few such words as a whole run cannot match a text
 * without them, so a set lookup can stand in for a full regex pass. Runs (not our word tokens) are
 * used because a regex `\b` without the `u` flag only knows ASCII word characters.
 */
let lastText: string | undefined;
let lastWords: AsciiWordSet | undefined;
let otherText: string | undefined;
let otherWords: AsciiWordSet | undefined;

export function asciiWords(text: string): ReadonlySet<string> {
  // Every detector of one check asks about the same text, one after the other; a reply's rules also ask
  // about the comment in between, so the two latest texts are kept.
  if (text === lastText && lastWords !== undefined) return lastWords;
  if (text === otherText && otherWords !== undefined) {
    [otherText, otherWords, lastText, lastWords] = [lastText, lastWords, otherText, otherWords];
    return lastWords;
  }
  otherText = lastText;
  otherWords = lastWords;
  lastText = text;
  lastWords = new AsciiWordSet(text);
  return lastWords;
}

/** True when `words` holds at least one of `wanted`. */
export function hasAnyOf(words: ReadonlySet<string>, wanted: readonly string[]): boolean {
  if (words instanceof AsciiWordSet) {
    const list = listId(wanted);
    if (list !== undefined) return words.holdsWordOf(list);
  }
  for (const w of wanted) if (words.has(w)) return true;
  return false;
}

/** A word list registered with the trie up front, so asking a text about it is one bit test. */
export interface WordList {
  readonly words: readonly string[];
  readonly id: number | undefined;
}

export function wordList(words: readonly string[]): WordList {
  return { words, id: listId(words) };
}

/** hasAnyOf for a registered list. */
export function holdsAnyOf(words: ReadonlySet<string>, list: WordList): boolean {
  return list.id !== undefined && words instanceof AsciiWordSet ? words.holdsWordOf(list.id) : hasAnyOf(words, list.words);
}

/**
 * True when one of the runs in `words` begins with one of `prefixes`: the gate for a rule whose key
 * word may run straight into what follows it ("mrnAB1234"), where no whole run need be the key word.
 */
export function hasRunStartingWith(words: ReadonlySet<string>, prefixes: readonly string[]): boolean {
  if (words instanceof AsciiWordSet) {
    const list = listId(prefixes, true);
    if (list !== undefined) return words.holdsWordOf(list);
  }
  for (const w of words) for (const p of prefixes) if (w.startsWith(p)) return true;
  return false;
}

/*
 * hasAnyOf answers from one walk of the text through a trie of every word list it has been asked
 * about, instead of building a Set of the text's words (a slice and a hash per run) and looking
 * each wanted word up: a check asks ~16 lists, and building the Set alone cost ~3 µs.
 */
const SYMBOLS = 36; // a–z, then 0–9
/** Past this many distinct word lists (someone asking about ever-new words), fall back to Set lookups. */
const MAX_LISTS = 4096;
let children = new Int32Array(SYMBOLS * 1024); // node * SYMBOLS + symbol → child node; 0 = none (the root is never a child)
let nodeCount = 1;
const listsEndingAt: (number[] | undefined)[] = []; // node → the lists with a word ending there
const prefixesEndingAt: (number[] | undefined)[] = []; // node → the prefix lists with a prefix ending there
// node → 1 where a prefix ends: the walk asks this at every character, and a typed array answers faster than the sparse list above.
let prefixEnd = new Uint8Array(children.length / SYMBOLS);
// Weak, so an array literal written at a call site ("hasAnyOf(words, ['only'])") is not kept once per check.
const listIds = new WeakMap<readonly string[], number>();
const prefixListIds = new WeakMap<readonly string[], number>();
/** Lists by their words: a fresh array of words already registered gets the same id, so it neither grows the trie nor makes every text walk again. */
const idsByWords = new Map<string, number>();
let listCount = 0;
let listsVersion = 0;

function listId(wanted: readonly string[], prefixes = false): number | undefined {
  const ids = prefixes ? prefixListIds : listIds;
  const known = ids.get(wanted);
  if (known !== undefined) return known;
  const key = `${prefixes ? 'prefixes' : 'words'}\u0000${wanted.join('\u0000')}`;
  let id = idsByWords.get(key);
  if (id === undefined) {
    if (listCount >= MAX_LISTS) return undefined;
    id = listCount++;
    for (const word of wanted) addWord(word, id, prefixes ? prefixesEndingAt : listsEndingAt);
    idsByWords.set(key, id);
    listsVersion++;
  }
  ids.set(wanted, id);
  return id;
}

/** How many distinct word lists the trie knows: a number that stops growing once every rule has asked. */
export function registeredWordListCount(): number {
  return listCount;
}

/** Trie symbol of each ASCII character: a–z (either case) 0–25, digits 26–35, anything else -1. */
const SYMBOL = new Int8Array(128).fill(-1);
for (let c = 0; c < 26; c++) SYMBOL[97 + c] = SYMBOL[65 + c] = c;
for (let c = 0; c < 10; c++) SYMBOL[48 + c] = 26 + c;

function symbolOf(c: number): number {
  return c < 128 ? (SYMBOL[c] as number) : -1;
}

function addWord(word: string, list: number, endingAt: (number[] | undefined)[]): void {
  let node = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    // A word with anything but lower-case ASCII letters and digits is never a run, so it can never be found.
    if (c >= 65 && c <= 90) return;
    const s = symbolOf(c);
    if (s < 0) return;
    const slot = node * SYMBOLS + s;
    let child = children[slot] as number;
    if (child === 0) {
      child = nodeCount++;
      if (nodeCount * SYMBOLS > children.length) {
        const grown = new Int32Array(children.length * 2);
        grown.set(children);
        children = grown;
        const grownEnds = new Uint8Array(children.length / SYMBOLS);
        grownEnds.set(prefixEnd);
        prefixEnd = grownEnds;
      }
      children[slot] = child;
    }
    node = child;
  }
  if (word.length === 0) return;
  if (endingAt === prefixesEndingAt) prefixEnd[node] = 1;
  const lists = endingAt[node];
  if (lists === undefined) endingAt[node] = [list];
  else if (!lists.includes(list)) lists.push(list);
}

function mark(found: Uint32Array, node: number, endingAt: (number[] | undefined)[] = listsEndingAt): void {
  const lists = node > 0 ? endingAt[node] : undefined;
  if (lists !== undefined) for (const l of lists) found[l >>> 5] = (found[l >>> 5] as number) | (1 << (l & 31));
}

class AsciiWordSet extends LazyWordSet {
  private readonly text: string;
  private found = new Uint32Array(0);
  private foundVersion = -1;

  constructor(text: string) {
    super();
    this.text = text;
  }

  holdsWordOf(list: number): boolean {
    if (this.foundVersion !== listsVersion) this.walk();
    return ((this.found[list >>> 5] as number) & (1 << (list & 31))) !== 0;
  }

  /** Marks every list that has one of the text's runs (or the letters before a run's first digit), and every prefix list that begins one. */
  private walk(): void {
    const found = new Uint32Array((listCount + 31) >>> 5);
    const ends = prefixEnd;
    const text = this.text;
    const n = text.length;
    let i = 0;
    while (i < n) {
      let s = symbolOf(text.charCodeAt(i));
      if (s < 0) {
        i++;
        continue;
      }
      let node = 0;
      let sawDigit = false;
      const start = i;
      while (i < n && (s = symbolOf(text.charCodeAt(i))) >= 0) {
        if (s >= 26 && !sawDigit) {
          sawDigit = true;
          if (i > start) mark(found, node);
        }
        if (node >= 0) {
          node = (children[node * SYMBOLS + s] as number) || -1;
          if (node > 0 && ends[node] === 1) mark(found, node, prefixesEndingAt);
        }
        i++;
      }
      mark(found, node);
    }
    this.found = found;
    this.foundVersion = listsVersion;
  }

  protected build(): Set<string> {
    return wordSet(this.text);
  }
}

function wordSet(text: string): Set<string> {
  const words = new Set<string>();
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isAsciiAlnum(c)) {
      i++;
      continue;
    }
    const start = i;
    let upper = false;
    let lettersEnd = -1;
    while (i < n && isAsciiAlnum((c = text.charCodeAt(i)))) {
      if (c >= 65 && c <= 90) upper = true;
      if (c <= 57 && lettersEnd < 0) lettersEnd = i;
      i++;
    }
    const run = text.slice(start, i);
    words.add(upper ? run.toLowerCase() : run);
    if (lettersEnd > start) words.add(text.slice(start, lettersEnd).toLowerCase());
  }
  return words;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}
