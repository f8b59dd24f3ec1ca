import fc from 'fast-check';
import { KeptSpans } from '../kept-spans';

/** The filter KeptSpans replaces: keep a span unless it overlaps a kept one or repeats it exactly. */
function keptNaively(spans: ReadonlyArray<[number, number]>): boolean[] {
  const kept: Array<[number, number]> = [];
  return spans.map(([start, end]) => {
    const collides = kept.some(([s, e]) => (s < end && start < e) || (s === start && e === end));
    if (!collides) kept.push([start, end]);
    return !collides;
  });
}

function keptWithIndex(spans: ReadonlyArray<[number, number]>): boolean[] {
  const index = new KeptSpans();
  return spans.map(([start, end]) => {
    if (index.collides(start, end)) return false;
    index.add(start, end);
    return true;
  });
}

describe('KeptSpans', () => {
  it('keeps what the pairwise overlap filter keeps, empty spans included', () => {
    const span = fc.tuple(fc.nat(60), fc.nat(12)).map(([start, length]): [number, number] => [start, start + length]);
    fc.assert(fc.property(fc.array(span, { maxLength: 80 }), (spans) => {
      expect(keptWithIndex(spans)).toEqual(keptNaively(spans));
    }), { numRuns: 2000 });
  });

  it('treats touching spans as apart and an empty span inside a kept one as overlapping it', () => {
    const index = new KeptSpans();
    index.add(5, 10);
    expect([index.collides(0, 5), index.collides(10, 12), index.collides(7, 7), index.collides(5, 5), index.collides(9, 11)]).toEqual([false, false, true, false, true]);
    index.add(5, 5);
    expect([index.collides(5, 5), index.collides(0, 5)]).toEqual([true, false]);
  });
});
