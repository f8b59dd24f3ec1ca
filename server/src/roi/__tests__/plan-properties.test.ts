import fc from 'fast-check';
import type { ChannelAnalyticsRecord } from '../analytics-record';
import { planPosts, type PlanInput } from '../post-plan';

const ZONES = ['America/New_York', 'Europe/London', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC', 'America/Chicago'];
const PLATFORMS = ['facebook', 'instagram', 'x', 'linkedin'] as const;
// Spans the 2026 spring-forward and fall-back dates of both hemispheres.
const START = Date.parse('2026-03-01T00:00:00Z');
const HOUR = 3_600_000;

// An oracle independent of zoned-time.ts: the local calendar date as Intl prints it.
const dayFormatters = new Map<string, Intl.DateTimeFormat>();
function localDate(ms: number, timeZone: string): string {
  let f = dayFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, f);
  }
  return f.format(new Date(ms));
}

const channelArb = fc.record({
  platform: fc.constantFrom(...PLATFORMS),
  timezone: fc.constantFrom(...ZONES),
  enabled: fc.boolean(),
  dailyCap: fc.integer({ min: 1, max: 3 }),
  minGapMinutes: fc.integer({ min: 0, max: 600 }),
  clicks: fc.integer({ min: 0, max: 500 }),
  conversionsPer100: fc.integer({ min: 0, max: 40 }),
  spend: fc.integer({ min: 0, max: 500 }),
  existing: fc.array(fc.integer({ min: 0, max: 60 * 24 }), { maxLength: 6 }),
});

const inputArb = fc
  .record({
    channels: fc.array(channelArb, { minLength: 1, maxLength: 5 }),
    posts: fc.array(
      fc.record({
        earliestHours: fc.integer({ min: 0, max: 24 * 250 }),
        editorPick: fc.option(fc.constantFrom(...PLATFORMS), { freq: 4 }),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    topK: fc.integer({ min: 1, max: 4 }),
    explorationShare: fc.double({ min: 0, max: 1, noNaN: true }),
    seed: fc.integer(),
    horizonDays: fc.integer({ min: 1, max: 10 }),
    nowHours: fc.integer({ min: 0, max: 24 * 200 }),
  })
  .map((g): PlanInput => {
    const now = START + g.nowHours * HOUR;
    const records: ChannelAnalyticsRecord[] = [];
    g.channels.forEach((c, i) => {
      for (let h = 0; h < 48; h += 1) {
        records.push({
          channelId: `c${i}`,
          periodStart: new Date(now - (h + 1) * 7 * HOUR),
          periodLength: 'hour',
          impressions: 100 + ((h * 37 + i * 11) % 90),
          engagements: (h * 13 + i) % 17,
          clicks: Math.round(c.clicks / 48),
          conversions: Math.round((c.clicks * c.conversionsPer100) / 100 / 48),
          spend: c.spend / 48,
          staffMinutes: 5,
        });
      }
    });
    return {
      now: new Date(now),
      config: {
        topK: g.topK,
        explorationShare: g.explorationShare,
        seed: g.seed,
        horizonDays: g.horizonDays,
        valuePerConversion: 80,
        roiFloor: -1,
      },
      channels: g.channels.map((c, i) => ({
        id: `c${i}`,
        platform: c.platform,
        name: `Channel ${i}`,
        timezone: c.timezone,
        enabled: c.enabled,
        dailyCap: c.dailyCap,
        minGapMinutes: c.minGapMinutes,
      })),
      records,
      scheduled: Object.fromEntries(
        g.channels.map((c, i) => [`c${i}`, c.existing.map((h) => new Date(now + h * HOUR))]),
      ),
      posts: g.posts.map((p, i) => ({
        id: `post-${i}`,
        earliestAt: new Date(START + p.earliestHours * HOUR),
        ...(p.editorPick === null ? {} : { platforms: [p.editorPick] }),
      })),
    };
  });

describe('plan properties', () => {
  it('never breaks a daily cap or a minimum gap, and never schedules before the earliest time', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { plans, model } = planPosts(input);
        for (const channel of model.channels) {
          const existing = (input.scheduled?.[channel.id] ?? []).map((d) => d.getTime());
          const planned = plans.flatMap((p) => p.picks.filter((k) => k.channelId === channel.id).map((k) => k.at.getTime()));
          const all = [...existing, ...planned];
          planned.forEach((at, i) => {
            const day = localDate(at, channel.timezone);
            expect(all.filter((t) => localDate(t, channel.timezone) === day).length).toBeLessThanOrEqual(channel.dailyCap);
            const others = all.filter((_, j) => j !== existing.length + i);
            for (const other of others) {
              expect(Math.abs(other - at)).toBeGreaterThanOrEqual(channel.minGapMinutes * 60_000);
            }
            expect(channel.enabled).toBe(true);
          });
        }
        const posts = new Map((input.posts as { id: string; earliestAt: Date }[]).map((p) => [p.id, p.earliestAt.getTime()]));
        for (const plan of plans) {
          for (const pick of plan.picks) {
            expect(pick.at.getTime()).toBeGreaterThanOrEqual(posts.get(plan.postId)!);
            expect(pick.at.getTime()).toBeGreaterThanOrEqual(input.now.getTime());
            expect(pick.reason.length).toBeGreaterThan(0);
            expect(pick.reason).not.toContain('\n');
          }
          expect(new Set(plan.picks.map((p) => p.channelId)).size).toBe(plan.picks.length);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same plan for the same seed', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(planPosts(input).plans).toEqual(planPosts(input).plans);
      }),
      { numRuns: 60 },
    );
  });
});
