import type { PeriodLength } from '../analytics/analytics-row';

/** The metrics one stored analytics record holds for one channel and period. */
export interface PeriodMetrics {
  periodStart: Date;
  periodLength: PeriodLength;
  impressions: number;
  reach: number | null;
  engagements: number;
  clicks: number;
  conversions: number;
  spend: number;
  staffMinutes: number;
  source: string;
}

export function periodKey(periodStart: Date, periodLength: PeriodLength): string {
  return `${periodLength}|${periodStart.toISOString()}`;
}

/**
 * One record per (periodStart, periodLength): rows of one import that share a period (two posts
 * published in the same hour) are added up. Reach becomes null then, since unique reach does not add.
 */
export function mergeByPeriod(rows: Iterable<PeriodMetrics>): Map<string, PeriodMetrics> {
  const merged = new Map<string, PeriodMetrics>();
  for (const row of rows) {
    const key = periodKey(row.periodStart, row.periodLength);
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, { ...row });
      continue;
    }
    seen.impressions += row.impressions;
    seen.reach = null;
    seen.engagements += row.engagements;
    seen.clicks += row.clicks;
    seen.conversions += row.conversions;
    seen.spend += row.spend;
    seen.staffMinutes += row.staffMinutes;
  }
  return merged;
}
