import { rangeFor, step } from '../../admin/src/pages/Calendar/calendar-range';
import { rowProblems } from '../../admin/src/pages/Analytics/rejected-rows';
import { fromLocalInputValue, toLocalInputValue, zonedParts, zonedToInstant } from '../../admin/src/utils/zoned-time';

describe('calendar time arithmetic in the plugin time zone', () => {
  it('turns a wall-clock time into the right instant, across daylight-saving changes', () => {
    expect(zonedToInstant({ year: 2026, month: 1, day: 15, hour: 9, minute: 30 }, 'America/Chicago').toISOString()).toBe(
      '2026-01-15T15:30:00.000Z'
    );
    expect(zonedToInstant({ year: 2026, month: 7, day: 15, hour: 9, minute: 30 }, 'America/Chicago').toISOString()).toBe(
      '2026-07-15T14:30:00.000Z'
    );
    // 2026-03-08 is the spring-forward day in Chicago: midnight is still CST.
    expect(zonedToInstant({ year: 2026, month: 3, day: 8, hour: 0, minute: 0 }, 'America/Chicago').toISOString()).toBe(
      '2026-03-08T06:00:00.000Z'
    );
    expect(zonedToInstant({ year: 2026, month: 3, day: 9, hour: 0, minute: 0 }, 'America/Chicago').toISOString()).toBe(
      '2026-03-09T05:00:00.000Z'
    );
    expect(zonedParts(new Date('2026-11-28T03:10:00Z'), 'Asia/Kolkata')).toEqual({
      year: 2026,
      month: 11,
      day: 28,
      hour: 8,
      minute: 40,
    });
  });

  it('round-trips the reschedule input', () => {
    const instant = new Date('2026-10-04T22:45:00Z');
    expect(toLocalInputValue(instant, 'Europe/Berlin')).toBe('2026-10-05T00:45');
    expect(fromLocalInputValue('2026-10-05T00:45', 'Europe/Berlin')!.toISOString()).toBe(instant.toISOString());
    expect(fromLocalInputValue('tomorrow', 'Europe/Berlin')).toBeNull();
  });

  it('covers a week Monday to Sunday and a month in whole weeks', () => {
    const week = rangeFor('week', { year: 2026, month: 11, day: 28 }, 'America/Chicago');
    expect(week.days.map((d) => d.day)).toEqual([23, 24, 25, 26, 27, 28, 29]);
    expect(week.from.toISOString()).toBe('2026-11-23T06:00:00.000Z');
    expect(week.to.toISOString()).toBe('2026-11-30T06:00:00.000Z');
    const month = rangeFor('month', { year: 2026, month: 3, day: 17 }, 'UTC');
    expect(month.days).toHaveLength(42);
    expect(month.days[0]).toEqual({ year: 2026, month: 2, day: 23 });
    expect(month.days[41]).toEqual({ year: 2026, month: 4, day: 5 });
    expect(step('month', { year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 1 });
  });
});

describe('rejected import rows', () => {
  it('splits the server reason into one problem per column', () => {
    expect(
      rowProblems([
        { line: 7, reason: "period_start: 'x' is not a date; impressions: 'abc' is not a number" },
        { line: 9, reason: 'has 2 fields, the header has 8' },
      ])
    ).toEqual([
      { line: 7, column: 'period_start', message: "'x' is not a date" },
      { line: 7, column: 'impressions', message: "'abc' is not a number" },
      { line: 9, column: null, message: 'has 2 fields, the header has 8' },
    ]);
  });
});
