import type { ChannelAnalyticsRecord } from './analytics-record';

export interface ChannelTotals {
  records: number;
  impressions: number;
  engagements: number;
  clicks: number;
  conversions: number;
  spend: number;
  staffMinutes: number;
}

export function emptyTotals(): ChannelTotals {
  return { records: 0, impressions: 0, engagements: 0, clicks: 0, conversions: 0, spend: 0, staffMinutes: 0 };
}

/** Sums records per channel whose period starts in [from, to). */
export function totalsByChannel(
  records: Iterable<ChannelAnalyticsRecord>,
  from: Date,
  to: Date,
): Map<string, ChannelTotals> {
  const fromMs = from.getTime();
  const toMs = to.getTime();
  const totals = new Map<string, ChannelTotals>();
  for (const record of records) {
    const at = record.periodStart.getTime();
    if (at < fromMs || at >= toMs) continue;
    let sum = totals.get(record.channelId);
    if (!sum) {
      sum = emptyTotals();
      totals.set(record.channelId, sum);
    }
    sum.records += 1;
    sum.impressions += record.impressions;
    sum.engagements += record.engagements;
    sum.clicks += record.clicks;
    sum.conversions += record.conversions;
    sum.spend += record.spend;
    sum.staffMinutes += record.staffMinutes;
  }
  return totals;
}
