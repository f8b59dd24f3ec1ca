import fc from 'fast-check';
import { clauseFinder, type ClauseBounds } from '../reply-clauses';

/** The clause by its definition: scan back to the previous boundary and on to the next one. */
function clauseAround(text: string, from: number, to: number): ClauseBounds {
  const boundary = /[.!?;\n—–]/;
  let start = from;
  while (start > 0 && !boundary.test(text[start - 1] as string)) start--;
  let end = Math.max(to, from);
  while (end < text.length && !boundary.test(text[end] as string)) end++;
  return { start, end };
}

describe('clauseFinder', () => {
  it('finds the same clause as clauseAround for every span of any text', () => {
    const text = fc.array(fc.constantFrom('a', ' ', '.', '!', '?', ';', '\n', '—', '–', 'b'), { maxLength: 40 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, x, y) => {
        const from = t.length === 0 ? 0 : x % (t.length + 1);
        const to = Math.min(t.length, from + (t.length === 0 ? 0 : y % (t.length + 1)));
        expect(clauseFinder(t)(from, to)).toEqual(clauseAround(t, from, to));
      }),
      { numRuns: 500 },
    );
  });

  it('gives a span that crosses a boundary ("3–5 g") the clause that reaches past it', () => {
    const t = 'Safe at 3–5 g a day — drink water.';
    const at = t.indexOf('3–5 g');
    expect(clauseFinder(t)(at, at + 5)).toEqual({ start: 0, end: t.indexOf('—') });
  });
});
