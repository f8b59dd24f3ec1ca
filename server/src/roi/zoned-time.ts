export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
}

export const WEEKDAY_LABELS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
// Every current zone changes offset on a quarter-hour boundary of UTC, so the offset is constant per bucket.
const BUCKET_MS = 15 * MINUTE_MS;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

// Callers pass instants on whole seconds, so the formatted wall time loses nothing.
function computeOffsetMs(instantMs: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(instantMs));
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - instantMs;
}

interface DayOffsets {
  /** Offset over the whole UTC day, or null when it changes during the day. */
  constant: number | null;
  /** Per quarter-hour offsets, filled only for days with a change. */
  quarters?: Map<number, number>;
}

const dayCache = new Map<string, Map<number, DayOffsets>>();

/** Offset of `timeZone` from UTC at `instantMs`, in ms (New York in winter: −5 h). */
export function timeZoneOffsetMs(instantMs: number, timeZone: string): number {
  let days = dayCache.get(timeZone);
  if (!days) {
    days = new Map();
    dayCache.set(timeZone, days);
  }
  const day = Math.floor(instantMs / DAY_MS);
  let entry = days.get(day);
  if (!entry) {
    // Equal offsets at both ends of a UTC day mean no change inside it: zones change at most once a day.
    const first = computeOffsetMs(day * DAY_MS, timeZone);
    const last = computeOffsetMs((day + 1) * DAY_MS - BUCKET_MS, timeZone);
    entry = first === last ? { constant: first } : { constant: null, quarters: new Map() };
    days.set(day, entry);
  }
  if (entry.constant !== null) return entry.constant;
  const bucket = Math.floor(instantMs / BUCKET_MS);
  let offset = entry.quarters!.get(bucket);
  if (offset === undefined) {
    offset = computeOffsetMs(bucket * BUCKET_MS, timeZone);
    entry.quarters!.set(bucket, offset);
  }
  return offset;
}

export function toLocalParts(instantMs: number, timeZone: string): LocalParts {
  const wall = new Date(instantMs + timeZoneOffsetMs(instantMs, timeZone));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    weekday: (wall.getUTCDay() + 6) % 7,
  };
}

/** A number that identifies the local calendar day (days since 1970-01-01 on the wall clock). */
export function localDayNumber(instantMs: number, timeZone: string): number {
  return Math.floor((instantMs + timeZoneOffsetMs(instantMs, timeZone)) / DAY_MS);
}

/**
 * The UTC instant of a local wall-clock time, or null when it does not exist (spring-forward gap).
 * An ambiguous time (fall-back overlap) resolves to the earlier instant, as Temporal's 'compatible' does.
 */
export function localToUtcMs(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute = 0,
): number | null {
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  const offsets = new Set([
    timeZoneOffsetMs(wallAsUtc - DAY_MS, timeZone),
    timeZoneOffsetMs(wallAsUtc, timeZone),
    timeZoneOffsetMs(wallAsUtc + DAY_MS, timeZone),
  ]);
  let best: number | null = null;
  for (const offset of offsets) {
    const candidate = wallAsUtc - offset;
    if (candidate + timeZoneOffsetMs(candidate, timeZone) === wallAsUtc && (best === null || candidate < best)) {
      best = candidate;
    }
  }
  return best;
}

export function formatSlotLabel(weekday: number, hour: number): string {
  return `${WEEKDAY_LABELS[weekday]} ${String(hour).padStart(2, '0')}:00`;
}
