import { firstAtOrAfter } from './sorted-offsets';

interface Span {
  start: number;
  end: number;
}

/**
 * Whether [start, end) lies inside one of `spans`, by binary search over the spans by start with the furthest end so
 * far: asked once per match, `spans.some(...)` made a long text with thousands of matches quadratic.
 */
export function containedIn(spans: readonly Span[]): (start: number, end: number) => boolean {
  const byStart = [...spans].sort((a, b) => a.start - b.start);
  const starts = byStart.map((s) => s.start);
  const furthestEnd: number[] = [];
  for (const s of byStart) furthestEnd.push(Math.max(s.end, furthestEnd[furthestEnd.length - 1] ?? -1));
  return (start, end) => {
    // Offsets are integers: the spans starting at or before `start` are those before the first at start + 1.
    const startingBefore = firstAtOrAfter(starts, start + 1);
    return startingBefore > 0 && (furthestEnd[startingBefore - 1] as number) >= end;
  };
}
