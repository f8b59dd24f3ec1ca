import { firstAtOrAfter } from './sorted-offsets';

/**
 * Spans kept so far where none overlaps another, asked whether a new [start, end) overlaps one of them
 * (or repeats an empty one) in O(log n): the overlap filters ran `kept.some(...)` per candidate, which
 * made a 70,000-character text with thousands of candidates take seconds.
 *
 * Because no kept span overlaps another, sorting them by (start, end) also sorts their ends, so the
 * only kept span that can reach past `start` among those beginning before `end` is the last of them.
 */
export class KeptSpans {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private empty: Set<number> | undefined;

  /** True when [start, end) shares a character with a kept span, or is an empty span already kept. */
  collides(start: number, end: number): boolean {
    if (start === end && this.empty?.has(start)) return true;
    const before = firstAtOrAfter(this.starts, end);
    return before > 0 && (this.ends[before - 1] as number) > start;
  }

  /** Keeps [start, end); the caller has checked that it does not collide. */
  add(start: number, end: number): void {
    if (start === end) (this.empty ??= new Set()).add(start);
    let at = firstAtOrAfter(this.starts, start);
    while (at < this.starts.length && this.starts[at] === start && (this.ends[at] as number) <= end) at++;
    this.starts.splice(at, 0, start);
    this.ends.splice(at, 0, end);
  }
}
