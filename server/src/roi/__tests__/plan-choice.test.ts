import type { ChannelAnalyticsRecord } from '../analytics-record';
import { planPosts } from '../post-plan';
import { parseRoiConfig } from '../roi-config';

const NOW = new Date('2026-05-04T12:00:00Z');

function records(channelId: string, clicks: number, conversions: number, spend: number): ChannelAnalyticsRecord[] {
  return [
    {
      channelId,
      periodStart: new Date('2026-04-20T14:00:00Z'),
      periodLength: 'hour',
      impressions: clicks * 30,
      engagements: clicks * 3,
      clicks,
      conversions,
      spend,
      staffMinutes: 30,
    },
  ];
}

const channel = (id: string, platform: string, name: string, timezone = 'America/Chicago') => ({
  id,
  platform,
  name,
  timezone,
  dailyCap: 2,
  minGapMinutes: 90,
});

const channels = [
  channel('li', 'linkedin', 'LinkedIn'),
  channel('fb', 'facebook', 'Facebook', 'America/New_York'),
  channel('x', 'x', 'X', 'Europe/London'),
  channel('ig', 'instagram', 'Instagram'),
];
const data = [
  ...records('li', 1000, 120, 400),
  ...records('fb', 2000, 100, 800),
  ...records('x', 800, 8, 900),
  // Instagram is new: no records at all.
];
const posts = Array.from({ length: 200 }, (_, i) => ({ id: `p${i}`, earliestAt: new Date('2026-05-05T00:00:00Z') }));
const base = { now: NOW, channels, records: data, posts };

describe('channel choice for a post', () => {
  it('picks the top K above the floor and explains each pick in one line', () => {
    const { plans } = planPosts({ ...base, posts: posts.slice(0, 1), config: { topK: 2, explorationShare: 0, roiFloor: 0.5, valuePerConversion: 50, hourlyRate: 60 } });
    const [plan] = plans;
    expect(plan!.picks.map((p) => p.channelId)).toEqual(['li', 'fb']);
    expect(plan!.picks[0]!.reason).toMatch(/^LinkedIn: ROI \d+\.\d× \(\d+\.\d–\d+\.\d\), best \w{3} \d\d:00 America\/Chicago$/);
    const reasons = plan!.skipped.map((s) => s.reason);
    expect(reasons).toContain('Instagram: ROI unknown (no clicks yet); only picked when exploring');
    expect(reasons.find((r) => r.startsWith('X:'))).toMatch(/below floor 0\.5×$/);
  });

  it('gives a new channel roughly the configured share of posts through exploration', () => {
    const config = { topK: 2, explorationShare: 0.3, roiFloor: 0.5, valuePerConversion: 50, seed: 7, horizonDays: 90 };
    const { plans } = planPosts({ ...base, posts: posts.slice(0, 100), config });
    // Room for every post, so each exploration draw lands.
    expect(plans.every((p) => p.picks.length === 2)).toBe(true);
    const explored = plans.filter((p) => p.picks.some((k) => k.mode === 'exploration'));
    expect(explored.length / plans.length).toBeGreaterThan(0.2);
    expect(explored.length / plans.length).toBeLessThan(0.4);
    const instagram = plans.flatMap((p) => p.picks).filter((k) => k.channelId === 'ig');
    expect(instagram.length).toBeGreaterThan(0);
    expect(instagram[0]!.reason).toMatch(/^Instagram: exploring \(0 clicks so far\), ROI unknown \(no clicks yet\), /);
  });

  it('is deterministic for a seed and varies with it', () => {
    const config = { topK: 2, explorationShare: 0.5, roiFloor: 0.5, valuePerConversion: 50 };
    const a = planPosts({ ...base, config: { ...config, seed: 1 } }).plans;
    const b = planPosts({ ...base, config: { ...config, seed: 1 } }).plans;
    const c = planPosts({ ...base, config: { ...config, seed: 2 } }).plans;
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it("uses the editor's platforms instead of ranking", () => {
    const { plans } = planPosts({
      ...base,
      posts: [{ id: 'p', earliestAt: new Date('2026-05-05T00:00:00Z'), platforms: ['x', 'instagram'] }],
      config: { explorationShare: 1 },
    });
    expect(plans[0]!.picks.map((p) => [p.channelId, p.mode])).toEqual([
      ['x', 'editor'],
      ['ig', 'editor'],
    ]);
    expect(plans[0]!.picks[0]!.reason).toMatch(/^X: editor's choice, ROI /);
    const unknown = planPosts({ ...base, posts: [{ id: 'p', earliestAt: new Date('2026-05-05T00:00:00Z'), channelIds: ['li', 'gone'] }] });
    expect(unknown.plans[0]!.picks.map((p) => p.channelId)).toEqual(['li']);
    expect(unknown.plans[0]!.skipped).toEqual([{ channelId: 'gone', reason: 'gone: no such channel' }]);
  });

  it('validates the config with defaults and rejects unknown keys', () => {
    expect(parseRoiConfig({})).toMatchObject({ topK: 3, explorationShare: 0.1, horizonDays: 14, rankBy: 'lower' });
    expect(() => parseRoiConfig({ topk: 2 })).toThrow(/Invalid ROI config/);
    expect(() => parseRoiConfig({ explorationShare: 2 })).toThrow(/explorationShare/);
  });

  it('rejects a channel with an unknown time zone', () => {
    expect(() => planPosts({ ...base, channels: [channel('a', 'x', 'A', 'Mars/Olympus')] })).toThrow(/IANA/);
  });
});
