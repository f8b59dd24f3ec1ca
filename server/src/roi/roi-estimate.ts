import type { ChannelAnalyticsRecord } from './analytics-record';
import { summariseBeta, type BetaSummary } from './beta-distribution';
import { emptyTotals, totalsByChannel, type ChannelTotals } from './channel-totals';
import type { RoiConfig } from './roi-config';
import { channelCost, costPerConversion, engagementRate, returnOnInvestment } from './roi-metrics';

const DAY_MS = 86_400_000;

export interface ConversionPrior {
  alpha: number;
  beta: number;
  /** Pooled conversions ÷ clicks over every channel in the window. */
  orgRate: number;
  /** Pooled cost ÷ clicks; used to price clicks on a channel that has none yet. */
  orgCostPerClick: number | null;
}

export interface RoiEstimate {
  channelId: string;
  totals: ChannelTotals;
  cost: number;
  /** Observed ROI, no shrinkage. */
  roi: number | null;
  costPerConversion: number | null;
  engagementRate: number | null;
  costPerClick: number | null;
  /** Posterior of the conversion rate (conversions per click), shrunk toward the organisation's rate. */
  conversionRate: BetaSummary;
  /** ROI at the posterior mean and at the interval ends; null without clicks or without cost. */
  expectedRoi: number | null;
  roiLow: number | null;
  roiHigh: number | null;
  /** What ranking sorts by (see RoiConfig.rankBy); null means the channel cannot be ranked yet. */
  rankingScore: number | null;
}

export function conversionPrior(totals: Iterable<ChannelTotals>, config: RoiConfig): ConversionPrior {
  let clicks = 0;
  let conversions = 0;
  let cost = 0;
  for (const t of totals) {
    clicks += t.clicks;
    conversions += Math.min(t.conversions, t.clicks);
    cost += channelCost(t.spend, t.staffMinutes, config);
  }
  const orgRate = clicks > 0 ? conversions / clicks : 0.5;
  const strength = clicks > 0 ? config.priorStrength : 2;
  // A zero-rate organisation would give a degenerate Beta(0, m); keep both shapes positive.
  const epsilon = 1e-3;
  return {
    alpha: Math.max(orgRate * strength, epsilon),
    beta: Math.max((1 - orgRate) * strength, epsilon),
    orgRate,
    orgCostPerClick: clicks > 0 && cost > 0 ? cost / clicks : null,
  };
}

/** ROI as a function of conversion rate, with clicks and cost taken as observed. */
export function roiAtRate(rate: number, costPerClick: number, valuePerConversion: number): number {
  return (rate * valuePerConversion) / costPerClick - 1;
}

export function estimateChannel(
  channelId: string,
  totals: ChannelTotals,
  prior: ConversionPrior,
  config: RoiConfig,
): RoiEstimate {
  const cost = channelCost(totals.spend, totals.staffMinutes, config);
  // View-through conversions can exceed clicks; the binomial model only counts up to one per click.
  const successes = Math.min(totals.conversions, totals.clicks);
  const conversionRate = summariseBeta(
    prior.alpha + successes,
    prior.beta + totals.clicks - successes,
    config.credibleLevel,
  );
  const costPerClick = totals.clicks > 0 && cost > 0 ? cost / totals.clicks : null;
  const at = (rate: number): number | null =>
    costPerClick === null ? null : roiAtRate(rate, costPerClick, config.valuePerConversion);
  const expectedRoi = at(conversionRate.mean);
  const roiLow = at(conversionRate.low);
  return {
    channelId,
    totals,
    cost,
    roi: returnOnInvestment(totals.conversions, cost, config),
    costPerConversion: costPerConversion(cost, totals.conversions),
    engagementRate: engagementRate(totals.engagements, totals.impressions),
    costPerClick,
    conversionRate,
    expectedRoi,
    roiLow,
    roiHigh: at(conversionRate.high),
    rankingScore: config.rankBy === 'lower' ? roiLow : expectedRoi,
  };
}

export interface RoiEstimates {
  prior: ConversionPrior;
  byChannel: Map<string, RoiEstimate>;
}

/** Estimates for every listed channel over the config's window ending at `now`. */
export function estimateChannels(
  channelIds: readonly string[],
  records: Iterable<ChannelAnalyticsRecord>,
  config: RoiConfig,
  now: Date,
): RoiEstimates {
  const from = new Date(now.getTime() - config.windowDays * DAY_MS);
  const totals = totalsByChannel(records, from, now);
  const wanted = channelIds.map((id) => [id, totals.get(id) ?? emptyTotals()] as const);
  const prior = conversionPrior(
    wanted.map(([, t]) => t),
    config,
  );
  const byChannel = new Map<string, RoiEstimate>();
  for (const [id, t] of wanted) byChannel.set(id, estimateChannel(id, t, prior, config));
  return { prior, byChannel };
}
