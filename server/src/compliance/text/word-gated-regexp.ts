import { asciiWords, holdsAnyOf, wordList, type WordList } from './ascii-words';
import { holdsLetterFoldingToAscii, regExpShape, wordsOfEveryMatch, type RegExpShape } from './regexp-words';

interface Alternative {
  /** The alternative alone, global, so it can be asked for its next match from any index. */
  regexp: RegExp;
  /** Word lists a text must hold a word of each of (none: it may always match). */
  gates: WordList[];
}

/** More lists seldom shut out more texts; each costs a lookup per text. */
const MAX_GATES = 3;

const gatesOf = (lists: ReadonlyArray<readonly string[]>): WordList[] => lists.slice(0, MAX_GATES).map(wordList);

/** True when `text` holds a word of every list in `gates`. */
function holdsAll(words: ReadonlySet<string>, gates: readonly WordList[]): boolean {
  for (const gate of gates) if (!holdsAnyOf(words, gate)) return false;
  return true;
}

/**
 * A rule regex of many alternatives ("…|…|…") run on a text as only the alternatives that could match it:
 * each alternative needs one of a few words as a whole ASCII run (regexp-words.ts), so a text without them
 * cannot match it anywhere. Most texts leave out most alternatives, and many leave none.
 *
 * The alternatives that are left run one by one, and the earliest match wins, the earlier alternative on a
 * tie: the match the whole regex finds, since at each index it tries its alternatives in order. (One regex
 * joined from the alternatives left would do the same, but the mixes differ from text to text, and compiling
 * a regex costs more than running several.)
 */
export class WordGatedRegExp {
  private readonly alternatives: Alternative[];
  private readonly foldsBeyondAscii: boolean;

  constructor(regexp: RegExp) {
    const shape = regExpShape(regexp);
    this.foldsBeyondAscii = shape.foldsBeyondAscii;
    const flags = regexp.flags.includes('g') ? regexp.flags : `${regexp.flags}g`;
    this.alternatives =
      !shape.capturing && shape.alternatives.length > 1
        ? shape.alternatives.map((a) => ({ regexp: new RegExp(a.source, flags), gates: gatesOf(a.wordsOfEachPart) }))
        : [{ regexp: new RegExp(regexp.source, flags), gates: gatesOfWhole(shape) }];
  }

  /** The matches of the rule in `text`, read one by one like a global regex's; undefined when none can match. */
  matches(text: string): GatedMatches | undefined {
    const words = asciiWords(text);
    let live: RegExp[] | undefined;
    let folding: boolean | undefined;
    for (const a of this.alternatives)
      if (holdsAll(words, a.gates) || (this.foldsBeyondAscii && (folding ??= holdsLetterFoldingToAscii(text)))) (live ??= []).push(a.regexp);
    return live === undefined ? undefined : new GatedMatches(text, live);
  }

  /** The first match in `text`, as `exec` of a regex without the g flag finds it. */
  exec(text: string): RegExpExecArray | null {
    return this.matches(text)?.exec() ?? null;
  }

  test(text: string): boolean {
    return this.exec(text) !== null;
  }
}

/** Successive matches of the alternatives left for one text, earliest first. Like a global regex, `lastIndex` says where the next search starts. */
export class GatedMatches {
  lastIndex = 0;
  /** Per alternative, its first match at or after the index it was last asked from (null: none after it). */
  private readonly next: Array<RegExpExecArray | null | undefined>;

  constructor(
    private readonly text: string,
    private readonly regexps: readonly RegExp[],
  ) {
    this.next = new Array<RegExpExecArray | null | undefined>(regexps.length);
  }

  exec(): RegExpExecArray | null {
    let best: RegExpExecArray | null = null;
    for (let i = 0; i < this.regexps.length; i++) {
      let m = this.next[i];
      // A match found from an earlier index is still the first one from here if it starts here or later.
      if (m === undefined || (m !== null && m.index < this.lastIndex)) {
        const re = this.regexps[i] as RegExp;
        re.lastIndex = this.lastIndex;
        m = re.exec(this.text);
        this.next[i] = m;
      }
      if (m !== null && (best === null || m.index < best.index)) best = m;
    }
    if (best !== null) this.lastIndex = best.index + best[0].length;
    return best;
  }
}

/** The word lists every match of the whole regex needs: each part's of its one alternative, or one list of all its alternatives' words. */
function gatesOfWhole(shape: RegExpShape): WordList[] {
  const [only, ...others] = shape.alternatives;
  if (only && others.length === 0) return gatesOf(only.wordsOfEachPart);
  const all = wordsOfEveryMatch(shape);
  return all === undefined ? [] : [wordList(all)];
}

interface MatchGate {
  gates: WordList[];
  foldsBeyondAscii: boolean;
}

const matchGates = new WeakMap<RegExp, MatchGate | null>();

/**
 * False when `text` holds none of the words every match of `re` needs, so neither it nor any part of it cut
 * between runs (a sentence, a clause) can match; true when it may. A sentence rule asked about each sentence
 * of a text is asked once about the text first.
 */
export function mayMatch(re: RegExp, text: string): boolean {
  let gate = matchGates.get(re);
  if (gate === undefined) {
    const shape = regExpShape(re);
    const gates = gatesOfWhole(shape);
    gate = gates.length === 0 ? null : { gates, foldsBeyondAscii: shape.foldsBeyondAscii };
    matchGates.set(re, gate);
  }
  return gate === null || holdsAll(asciiWords(text), gate.gates) || (gate.foldsBeyondAscii && holdsLetterFoldingToAscii(text));
}
