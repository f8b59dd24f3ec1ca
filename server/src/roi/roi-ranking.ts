import type { Channel } from './channel';
import type { ConversionPrior, RoiEstimate } from './roi-estimate';
import { roiAtRate } from './roi-estimate';
import type { RoiConfig } from './roi-config';
import { describeBelowFloor, describeRoi } from './plan-reason';
import { sampleBeta, type Random } from './seeded-random';

export interface ChannelRanking {
  /** Channels with a known expected ROI at or above the floor, best ranking score first. */
  ranked: Channel[];
  /** Enabled channels that ranking cannot pick, each with a one-line reason. */
  unranked: { channel: Channel; reason: string }[];
}

export function rankChannels(
  channels: readonly Channel[],
  estimates: Map<string, RoiEstimate>,
  config: RoiConfig,
): ChannelRanking {
  const ranked: { channel: Channel; score: number }[] = [];
  const unranked: { channel: Channel; reason: string }[] = [];
  for (const channel of channels) {
    if (!channel.enabled) continue;
    const estimate = estimates.get(channel.id)!;
    if (estimate.expectedRoi === null || estimate.rankingScore === null) {
      unranked.push({ channel, reason: `${channel.name}: ${describeRoi(estimate)}; only picked when exploring` });
    } else if (estimate.expectedRoi < config.roiFloor) {
      unranked.push({ channel, reason: describeBelowFloor(channel.name, estimate, config.roiFloor) });
    } else {
      ranked.push({ channel, score: estimate.rankingScore });
    }
  }
  // Ties fall back to id order so the plan never depends on input order.
  ranked.sort((a, b) => b.score - a.score || (a.channel.id < b.channel.id ? -1 : a.channel.id > b.channel.id ? 1 : 0));
  return { ranked: ranked.map((r) => r.channel), unranked };
}

/**
 * Thompson sampling: draw a conversion rate from each channel's posterior and return the channel whose
 * drawn ROI is highest. A channel without clicks is priced at the organisation's cost per click.
 */
export function thompsonPick(
  candidates: readonly Channel[],
  estimates: Map<string, RoiEstimate>,
  prior: ConversionPrior,
  config: RoiConfig,
  random: Random,
): Channel | null {
  let best: Channel | null = null;
  let bestDraw = -Infinity;
  for (const channel of candidates) {
    const estimate = estimates.get(channel.id)!;
    const rate = sampleBeta(random, estimate.conversionRate.alpha, estimate.conversionRate.beta);
    const costPerClick = estimate.costPerClick ?? prior.orgCostPerClick;
    const draw = costPerClick === null ? rate : roiAtRate(rate, costPerClick, config.valuePerConversion);
    if (draw > bestDraw) {
      bestDraw = draw;
      best = channel;
    }
  }
  return best;
}
