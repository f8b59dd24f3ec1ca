import type { ChannelAnalyticsRecord } from '../roi/analytics-record';
import type { Channel } from '../roi/channel';
import type { RoiConfig } from '../roi/roi-config';
import { estimateChannels } from '../roi/roi-estimate';
import { rankChannels } from '../roi/roi-ranking';
import type { ChannelRoi, RoiSummaryResponse } from '../contracts/analytics';
import type { PlannableChannel } from './post-planning';

const DAY_MS = 86_400_000;

/** ROI per channel over [from, to), with credible intervals and the rank the planner would give it. */
export function summariseRoi(
  channels: readonly PlannableChannel[],
  records: readonly ChannelAnalyticsRecord[],
  config: RoiConfig,
  from: Date,
  to: Date,
): RoiSummaryResponse {
  const inRange = records.filter((r) => r.periodStart >= from && r.periodStart < to);
  const windowDays = Math.max(1, Math.ceil((to.getTime() - from.getTime()) / DAY_MS));
  const windowConfig = { ...config, windowDays };
  const estimates = estimateChannels(
    channels.map((c) => c.documentId),
    inRange,
    windowConfig,
    to,
  );
  // Ranking reads id, name and enabled only, so webhook and outbox channels can be ranked too.
  const asRoiChannels = channels.map((c) => ({ ...c, id: c.documentId }) as unknown as Channel);
  const ranking = rankChannels(asRoiChannels, estimates.byChannel, windowConfig);
  const rankOf = new Map(ranking.ranked.map((c, i) => [c.id, i + 1]));
  const noteOf = new Map(ranking.unranked.map((u) => [u.channel.id, u.reason]));
  const summaries: ChannelRoi[] = channels.map((c) => {
    const e = estimates.byChannel.get(c.documentId)!;
    return {
      channelDocumentId: c.documentId,
      name: c.name,
      platform: c.platform,
      enabled: c.enabled,
      totals: e.totals,
      cost: e.cost,
      roi: e.roi,
      expectedRoi: e.expectedRoi,
      roiLow: e.roiLow,
      roiHigh: e.roiHigh,
      conversionRate: { mean: e.conversionRate.mean, low: e.conversionRate.low, high: e.conversionRate.high },
      costPerConversion: e.costPerConversion,
      costPerClick: e.costPerClick,
      engagementRate: e.engagementRate,
      rank: rankOf.get(c.documentId) ?? null,
      note: c.enabled ? (noteOf.get(c.documentId) ?? null) : `${c.name}: disabled`,
    };
  });
  summaries.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name));
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    credibleLevel: config.credibleLevel,
    rankBy: config.rankBy,
    valuePerConversion: config.valuePerConversion,
    hourlyRate: config.hourlyRate,
    orgConversionRate: estimates.prior.orgRate,
    channels: summaries,
  };
}
