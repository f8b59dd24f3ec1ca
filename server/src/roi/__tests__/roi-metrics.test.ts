import { betaCdf, betaQuantile, summariseBeta } from '../beta-distribution';
import { channelCost, costPerConversion, engagementRate, returnOnInvestment } from '../roi-metrics';
import { estimateChannels } from '../roi-estimate';
import { parseRoiConfig } from '../roi-config';
import type { ChannelAnalyticsRecord } from '../analytics-record';

describe('ROI maths', () => {
  const rates = { valuePerConversion: 100, hourlyRate: 60 };

  it('counts staff time at the hourly rate in the cost', () => {
    // 100 spend + 120 min × 60/h = 220
    expect(channelCost(100, 120, rates)).toBe(220);
  });

  it('computes ROI, cost per conversion and engagement rate on a hand-worked case', () => {
    const cost = channelCost(100, 120, rates);
    // (5 × 100 − 220) / 220 = 280 / 220
    expect(returnOnInvestment(5, cost, rates)).toBeCloseTo(1.272727, 5);
    expect(costPerConversion(cost, 5)).toBe(44);
    expect(engagementRate(50, 1000)).toBe(0.05);
  });

  it('reports undefined ratios as null instead of dividing by zero', () => {
    expect(returnOnInvestment(3, 0, rates)).toBeNull();
    expect(costPerConversion(50, 0)).toBeNull();
    expect(engagementRate(3, 0)).toBeNull();
  });

  it('loses everything when nothing converts', () => {
    expect(returnOnInvestment(0, 220, rates)).toBe(-1);
  });
});

describe('Beta distribution', () => {
  it('matches the closed-form CDF of Beta(2, 3)', () => {
    // CDF = 6x² − 8x³ + 3x⁴; at 0.4 → 0.5248
    expect(betaCdf(0.4, 2, 3)).toBeCloseTo(0.5248, 8);
  });

  it('inverts the CDF', () => {
    expect(betaQuantile(0.05, 1, 1)).toBeCloseTo(0.05, 8);
    expect(betaQuantile(0.5, 2, 2)).toBeCloseTo(0.5, 8);
    expect(betaCdf(betaQuantile(0.9, 30, 170), 30, 170)).toBeCloseTo(0.9, 8);
  });

  it('summarises a posterior with a central credible interval', () => {
    const s = summariseBeta(20, 80, 0.9);
    expect(s.mean).toBeCloseTo(0.2, 10);
    expect(s.low).toBeLessThan(0.2);
    expect(s.high).toBeGreaterThan(0.2);
    expect(betaCdf(s.low, 20, 80)).toBeCloseTo(0.05, 6);
  });
});

describe('shrinkage toward the organisation mean', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  const record = (channelId: string, clicks: number, conversions: number, spend: number): ChannelAnalyticsRecord => ({
    channelId,
    periodStart: new Date('2026-05-20T10:00:00Z'),
    periodLength: 'hour',
    impressions: clicks * 20,
    engagements: clicks * 2,
    clicks,
    conversions,
    spend,
    staffMinutes: 0,
  });
  const config = parseRoiConfig({ valuePerConversion: 50, hourlyRate: 0, priorStrength: 50 });

  it('does not let 2 conversions from 3 clicks outrank 200 from 1,000 at the same cost per click', () => {
    const { byChannel, prior } = estimateChannels(
      ['lucky', 'proven'],
      [record('lucky', 3, 2, 3), record('proven', 1000, 200, 1000)],
      config,
      now,
    );
    const lucky = byChannel.get('lucky')!;
    const proven = byChannel.get('proven')!;
    // Raw numbers favour the lucky channel: (2×50−3)/3 ≈ 32× against (200×50−1000)/1000 = 9×.
    expect(lucky.roi!).toBeGreaterThan(proven.roi!);
    expect(prior.orgRate).toBeCloseTo(202 / 1003, 10);
    // Its posterior mean is pulled most of the way back to the organisation's rate…
    expect(lucky.conversionRate.mean).toBeLessThan(0.25);
    expect(lucky.conversionRate.mean).toBeGreaterThan(prior.orgRate);
    // …its interval is wide…
    expect(lucky.roiHigh! - lucky.roiLow!).toBeGreaterThan(3 * (proven.roiHigh! - proven.roiLow!));
    // …and ranking by the lower credible bound puts the proven channel first.
    expect(proven.rankingScore!).toBeGreaterThan(lucky.rankingScore!);
  });

  it('prices the expected ROI from the posterior mean with clicks and cost as observed', () => {
    const { byChannel } = estimateChannels(['proven'], [record('proven', 1000, 200, 1000)], config, now);
    const proven = byChannel.get('proven')!;
    // Alone, the prior equals the channel's own rate (0.2), so the mean stays 0.2: 0.2 × 50 / 1 − 1 = 9.
    expect(proven.expectedRoi!).toBeCloseTo(9, 8);
    expect(proven.roi!).toBeCloseTo(9, 8);
    expect(proven.costPerConversion).toBe(5);
  });

  it('ignores records outside the window', () => {
    const old = { ...record('proven', 1000, 200, 1000), periodStart: new Date('2025-01-01T00:00:00Z') };
    const { byChannel } = estimateChannels(['proven'], [old], config, now);
    expect(byChannel.get('proven')!.totals.clicks).toBe(0);
    expect(byChannel.get('proven')!.expectedRoi).toBeNull();
  });
});
