/** Clause boundaries: sentence ends, semicolons, dashes and line breaks. */

const BOUNDARY = /[.!?;\n—–]/;

export interface ClauseBounds {
  start: number;
  end: number;
}

/** The clause around [from, to): back to the previous boundary, on to the next one. */
export function clauseAround(text: string, from: number, to: number): ClauseBounds {
  let start = from;
  while (start > 0 && !BOUNDARY.test(text[start - 1])) start--;
  let end = Math.max(to, from);
  while (end < text.length && !BOUNDARY.test(text[end])) end++;
  return { start, end };
}
