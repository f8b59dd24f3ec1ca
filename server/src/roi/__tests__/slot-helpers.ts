import type { ChannelAnalyticsRecord } from '../analytics-record';
import { localToUtcMs } from '../zoned-time';

/**
 * Four weeks of hourly records in `timezone` where one local weekday×hour engages ten times better than
 * every other hour.
 */
export function recordsFavouring(
  channelId: string,
  timezone: string,
  weekday: number,
  hour: number,
  firstMonday: { year: number; month: number; day: number },
): ChannelAnalyticsRecord[] {
  const records: ChannelAnalyticsRecord[] = [];
  const base = Date.UTC(firstMonday.year, firstMonday.month - 1, firstMonday.day);
  for (let d = 0; d < 28; d += 1) {
    const date = new Date(base + d * 86_400_000);
    for (let h = 0; h < 24; h += 1) {
      const at = localToUtcMs(timezone, date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), h);
      if (at === null) continue;
      const best = d % 7 === weekday && h === hour;
      records.push({
        channelId,
        periodStart: new Date(at),
        periodLength: 'hour',
        impressions: 1000,
        engagements: best ? 100 : 10,
        clicks: 10,
        conversions: 1,
        spend: 5,
        staffMinutes: 0,
      });
    }
  }
  return records;
}
