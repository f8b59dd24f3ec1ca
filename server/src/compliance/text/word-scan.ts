import { FOLD_HASH_START, foldHash, type FoldedWordTable } from './folded-word-table';

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2018 || c === 0x2019;
}

/**
 * The words of a text as /[A-Za-z0-9]+(?:[-'][A-Za-z0-9]+)*\/g finds them once curly apostrophes are
 * straightened (the hashed models' word pattern), scanned by hand: each word's id in a FoldedWordTable, its
 * start and its end, in arrays the next scan reuses. A word seen before costs no slice and no Map lookup.
 */
export class WordScan {
  ids = new Int32Array(256);
  starts = new Int32Array(256);
  ends = new Int32Array(256);

  /**
   * Scans `text` into ids / starts / ends and returns how many words it has. `room` is how many words the
   * table must take without forgetting any (so ids stay valid while the caller also looks up other words);
   * 0 never forgets, so the ids of an earlier scan into the same table stay valid too.
   */
  scan(text: string, table: FoldedWordTable, room = text.length): number {
    const n = text.length;
    if (room > 0) table.makeRoom(room);
    if (this.ids.length < n) {
      this.ids = new Int32Array(n * 2);
      this.starts = new Int32Array(n * 2);
      this.ends = new Int32Array(n * 2);
    }
    const { ids, starts, ends } = this;
    let words = 0;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      const start = i;
      let h = FOLD_HASH_START;
      for (;;) {
        h = foldHash(h, c);
        i++;
        if (i >= n) break;
        c = text.charCodeAt(i);
        if (isWordChar(c)) continue;
        if (isJoiner(c) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) continue;
        break;
      }
      ids[words] = table.find(text, start, i, h >>> 0);
      starts[words] = start;
      ends[words++] = i;
    }
    return words;
  }
}
