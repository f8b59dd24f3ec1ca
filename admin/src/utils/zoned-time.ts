/** Wall-clock dates and times in one IANA time zone, on the server's Intl-only offsets (no time-zone library in the admin bundle). */
import { timeZoneOffsetMs, toLocalParts } from '../../../server/src/roi/zoned-time';

export interface CivilDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export interface ZonedParts extends CivilDate {
  hour: number;
  minute: number;
}

export function zonedParts(instant: Date, timeZone: string): ZonedParts {
  const { year, month, day, hour, minute } = toLocalParts(instant.getTime(), timeZone);
  return { year, month, day, hour, minute };
}

/** The instant at which the wall clock in `timeZone` shows this date and time (a time skipped by a DST change lands an hour off). */
export function zonedToInstant(parts: ZonedParts, timeZone: string): Date {
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  const guess = wall - timeZoneOffsetMs(wall, timeZone);
  return new Date(wall - timeZoneOffsetMs(guess, timeZone));
}

export const dayKey = (d: CivilDate): string => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

export function addDays(d: CivilDate, days: number): CivilDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addMonths(d: CivilDate, months: number): CivilDate {
  const t = new Date(Date.UTC(d.year, d.month - 1 + months, 1));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: 1 };
}

/** 0 = Monday … 6 = Sunday */
export const weekdayOf = (d: CivilDate): number => (new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7;

export const startOfWeek = (d: CivilDate): CivilDate => addDays(d, -weekdayOf(d));

export const todayIn = (timeZone: string, now = new Date()): CivilDate => {
  const { year, month, day } = zonedParts(now, timeZone);
  return { year, month, day };
};

/** "2026-03-10T09:30", the value of an <input type="datetime-local"> for this instant in `timeZone`. */
export function toLocalInputValue(instant: Date, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${dayKey(p)}T${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

/** The instant an <input type="datetime-local"> value means in `timeZone`; null when it is not a date and time. */
export function fromLocalInputValue(value: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  return zonedToInstant({ year, month, day, hour, minute }, timeZone);
}
