import fc from 'fast-check';
import { wordTokens } from '../../text/word-tokens';
import { classesOf, wordClass } from '../word-classes';

describe('word classes', () => {
  const FRUIT = wordClass(['apple', 'pear', 'fig']);
  const TREE = wordClass(new Set(['fig', 'oak']));
  const LONG = wordClass((w) => w.length > 5);

  it('gives each class its own bit and a word the bits of every class it is in', () => {
    expect(new Set([FRUIT, TREE, LONG]).size).toBe(3);
    expect(classesOf('apple') & (FRUIT | TREE | LONG)).toBe(FRUIT);
    expect(classesOf('fig') & (FRUIT | TREE | LONG)).toBe(FRUIT | TREE);
    expect(classesOf('banana') & (FRUIT | TREE | LONG)).toBe(LONG);
    expect(classesOf('Apple') & FRUIT).toBe(0);
  });

  it('answers the same on a second asking and after a later class is added', () => {
    expect(classesOf('oak') & TREE).toBe(TREE);
    expect(classesOf('oak') & TREE).toBe(TREE);
    const ACORN = wordClass(['oak']);
    expect(classesOf('oak') & (TREE | ACORN)).toBe(TREE | ACORN);
  });

  it('refuses a number as a listed word, since number tokens are never looked up', () => {
    expect(() => wordClass(['room', '911'])).toThrow(/number/);
    expect(() => wordClass(['24-7'])).toThrow(/number/);
  });

  it('tokens carry the classes of their lower-case form, and of the form without a possessive', () => {
    const [pear, figs, num] = wordTokens("PEAR fig's 555-0134");
    expect(pear!.classes & FRUIT).toBe(FRUIT);
    expect(figs!.classes & FRUIT).toBe(0);
    expect(figs!.bareClasses & (FRUIT | TREE)).toBe(FRUIT | TREE);
    expect(num!.classes).toBe(0);
  });

  it('agrees with a lookup in the list for any token', () => {
    const list = ['ab', "ab's", 'a-b', 'b2', 'ça'];
    const AB = wordClass(list);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'A', "'", '-', '2', 'ç', ' ', 's'), { maxLength: 12 }), (chars) => {
        for (const t of wordTokens(chars.join(''))) {
          expect((t.classes & AB) !== 0).toBe(list.includes(t.lower));
          expect((t.bareClasses & AB) !== 0).toBe(list.includes(t.bare));
        }
      }),
    );
  });
});
