import { localDayNumber } from './zoned-time';

export interface ScheduleRules {
  timezone: string;
  dailyCap: number;
  minGapMinutes: number;
}

export type PlacementBlock = 'daily-cap' | 'min-gap';

/** The posts planned or scheduled on one channel, checked against its daily cap and minimum gap. */
export class ChannelSchedule {
  private readonly times: number[] = [];
  private readonly perDay = new Map<number, number>();

  constructor(
    readonly rules: ScheduleRules,
    existing: Iterable<Date> = [],
  ) {
    for (const at of existing) this.add(at.getTime());
  }

  /** True when the local day (see localDayNumber) already holds `dailyCap` posts. */
  isDayFull(dayNumber: number): boolean {
    return (this.perDay.get(dayNumber) ?? 0) >= this.rules.dailyCap;
  }

  /** Why `atMs` cannot take a post, or null when it can. */
  blockAt(atMs: number): PlacementBlock | null {
    if (this.isDayFull(localDayNumber(atMs, this.rules.timezone))) return 'daily-cap';
    const gapMs = this.rules.minGapMinutes * 60_000;
    if (gapMs > 0) {
      const i = this.lowerBound(atMs);
      const after = this.times[i];
      const before = this.times[i - 1];
      if (after !== undefined && after - atMs < gapMs) return 'min-gap';
      if (before !== undefined && atMs - before < gapMs) return 'min-gap';
    }
    return null;
  }

  add(atMs: number): void {
    this.times.splice(this.lowerBound(atMs), 0, atMs);
    const day = localDayNumber(atMs, this.rules.timezone);
    this.perDay.set(day, (this.perDay.get(day) ?? 0) + 1);
  }

  list(): readonly number[] {
    return this.times;
  }

  private lowerBound(atMs: number): number {
    let lo = 0;
    let hi = this.times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.times[mid]! < atMs) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
