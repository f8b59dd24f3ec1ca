import type { EngagementHeatmap, RankedSlot } from './engagement-heatmap';
import type { ChannelSchedule } from './schedule-book';
import { localToUtcMs, toLocalParts } from './zoned-time';

export interface SlotChoice {
  at: Date;
  weekday: number;
  hour: number;
  /** Position of this weekday×hour in the channel's ranking, 1 = best. */
  rank: number;
  /** True when the slot is one of the channel's top slots; false when they were all full. */
  isTopSlot: boolean;
  smoothedRate: number;
}

export interface SlotSearch {
  earliest: Date;
  horizonDays: number;
  topSlots: number;
}

export interface Candidate {
  atMs: number;
  weekday: number;
  hour: number;
  /** Local calendar day, as localDayNumber numbers it. */
  day: number;
}

interface LocalDay {
  day: number;
  weekday: number;
  /** UTC instant of each local hour 0–23; NaN where the hour does not exist (spring-forward gap). */
  hours: Float64Array;
}

const DAY_MS = 86_400_000;
const dayCache = new Map<string, Map<number, LocalDay>>();

/**
 * The on-the-hour times of one local calendar day. A repeated hour (fall-back) is listed once, at its
 * first occurrence, so "01:00" is one slot and not two.
 */
function localDay(timezone: string, day: number): LocalDay {
  let days = dayCache.get(timezone);
  if (!days) {
    days = new Map();
    dayCache.set(timezone, days);
  }
  let entry = days.get(day);
  if (!entry) {
    const date = new Date(day * DAY_MS);
    const hours = new Float64Array(24);
    for (let hour = 0; hour < 24; hour += 1) {
      hours[hour] =
        localToUtcMs(timezone, date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), hour) ?? Number.NaN;
    }
    entry = { day, weekday: (date.getUTCDay() + 6) % 7, hours };
    days.set(day, entry);
  }
  return entry;
}

/** Local on-the-hour times from `earliest` for `horizonDays`, in time order; nonexistent local hours are skipped. */
export function* localHourlyCandidates(
  timezone: string,
  earliest: Date,
  horizonDays: number,
  skipDay: (day: number) => boolean = () => false,
): Generator<Candidate> {
  const earliestMs = earliest.getTime();
  const endMs = earliestMs + horizonDays * DAY_MS;
  const start = toLocalParts(earliestMs, timezone);
  const firstDay = Math.floor(Date.UTC(start.year, start.month - 1, start.day) / DAY_MS);
  for (let day = firstDay; day <= firstDay + horizonDays + 1; day += 1) {
    if (skipDay(day)) continue;
    const local = localDay(timezone, day);
    for (let hour = 0; hour < 24; hour += 1) {
      const atMs = local.hours[hour]!;
      if (Number.isNaN(atMs) || atMs < earliestMs) continue;
      if (atMs >= endMs) return;
      yield { atMs, weekday: local.weekday, hour, day };
    }
  }
}

const rankTables = new WeakMap<EngagementHeatmap, Int16Array>();

/** 1-based rank of each weekday×hour cell, indexed weekday * 24 + hour. */
function rankTable(heatmap: EngagementHeatmap): Int16Array {
  let table = rankTables.get(heatmap);
  if (!table) {
    table = new Int16Array(168);
    heatmap.ranking.forEach((slot, i) => {
      table![slot.weekday * 24 + slot.hour] = i + 1;
    });
    rankTables.set(heatmap, table);
  }
  return table;
}

/**
 * The first time after `earliest` that falls in one of the channel's top slots and is free under its cap
 * and gap; if every top-slot occurrence in the horizon is taken, the free hour with the best rate.
 */
export function findNextSlot(
  heatmap: EngagementHeatmap,
  schedule: ChannelSchedule,
  search: SlotSearch,
): SlotChoice | null {
  const ranks = rankTable(heatmap);
  let fallback: { candidate: Candidate; rank: number } | null = null;
  const candidates = localHourlyCandidates(heatmap.timezone, search.earliest, search.horizonDays, (day) =>
    schedule.isDayFull(day),
  );
  for (const candidate of candidates) {
    const rank = ranks[candidate.weekday * 24 + candidate.hour]!;
    const isTop = rank <= search.topSlots;
    if (!isTop && fallback !== null && rank >= fallback.rank) continue;
    if (schedule.blockAt(candidate.atMs) !== null) continue;
    if (isTop) return choice(candidate, rank, heatmap.ranking[rank - 1]!, true);
    fallback = { candidate, rank };
  }
  return fallback === null ? null : choice(fallback.candidate, fallback.rank, heatmap.ranking[fallback.rank - 1]!, false);
}

function choice(candidate: Candidate, rank: number, slot: RankedSlot, isTopSlot: boolean): SlotChoice {
  return {
    at: new Date(candidate.atMs),
    weekday: candidate.weekday,
    hour: candidate.hour,
    rank,
    isTopSlot,
    smoothedRate: slot.smoothedRate,
  };
}
