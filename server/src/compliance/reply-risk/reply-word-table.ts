/**
 * What the reply-risk features need of each distinct lower-case word: its FNV-1a hash, its list class
 * and whether it looks past tense. Found straight from the text by that hash (the same one the features
 * use), so a word seen before costs no slice, no lower-casing and no Map lookup.
 */

/** A word's characters as the features see them: ASCII lower case, curly apostrophes straightened. */
export function foldChar(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  return c === 0x2018 || c === 0x2019 ? 39 : c;
}

export class ReplyWordTable {
  readonly words: string[] = [];
  readonly hashes: number[] = [];
  readonly listClasses: number[] = [];
  readonly pastTense: boolean[] = [];
  private slots = new Int32Array(1 << 12).fill(-1);

  constructor(
    private readonly classify: (word: string) => number,
    private readonly maxWords: number,
  ) {}

  /** Forgets every word when fewer than `room` more would fit (never in the middle of a text, so indices stay valid). */
  makeRoom(room: number): void {
    if (this.words.length + room <= this.maxWords) return;
    this.words.length = this.hashes.length = this.listClasses.length = this.pastTense.length = 0;
    this.slots.fill(-1);
  }

  /** The entry of text[start, end) folded, whose FNV-1a hash is `hash`; added on first sight. */
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
    this.listClasses.push(this.classify(word));
    this.pastTense.push(word.length > 4 && word.endsWith('ed'));
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
