/** Index of the first of the ascending `offsets` at or after `offset` (how many lie before it), by binary search. */
export function firstAtOrAfter(offsets: readonly number[], offset: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
