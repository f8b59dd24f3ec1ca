import { firstAtOrAfter } from '../text/sorted-offsets';

/** Clause boundaries: sentence ends, semicolons, dashes and line breaks. */

const BOUNDARY = /[.!?;\n—–]/;

export interface ClauseBounds {
  start: number;
  end: number;
}

/**
 * The clause around [from, to) — back to the previous boundary, on to the next one — for many spans of one text: the
 * boundaries are found once and each clause by binary search, so a long reply with thousands of matches in one clause
 * stays linear.
 */
export function clauseFinder(text: string): (from: number, to: number) => ClauseBounds {
  const boundaries: number[] = [];
  for (let i = 0; i < text.length; i++) if (BOUNDARY.test(text[i] as string)) boundaries.push(i);
  return (from, to) => {
    const before = firstAtOrAfter(boundaries, from) - 1;
    const after = firstAtOrAfter(boundaries, Math.max(to, from));
    return { start: before >= 0 ? (boundaries[before] as number) + 1 : 0, end: after < boundaries.length ? (boundaries[after] as number) : text.length };
  };
}
