import { formatSlotLabel, toLocalParts } from './zoned-time';

export interface HeatmapRecord {
  periodStart: Date;
  periodLength: 'day' | 'hour';
  impressions: number;
  engagements: number;
}

export interface HeatmapCell {
  /** 0 = Monday … 6 = Sunday, in the channel's time zone. */
  weekday: number;
  hour: number;
  impressions: number;
  engagements: number;
  /** Number of hourly records that fell in this cell. */
  samples: number;
  /** Raw engagements ÷ impressions; null without impressions. */
  rate: number | null;
  /** Shrunk toward the channel's overall rate, then averaged with the neighbouring hours. */
  smoothedRate: number;
}

export interface RankedSlot {
  weekday: number;
  hour: number;
  label: string;
  smoothedRate: number;
  samples: number;
}

export interface EngagementHeatmap {
  timezone: string;
  overallRate: number;
  /** 7 rows (Mon…Sun) × 24 hours. */
  cells: HeatmapCell[][];
  /** Every cell, best first. */
  ranking: RankedSlot[];
}

export interface HeatmapOptions {
  priorImpressions: number;
  from?: Date;
  to?: Date;
}

const CELLS = 7 * 24;

// Breaks ties when data cannot (a new channel): weekday working hours first, closest to 10:00 first.
function defaultPreference(index: number): number {
  const weekday = Math.floor(index / 24);
  const hour = index % 24;
  const workingHours = weekday < 5 && hour >= 8 && hour <= 17 ? 0 : 100;
  return workingHours + Math.abs(hour - 10) + weekday * 0.01;
}

/** Engagement rate by weekday × hour in `timezone`. Only hourly records carry an hour, so daily ones are skipped. */
export function buildEngagementHeatmap(
  records: Iterable<HeatmapRecord>,
  timezone: string,
  options: HeatmapOptions,
): EngagementHeatmap {
  const impressions = new Float64Array(CELLS);
  const engagements = new Float64Array(CELLS);
  const samples = new Uint32Array(CELLS);
  const fromMs = options.from?.getTime() ?? -Infinity;
  const toMs = options.to?.getTime() ?? Infinity;
  let totalImpressions = 0;
  let totalEngagements = 0;
  for (const record of records) {
    if (record.periodLength !== 'hour') continue;
    const at = record.periodStart.getTime();
    if (at < fromMs || at >= toMs) continue;
    const local = toLocalParts(at, timezone);
    const index = local.weekday * 24 + local.hour;
    impressions[index] += record.impressions;
    engagements[index] += record.engagements;
    samples[index] += 1;
    totalImpressions += record.impressions;
    totalEngagements += record.engagements;
  }
  const overallRate = totalImpressions > 0 ? totalEngagements / totalImpressions : 0;
  const prior = options.priorImpressions;
  const shrunk = new Float64Array(CELLS);
  for (let i = 0; i < CELLS; i += 1) {
    const denominator = impressions[i]! + prior;
    shrunk[i] = denominator > 0 ? (engagements[i]! + prior * overallRate) / denominator : overallRate;
  }
  const cells: HeatmapCell[][] = [];
  const ranking: RankedSlot[] = [];
  for (let weekday = 0; weekday < 7; weekday += 1) {
    const row: HeatmapCell[] = [];
    for (let hour = 0; hour < 24; hour += 1) {
      const i = weekday * 24 + hour;
      // The week wraps: Monday 00:00 neighbours Sunday 23:00.
      const smoothedRate =
        0.25 * shrunk[(i + CELLS - 1) % CELLS]! + 0.5 * shrunk[i]! + 0.25 * shrunk[(i + 1) % CELLS]!;
      row.push({
        weekday,
        hour,
        impressions: impressions[i]!,
        engagements: engagements[i]!,
        samples: samples[i]!,
        rate: impressions[i]! > 0 ? engagements[i]! / impressions[i]! : null,
        smoothedRate,
      });
      ranking.push({ weekday, hour, label: formatSlotLabel(weekday, hour), smoothedRate, samples: samples[i]! });
    }
    cells.push(row);
  }
  // Rates equal up to rounding noise count as ties, so the default preference decides them.
  ranking.sort((a, b) => {
    const diff = b.smoothedRate - a.smoothedRate;
    if (Math.abs(diff) > 1e-12) return diff;
    return defaultPreference(a.weekday * 24 + a.hour) - defaultPreference(b.weekday * 24 + b.hour);
  });
  return { timezone, overallRate, cells, ranking };
}
