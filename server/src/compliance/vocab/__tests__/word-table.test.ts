import { WordTable } from '../word-table';

describe('WordTable', () => {
  it('holds exactly the non-empty lines, with "\\n" or "\\r\\n" endings', () => {
    const table = new WordTable('anna\r\nbo\n\nchristoph\nbo\nd’arcy\n');
    for (const w of ['anna', 'bo', 'christoph', 'd’arcy']) expect(table.has(w)).toBe(true);
    for (const w of ['', 'ann', 'annas', 'anna\r', 'b', 'christophe', 'arcy']) expect(table.has(w)).toBe(false);
  });

  it('agrees with a Set over a few thousand generated words', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${(i * 7919).toString(36)}`);
    const table = new WordTable(words.filter((_, i) => i % 2 === 0).join('\n'));
    words.forEach((w, i) => expect(table.has(w)).toBe(i % 2 === 0));
  });
});
