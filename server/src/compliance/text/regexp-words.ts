/*
 * Reads a regex's source and works out, for each of its top-level alternatives, a list of words one of
 * which every match of that alternative holds as a whole ASCII run (see ascii-words.ts): "\b(?:he|she)\s+is"
 * cannot match a text without the run "he" or "she". There is no list where that cannot be shown
 * (a word that may run on into other letters, an open-ended repeat, a back-reference). With the `u` and `i`
 * flags together, case folding maps "ſ" and "K" (Kelvin) onto ASCII letters that no ASCII run shows: the words
 * hold only for a text without either (`foldsBeyondAscii`).
 */

/** One thing a sequence matches, with how often: a character set, a group of alternatives, or a zero-width assertion. */
type Atom =
  | { kind: 'chars'; alnum: ReadonlySet<string> | undefined; other: boolean }
  | { kind: 'group'; alternatives: Item[][]; lookaround: boolean }
  | { kind: 'boundary' }
  | { kind: 'assertion' };

interface Item {
  atom: Atom;
  min: number;
  max: number;
}

export interface RegExpAlternative {
  /** The alternative's own source, to run it alone. */
  source: string;
  /**
   * Lists of lower-case words one of which is a whole ASCII run of every match, one list per part that gives one, the best
   * gate first; empty when none is known. "\b(?:todav[ií]a|a[uú]n)\s+no\s+podemos" needs "no", and "podemos", so a text
   * must hold one word of each.
   */
  wordsOfEachPart: ReadonlyArray<readonly string[]>;
}

export interface RegExpShape {
  alternatives: RegExpAlternative[];
  /** A capturing group or a back-reference: the alternatives cannot be matched apart without renumbering groups. */
  capturing: boolean;
  /** The `u` and `i` flags together: the words say nothing of a text that holds "ſ" or "K" (see `holdsLetterFoldingToAscii`). */
  foldsBeyondAscii: boolean;
}

const LETTER_FOLDING_TO_ASCII = /[\u017f\u212a]/;

/** "ſ" (long s) or "K" (Kelvin sign): the only letters that a regex with the `u` and `i` flags reads as ASCII ones ("s", "k"). */
export function holdsLetterFoldingToAscii(text: string): boolean {
  return LETTER_FOLDING_TO_ASCII.test(text);
}

const MAX_WORDS = 256;
const ALNUM = /^[a-z0-9]$/;

class UnsupportedPattern extends Error {}

/** A parser for the regex syntax our rules use; anything it does not know makes the answer "unknown". */
class Parser {
  private i = 0;
  capturing = false;

  constructor(private readonly src: string) {}

  /** The top-level alternatives with their source ranges. */
  top(): Array<{ items: Item[]; from: number; to: number }> {
    const out: Array<{ items: Item[]; from: number; to: number }> = [];
    for (;;) {
      const from = this.i;
      const items = this.sequence();
      out.push({ items, from, to: this.i });
      if (this.i >= this.src.length) return out;
      if (this.src[this.i] !== '|') throw new UnsupportedPattern(`unexpected ${this.src[this.i]}`);
      this.i++;
    }
  }

  private alternatives(): Item[][] {
    const alts = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  private sequence(): Item[] {
    const items: Item[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const [min, max] = this.quantifier();
      items.push({ atom, min, max });
    }
    return items;
  }

  private quantifier(): [number, number] {
    const c = this.src[this.i];
    let q: [number, number] | undefined;
    if (c === '?') q = [0, 1];
    else if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return [1, 1];
      this.i += m[0].length - 1;
      q = [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3])];
    }
    if (!q) return [1, 1];
    this.i++;
    if (this.src[this.i] === '?') this.i++;
    return q;
  }

  private atom(): Atom {
    const c = this.src[this.i++] as string;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape(false);
    if (c === '^' || c === '$') return { kind: 'assertion' };
    if (c === '.') return { kind: 'chars', alnum: undefined, other: true };
    return this.literal(c);
  }

  private literal(c: string): Atom {
    const lower = c.toLowerCase();
    if (!ALNUM.test(lower)) return { kind: 'chars', alnum: new Set(), other: true };
    // Without the i flag, "A" is still the run letter "a": the runs are read case-blind.
    return { kind: 'chars', alnum: new Set([lower]), other: false };
  }

  private group(): Atom {
    let lookaround = false;
    if (this.src[this.i] === '?') {
      const kind = this.src.slice(this.i, this.i + 3);
      if (kind.startsWith('?:')) this.i += 2;
      else if (kind.startsWith('?=') || kind.startsWith('?!')) {
        this.i += 2;
        lookaround = true;
      } else if (kind === '?<=' || kind === '?<!') {
        this.i += 3;
        lookaround = true;
      } else if (kind.startsWith('?<')) {
        this.i = this.src.indexOf('>', this.i) + 1;
        this.capturing = true;
      } else throw new UnsupportedPattern('group modifier');
    } else this.capturing = true;
    const alternatives = this.alternatives();
    if (this.src[this.i] !== ')') throw new UnsupportedPattern('unclosed group');
    this.i++;
    return { kind: 'group', alternatives, lookaround };
  }

  /** After a backslash, outside or (`inClass`) inside a character class. */
  private escape(inClass: boolean): Atom {
    const c = this.src[this.i++] as string;
    if (c === 'b' && !inClass) return { kind: 'boundary' };
    if (c === 'B' && !inClass) return { kind: 'assertion' };
    if (c === 's' || c === 'W') return { kind: 'chars', alnum: new Set(), other: true };
    if (c === 'd') return { kind: 'chars', alnum: new Set('0123456789'), other: false };
    if (c === 'w' || c === 'S' || c === 'D' || c === 'p' || c === 'P') {
      if (c === 'p' || c === 'P') this.i = this.src.indexOf('}', this.i) + 1;
      return { kind: 'chars', alnum: undefined, other: true };
    }
    if (/[1-9k]/.test(c) && !inClass) throw new UnsupportedPattern('back-reference');
    if (c === 'u' || c === 'x') {
      const m = c === 'x' ? /^[0-9a-fA-F]{2}/.exec(this.src.slice(this.i)) : /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/.exec(this.src.slice(this.i));
      if (!m) throw new UnsupportedPattern('escape');
      this.i += m[0].length;
      return this.literal(String.fromCodePoint(parseInt(m[0].replace(/[{}]/g, ''), 16)));
    }
    if (c === 'c') throw new UnsupportedPattern('control escape');
    if (/[nrtfv0]/.test(c)) return { kind: 'chars', alnum: new Set(), other: true };
    if (/[A-Za-z0-9]/.test(c)) throw new UnsupportedPattern(`escape \\${c}`);
    return this.literal(c);
  }

  private charClass(): Atom {
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    // "[]" matches nothing and "[^]" anything: not worth reading.
    if (this.src[this.i] === ']') throw new UnsupportedPattern('empty class');
    const alnum = new Set<string>();
    let other = false;
    let unknown = false;
    while (this.src[this.i] !== ']') {
      if (this.i >= this.src.length) throw new UnsupportedPattern('unclosed class');
      const from = this.classChar();
      if (from === undefined) {
        unknown = true;
        continue;
      }
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']') {
        this.i++;
        const to = this.classChar();
        if (to === undefined || from.kind !== 'char' || to.kind !== 'char') {
          unknown = true;
          continue;
        }
        for (let code = from.char.codePointAt(0) as number; code <= (to.char.codePointAt(0) as number); code++) {
          const ch = String.fromCodePoint(code).toLowerCase();
          if (ALNUM.test(ch)) alnum.add(ch);
          else other = true;
        }
        continue;
      }
      if (from.kind === 'char') {
        const ch = from.char.toLowerCase();
        if (ALNUM.test(ch)) alnum.add(ch);
        else other = true;
      } else {
        for (const ch of from.alnum) alnum.add(ch);
        other ||= from.other;
      }
    }
    this.i++;
    if (negated || unknown) return { kind: 'chars', alnum: undefined, other: true };
    return { kind: 'chars', alnum, other };
  }

  private classChar(): { kind: 'char'; char: string } | { kind: 'set'; alnum: ReadonlySet<string>; other: boolean } | undefined {
    const c = this.src[this.i++] as string;
    if (c !== '\\') return { kind: 'char', char: c };
    const e = this.src[this.i] as string;
    if ('dsW'.includes(e)) {
      const atom = this.escape(true) as { alnum: ReadonlySet<string>; other: boolean };
      return { kind: 'set', alnum: atom.alnum, other: atom.other };
    }
    if ('DSwpP'.includes(e)) {
      this.escape(true);
      return undefined;
    }
    if (e === 'u' || e === 'x') {
      this.i++;
      const m = e === 'x' ? /^[0-9a-fA-F]{2}/.exec(this.src.slice(this.i)) : /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/.exec(this.src.slice(this.i));
      if (!m) throw new UnsupportedPattern('escape');
      this.i += m[0].length;
      return { kind: 'char', char: String.fromCodePoint(parseInt(m[0].replace(/[{}]/g, ''), 16)) };
    }
    this.i++;
    // "\b" in a class is a backspace; "\n", "\t", "\-", "\." and the like are one character that is no letter or digit.
    if (/[A-Za-z0-9]/.test(e) && !'bnrtfv0'.includes(e)) throw new UnsupportedPattern(`class escape \\${e}`);
    return { kind: 'char', char: /[A-Za-z0-9]/.test(e) ? '\0' : e };
  }
}

/** Matches nothing but characters that are not ASCII letters or digits ("\s", "['’]", ","). */
const isSeparator = (atom: Atom): boolean => atom.kind === 'chars' && atom.alnum !== undefined && atom.alnum.size === 0;

/** Every non-empty match of `item` starts (`first`) or ends with a character that is no ASCII letter or digit. */
function edgeIsSeparator(item: Item, first: boolean): boolean {
  const { atom } = item;
  if (atom.kind === 'chars') return isSeparator(atom);
  if (atom.kind !== 'group' || atom.lookaround) return false;
  return atom.alternatives.every((seq) => sequenceEdgeIsSeparator(seq, first));
}

function sequenceEdgeIsSeparator(seq: readonly Item[], first: boolean): boolean {
  const order = first ? seq : [...seq].reverse();
  for (const item of order) {
    if (item.atom.kind === 'boundary' || item.atom.kind === 'assertion' || (item.atom.kind === 'group' && item.atom.lookaround)) continue;
    if (item.max === 0) continue;
    if (!edgeIsSeparator(item, first)) return false;
    if (item.min >= 1) return true;
    // An optional separator: what comes after it (or before it) must be one too.
  }
  // Every item may be empty: the match may be empty, which the callers treat as "no separator".
  return false;
}

/** Whether `item` can match the empty string (zero-width items always do). */
function canBeEmpty(item: Item): boolean {
  const { atom } = item;
  if (item.min === 0 || atom.kind === 'boundary' || atom.kind === 'assertion') return true;
  if (atom.kind === 'group') return atom.lookaround || atom.alternatives.some((seq) => seq.every(canBeEmpty));
  return false;
}

/** The finite set of letter-and-digit strings `item` matches, or undefined (a separator, an open repeat, too many). */
function literalStrings(item: Item): string[] | undefined {
  const { atom } = item;
  let one: string[] | undefined;
  if (atom.kind === 'chars') {
    if (atom.alnum === undefined || atom.other || atom.alnum.size === 0) return undefined;
    one = [...atom.alnum];
  } else if (atom.kind === 'group' && !atom.lookaround) {
    one = [];
    for (const seq of atom.alternatives) {
      const strings = sequenceStrings(seq);
      if (strings === undefined) return undefined;
      one.push(...strings);
    }
  } else return undefined;
  if (item.max === Infinity || item.max > 3) return undefined;
  let out = item.min === 0 ? [''] : [];
  for (let n = Math.max(1, item.min); n <= item.max; n++) {
    let reps = [''];
    for (let k = 0; k < n; k++) reps = product(reps, one);
    if (reps.length > MAX_WORDS) return undefined;
    out = out.concat(reps);
  }
  return out.length > MAX_WORDS ? undefined : out;
}

function sequenceStrings(seq: readonly Item[]): string[] | undefined {
  let out = [''];
  for (const item of seq) {
    const strings = literalStrings(item);
    if (strings === undefined) return undefined;
    out = product(out, strings);
    if (out.length > MAX_WORDS) return undefined;
  }
  return out;
}

/** Words most texts hold, and the tails of contractions ("you're", "we'll"): a gate on them lets almost everything through. */
const EVERYDAY = new Set(
  'a an the i you your u ur he she they it its we our my me him her them his their is are was were be been am to of in on at for and or so with this that have has had will can do just not re ll ve s t d m'.split(' '),
);

/** Lower is a better gate: fewer everyday words, then fewer words, then longer ones. */
const gateCost = (words: readonly string[]): number =>
  1000 * words.filter((w) => EVERYDAY.has(w)).length + 10 * words.length - Math.min(9, ...words.map((w) => w.length));

function product(a: readonly string[], b: readonly string[]): string[] {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

/**
 * Every list of words one of which every match of `seq` holds as a whole run, the best gate (fewest everyday words, then
 * fewest words) first, given whether what comes right before (`leftBounded`) and right after (`rightBounded`) the sequence
 * is sure to be no letter or digit.
 */
function requiredWordLists(seq: readonly Item[], leftBounded: boolean, rightBounded: boolean): string[][] {
  const n = seq.length;
  // left[k]: the character before position k is no letter or digit (or a \b stands right there).
  const left = new Array<boolean>(n + 1).fill(false);
  left[0] = leftBounded;
  for (let k = 0; k < n; k++) {
    const item = seq[k] as Item;
    const { atom } = item;
    if (atom.kind === 'boundary') left[k + 1] = true;
    else if (atom.kind === 'assertion' || (atom.kind === 'group' && atom.lookaround)) left[k + 1] = left[k] as boolean;
    else left[k + 1] = edgeIsSeparator(item, false) && (!canBeEmpty(item) || (left[k] as boolean));
  }
  const right = new Array<boolean>(n + 1).fill(false);
  right[n] = rightBounded;
  for (let k = n - 1; k >= 0; k--) {
    const item = seq[k] as Item;
    const { atom } = item;
    if (atom.kind === 'boundary') right[k] = true;
    else if (atom.kind === 'assertion' || (atom.kind === 'group' && atom.lookaround)) right[k] = right[k + 1] as boolean;
    else right[k] = edgeIsSeparator(item, true) && (!canBeEmpty(item) || (right[k + 1] as boolean));
  }
  const lists: string[][] = [];
  const offer = (words: string[] | undefined) => {
    if (words && words.length > 0 && !words.includes('')) lists.push(words);
  };
  for (let i = 0; i < n; i++) {
    const item = seq[i] as Item;
    // A group met at least once whose every alternative holds a word.
    if (item.atom.kind === 'group' && !item.atom.lookaround && item.min >= 1 && item.max === 1) {
      const atom = item.atom;
      const per = atom.alternatives.map((alt) => requiredWordLists(alt, left[i] as boolean, right[i + 1] as boolean)[0]);
      if (per.every((w) => w !== undefined)) offer([...new Set(per.flat() as string[])]);
    }
    if (!left[i]) continue;
    // A run of literal items from i up to a bounded end j is the word.
    let strings = [''];
    for (let j = i; j < n; j++) {
      const atom = (seq[j] as Item).atom;
      if (atom.kind === 'boundary' || atom.kind === 'assertion' || (atom.kind === 'group' && atom.lookaround)) break;
      const next = literalStrings(seq[j] as Item);
      if (next === undefined) break;
      strings = product(strings, next);
      if (strings.length > MAX_WORDS) break;
      if (right[j + 1]) offer(strings);
    }
  }
  // Stable: of lists that cost the same, the one found first stays first.
  return lists.map((words, order) => ({ words, order, cost: gateCost(words) })).sort((a, b) => a.cost - b.cost || a.order - b.order).map((l) => l.words);
}

/** Words one of which every match of the whole regex holds (all its alternatives' words), or undefined when one alternative's are unknown. */
export function wordsOfEveryMatch(shape: RegExpShape): string[] | undefined {
  const best = shape.alternatives.map((a) => a.wordsOfEachPart[0]);
  return best.every((words) => words !== undefined) ? [...new Set(best.flat() as string[])] : undefined;
}

/** The top-level alternatives of `re` and the words each one needs. */
export function regExpShape(re: RegExp): RegExpShape {
  const parser = new Parser(re.source);
  let top: Array<{ items: Item[]; from: number; to: number }>;
  try {
    top = parser.top();
  } catch (error) {
    if (!(error instanceof UnsupportedPattern)) throw error;
    return { alternatives: [{ source: re.source, wordsOfEachPart: [] }], capturing: true, foldsBeyondAscii: false };
  }
  return {
    capturing: parser.capturing,
    foldsBeyondAscii: re.unicode && re.ignoreCase,
    alternatives: top.map(({ items, from, to }) => ({ source: re.source.slice(from, to), wordsOfEachPart: requiredWordLists(items, false, false) })),
  };
}
