import { localDayNumber, localToUtcMs, toLocalParts } from '../zoned-time';

const NY = 'America/New_York';
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

describe('local time ↔ UTC across DST in America/New_York (2026)', () => {
  it('maps Tue 09:00 to 14:00Z before spring-forward and 13:00Z after', () => {
    expect(iso(localToUtcMs(NY, 2026, 3, 3, 9))).toBe('2026-03-03T14:00:00.000Z');
    expect(iso(localToUtcMs(NY, 2026, 3, 10, 9))).toBe('2026-03-10T13:00:00.000Z');
  });

  it('maps Tue 09:00 to 13:00Z before fall-back and 14:00Z after', () => {
    expect(iso(localToUtcMs(NY, 2026, 10, 27, 9))).toBe('2026-10-27T13:00:00.000Z');
    expect(iso(localToUtcMs(NY, 2026, 11, 3, 9))).toBe('2026-11-03T14:00:00.000Z');
  });

  it('has no 02:00 on spring-forward day', () => {
    expect(localToUtcMs(NY, 2026, 3, 8, 2)).toBeNull();
    expect(localToUtcMs(NY, 2026, 3, 8, 2, 30)).toBeNull();
    expect(iso(localToUtcMs(NY, 2026, 3, 8, 1))).toBe('2026-03-08T06:00:00.000Z');
    expect(iso(localToUtcMs(NY, 2026, 3, 8, 3))).toBe('2026-03-08T07:00:00.000Z');
  });

  it('resolves the repeated 01:00 on fall-back day to its first (EDT) occurrence', () => {
    expect(iso(localToUtcMs(NY, 2026, 11, 1, 1))).toBe('2026-11-01T05:00:00.000Z');
    expect(toLocalParts(Date.parse('2026-11-01T06:00:00Z'), NY).hour).toBe(1);
  });

  it('handles half-hour zones', () => {
    expect(iso(localToUtcMs('Asia/Kolkata', 2026, 1, 5, 9))).toBe('2026-01-05T03:30:00.000Z');
  });

  it('numbers local calendar days in the zone, not in UTC', () => {
    // 03:00Z on the 10th is still the 9th in New York.
    expect(localDayNumber(Date.parse('2026-03-10T03:00:00Z'), NY)).toBe(
      localDayNumber(Date.parse('2026-03-09T12:00:00Z'), NY),
    );
    expect(toLocalParts(Date.parse('2026-03-10T03:00:00Z'), NY)).toMatchObject({ day: 9, hour: 23, weekday: 0 });
  });
});
