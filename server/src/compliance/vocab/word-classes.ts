/**
 * Word classes: one bit per word list (or word test) the rules ask about, so that a token is looked
 * up once, not once per list per rule. The PHI rules asked 10–15 sets and maps about every token
 * (never-a-name words, given names, titles, facility heads, charting shorthand…), each a hash lookup.
 *
 * A module registers its lists when it loads (`wordClass(list)` gives the bit); `classesOf(word)`
 * answers every registered class at once and remembers the answer per distinct word.
 */
export type WordClass = number;

type Member = (word: string) => boolean;

const members: Member[] = [];
/** Distinct words seen so far → their class bits. Cleared when it grows past MAX_REMEMBERED or a class is added. */
const remembered = new Map<string, number>();
const MAX_REMEMBERED = 1 << 16;

/** What word-tokens treats as a number: ASCII digits, joined by inner hyphens or apostrophes. */
const NUMBER = /^\d+(?:['’-]\d+)*$/;

/**
 * Registers a class; call at module load. Words are compared as given (the rules use lower case).
 * Tokens that are numbers get no classes without being looked up, so a test must be false for them.
 */
export function wordClass(list: ReadonlySet<string> | readonly string[] | Member): WordClass {
  if (members.length === 32) throw new Error('word-classes: all 32 class bits are taken; merge or drop a class');
  let member: Member;
  if (typeof list === 'function') member = list;
  else {
    const set: ReadonlySet<string> = Array.isArray(list) ? new Set(list) : (list as ReadonlySet<string>);
    for (const w of set) if (NUMBER.test(w)) throw new Error(`word-classes: '${w}' is a number; tokens that are numbers are never classified`);
    member = (word) => set.has(word);
  }
  members.push(member);
  remembered.clear();
  generation++;
  return 1 << (members.length - 1);
}

let generation = 0;

/** Changes whenever a class is added: a cache of classesOf answers made before then is stale. */
export function classesGeneration(): number {
  return generation;
}

/** The bits of every class `word` belongs to. */
export function classesOf(word: string): number {
  let bits = remembered.get(word);
  if (bits === undefined) {
    bits = 0;
    for (let i = 0; i < members.length; i++) if ((members[i] as Member)(word)) bits |= 1 << i;
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(word, bits);
  }
  return bits;
}
