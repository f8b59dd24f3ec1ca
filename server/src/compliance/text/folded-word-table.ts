/**
 * A number per distinct folded word (its word classes, its list class), found straight from the text by
 * the word's FNV-1a hash, which the scan computes as it goes: a word seen before costs no slice, no
 * lower-casing and no Map lookup, and its folded string is shared rather than built again.
 */

/** A word's characters as stored: ASCII lower case, curly apostrophes straightened. */
export function foldChar(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  return c === 0x2018 || c === 0x2019 ? 39 : c;
}

/** FNV-1a step (as text/fnv1a.ts) over one folded character. */
export function foldHash(h: number, c: number): number {
  return Math.imul(h ^ foldChar(c), 0x01000193);
}

export const FOLD_HASH_START = 0x811c9dc5;

export class FoldedWordTable {
  readonly words: string[] = [];
  readonly hashes: number[] = [];
  readonly values: number[] = [];
  private slots = new Int32Array(1 << 12).fill(-1);

  /** `valueOf` gets the folded word; `maxWords` bounds the memory (all is forgotten past it). */
  constructor(
    private readonly valueOf: (word: string) => number,
    private readonly maxWords: number,
  ) {}

  /** Forgets every word when fewer than `room` more would fit (call between texts, so ids stay valid within one). */
  makeRoom(room: number): void {
    if (this.words.length + room > this.maxWords) this.clear();
  }

  clear(): void {
    this.words.length = this.hashes.length = this.values.length = 0;
    this.slots.fill(-1);
  }

  /**
   * The id of text[start, end) folded, whose hash (FOLD_HASH_START, then foldHash per character, `>>> 0`)
   * is `hash`; added on first sight. Characters outside ASCII other than curly apostrophes do not fold here.
   */
  find(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let e = this.slots[slot] as number; e >= 0; e = this.slots[slot] as number) {
      if (this.hashes[e] === hash && this.sameWord(this.words[e] as string, text, start, end)) return e;
      slot = (slot + 1) & mask;
    }
    const word = text.slice(start, end).replace(/[\u2018\u2019]/g, "'").toLowerCase();
    const e = this.words.length;
    this.words.push(word);
    this.hashes.push(hash);
    this.values.push(this.valueOf(word));
    this.slots[slot] = e;
    if (this.words.length * 2 > this.slots.length) this.grow();
    return e;
  }

  private sameWord(word: string, text: string, start: number, end: number): boolean {
    if (word.length !== end - start) return false;
    for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== foldChar(text.charCodeAt(start + i))) return false;
    return true;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let e = 0; e < this.hashes.length; e++) {
      let slot = (this.hashes[e] as number) & mask;
      while ((slots[slot] as number) >= 0) slot = (slot + 1) & mask;
      slots[slot] = e;
    }
    this.slots = slots;
  }
}
