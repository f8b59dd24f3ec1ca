import type { ChannelSchedule, PlacementBlock } from '../roi/schedule-book';
import { localToUtcMs, toLocalParts } from '../roi/zoned-time';

const DAY_MS = 86_400_000;

/** UTC instants of the local midnights after `from`, for `days` days. */
function nextLocalMidnights(from: Date, timezone: string, days: number): number[] {
  const local = toLocalParts(from.getTime(), timezone);
  const midnights: number[] = [];
  for (let d = 1; d <= days + 1; d += 1) {
    const at = localToUtcMs(timezone, local.year, local.month, local.day + d, 0) ?? localToUtcMs(timezone, local.year, local.month, local.day + d, 1);
    if (at !== null) midnights.push(at);
  }
  return midnights;
}

/**
 * The first moment at or after `from` that the channel's cap and gap allow. A blocked time frees up only
 * where a gap ends (a post + gap) or a new local day starts, so only those moments are tried.
 * Null when nothing is free within `horizonDays`.
 */
export function earliestFreeTime(schedule: ChannelSchedule, from: Date, horizonDays: number): Date | null {
  const start = from.getTime();
  const end = start + horizonDays * DAY_MS;
  const gapMs = schedule.rules.minGapMinutes * 60_000;
  const candidates = [start, ...schedule.list().map((t) => t + gapMs), ...nextLocalMidnights(from, schedule.rules.timezone, horizonDays)]
    .filter((t) => t >= start && t <= end)
    .sort((a, b) => a - b);
  for (const at of candidates) {
    if (schedule.blockAt(at) === null) return new Date(at);
  }
  return null;
}

export function describeBlock(block: PlacementBlock, rules: { dailyCap: number; minGapMinutes: number }): string {
  return block === 'daily-cap'
    ? `that day already has ${rules.dailyCap} post${rules.dailyCap === 1 ? '' : 's'} (the daily cap)`
    : `it is within ${rules.minGapMinutes} min of another post`;
}

/** "Tue 10 Mar 09:30 America/Chicago" */
export function formatLocalTime(at: Date, timezone: string): string {
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  return `${text.replace(',', '')} ${timezone}`;
}
