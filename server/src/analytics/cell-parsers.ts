import { localToUtcMs } from '../roi/zoned-time';

export type CellResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const EMPTY = new Set(['', '-', '–', '—', 'n/a', 'N/A']);

/**
 * A count or amount as exports write them: `1203.0`, `"12,400"`, `1 234`, `$1,234.50`. Percentages and
 * decimal commas are rejected rather than guessed. Empty and dash cells (X writes `-` for "not promoted") are null.
 */
export function parseNumberCell(raw: string | undefined): CellResult<number | null> {
  const text = (raw ?? '').trim();
  if (EMPTY.has(text)) return { ok: true, value: null };
  const cleaned = text.replace(/^[$€£]/, '').replace(/[\s\u00a0\u202f]/g, '');
  let normalised: string | null = null;
  if (/^-?\d+(\.\d+)?$/.test(cleaned)) normalised = cleaned;
  else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(cleaned)) normalised = cleaned.replace(/,/g, '');
  if (normalised === null) return { ok: false, reason: `'${text}' is not a number` };
  return { ok: true, value: Number(normalised) };
}

export type DateOrder = 'mdy' | 'dmy';

export interface ParsedTimestamp {
  ms: number;
  /** False for date-only cells such as `Tue, Jul 14, 2026`. */
  hasTime: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

function wallClock(
  timezone: string,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null;
  // A time inside a spring-forward gap did happen, an hour "later" on the wall clock; shift it forward.
  const at = localToUtcMs(timezone, year, month, day, hour, minute) ?? localToUtcMs(timezone, year, month, day, hour + 1, minute);
  return at === null ? null : at + second * 1000;
}

function offsetMinutes(sign: string, hh: string, mm: string): number {
  return (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm));
}

/**
 * Timestamps seen in platform exports. Those without an offset are read as wall-clock time in `timezone`.
 * ISO `2026-03-27T06:08:00Z` / `2025-08-01T00:00:00` / `2026-03-27`; X `2020-02-10 18:00 +0000`;
 * Meta `03/27/2026 06:08`; LinkedIn `3/7/2026`; X `Tue, Jul 14, 2026`.
 */
export function parseTimestampCell(raw: string | undefined, timezone: string, dateOrder: DateOrder): CellResult<ParsedTimestamp> {
  const text = (raw ?? '').trim();
  const fail = (): CellResult<ParsedTimestamp> => ({ ok: false, reason: `'${text}' is not a date` });
  if (text === '') return { ok: false, reason: 'date is empty' };

  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(text);
  if (m) {
    const [, y, mo, d, hh, mi, ss, zone] = m;
    const hasTime = hh !== undefined;
    if (zone !== undefined) {
      const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
      const offset = z ? offsetMinutes(z[1]!, z[2]!, z[3]!) : 0;
      const wall = wallClock('UTC', +y!, +mo!, +d!, +(hh ?? 0), +(mi ?? 0), +(ss ?? 0));
      return wall === null ? fail() : { ok: true, value: { ms: wall - offset * 60_000, hasTime } };
    }
    const at = wallClock(timezone, +y!, +mo!, +d!, +(hh ?? 0), +(mi ?? 0), +(ss ?? 0));
    return at === null ? fail() : { ok: true, value: { ms: at, hasTime } };
  }

  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?$/i.exec(text);
  if (m) {
    const [, a, b, y, hh, mi, ss, ampm] = m;
    const [month, day] = dateOrder === 'mdy' ? [+a!, +b!] : [+b!, +a!];
    let hour = +(hh ?? 0);
    if (ampm !== undefined) {
      if (hour < 1 || hour > 12) return fail();
      hour = (hour % 12) + (ampm.toUpperCase() === 'PM' ? 12 : 0);
    }
    const at = wallClock(timezone, +y!, month, day, hour, +(mi ?? 0), +(ss ?? 0));
    return at === null ? fail() : { ok: true, value: { ms: at, hasTime: hh !== undefined } };
  }

  m = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    if (month === undefined) return fail();
    const at = wallClock(timezone, +m[3]!, month, +m[2]!, 0, 0, 0);
    return at === null ? fail() : { ok: true, value: { ms: at, hasTime: false } };
  }
  return fail();
}
