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
  // The index of the first boundary at or after `at`.
  const firstFrom = (at: number): number => {
    let lo = 0;
    let hi = boundaries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((boundaries[mid] as number) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (from, to) => {
    const before = firstFrom(from) - 1;
    const after = firstFrom(Math.max(to, from));
    return { start: before >= 0 ? (boundaries[before] as number) + 1 : 0, end: after < boundaries.length ? (boundaries[after] as number) : text.length };
  };
}
