import { FOLD_HASH_START, foldHash, FoldedWordTable } from '../folded-word-table';

function hashOf(text: string, start: number, end: number): number {
  let h = FOLD_HASH_START;
  for (let i = start; i < end; i++) h = foldHash(h, text.charCodeAt(i));
  return h >>> 0;
}

describe('FoldedWordTable', () => {
  it('finds a word written in any case or with a curly apostrophe as its one lower-case entry', () => {
    const calls: string[] = [];
    const table = new FoldedWordTable((w) => (calls.push(w), w.length), 100);
    const text = "Don’t DON'T don't";
    const ids = [[0, 5], [6, 11], [12, 17]].map(([s, e]) => table.find(text, s!, e!, hashOf(text, s!, e!)));
    expect(new Set(ids).size).toBe(1);
    expect(table.words[ids[0]!]).toBe("don't");
    expect(table.values[ids[0]!]).toBe(5);
    expect(calls).toEqual(["don't"]);
  });

  it('keeps words apart that share a hash slot, grows, and forgets everything past its bound', () => {
    const table = new FoldedWordTable(() => 1, 5000);
    const words = Array.from({ length: 3000 }, (_, i) => `w${i}`);
    const ids = words.map((w) => table.find(w, 0, w.length, hashOf(w, 0, w.length)));
    expect(new Set(ids).size).toBe(3000);
    expect(words.every((w, i) => table.words[ids[i]!] === w)).toBe(true);
    table.makeRoom(3000);
    expect(table.words).toHaveLength(0);
    expect(table.find('w1', 0, 2, hashOf('w1', 0, 2))).toBe(0);
  });
});
