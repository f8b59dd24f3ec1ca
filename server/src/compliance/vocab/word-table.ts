import { fnv1a } from '../text/fnv1a';

/**
 * A read-only set of the lines of one big string, without a string object per line: an
 * open-addressing hash table of line offsets into the text. Building it over the ~200k lines of a
 * name list takes a few milliseconds and makes almost no garbage, where `new Set(text.split('\n'))`
 * costs tens of milliseconds plus a collection.
 */
export class WordTable {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly mask: number;

  /** `text` holds one entry a line ("\n" or "\r\n"); empty lines are skipped. */
  constructor(private readonly text: string) {
    let lines = 1;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
    let size = 1;
    while (size < lines * 2) size <<= 1;
    this.mask = size - 1;
    this.starts = new Int32Array(size).fill(-1);
    this.ends = new Int32Array(size);
    let start = 0;
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const next = end + 1;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      if (end > start) this.insert(start, end);
      start = next;
    }
  }

  has(word: string): boolean {
    const n = word.length;
    let slot = fnv1a(word, 0, n) & this.mask;
    for (;;) {
      const s = this.starts[slot] as number;
      if (s < 0) return false;
      if ((this.ends[slot] as number) - s === n && this.text.startsWith(word, s)) return true;
      slot = (slot + 1) & this.mask;
    }
  }

  private insert(start: number, end: number): void {
    let slot = fnv1a(this.text, start, end) & this.mask;
    for (;;) {
      const s = this.starts[slot] as number;
      if (s < 0) break;
      // Already listed: keep one copy.
      if ((this.ends[slot] as number) - s === end - start && this.text.startsWith(this.text.slice(start, end), s)) return;
      slot = (slot + 1) & this.mask;
    }
    this.starts[slot] = start;
    this.ends[slot] = end;
  }
}

