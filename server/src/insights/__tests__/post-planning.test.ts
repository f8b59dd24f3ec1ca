import type { ChannelAnalyticsRecord } from '../../roi/analytics-record';
import { ChannelSchedule } from '../../roi/schedule-book';
import { earliestFreeTime } from '../earliest-free-time';
import { mergeByPeriod, type PeriodMetrics } from '../period-merge';
import { PlanRequestError, planScheduledPost, type PlannableChannel, type PostToSchedule } from '../post-planning';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = new Date('2026-03-09T15:07:00Z');

const channels: PlannableChannel[] = [
  { documentId: 'fb', platform: 'facebook', name: 'Clinic Facebook', timezone: 'America/Chicago', enabled: true, dailyCap: 3, minGapMinutes: 120 },
  { documentId: 'li', platform: 'linkedin', name: 'Clinic LinkedIn', timezone: 'America/Chicago', enabled: true, dailyCap: 1, minGapMinutes: 120 },
  { documentId: 'hook', platform: 'webhook', name: 'Zapier', timezone: 'UTC', enabled: true, dailyCap: 3, minGapMinutes: 0 },
];

function records(channelId: string, conversionsPerDay: number): ChannelAnalyticsRecord[] {
  return Array.from({ length: 30 }, (_, i) => ({
    channelId,
    periodStart: new Date(now.getTime() - (i + 1) * DAY),
    periodLength: 'hour' as const,
    impressions: 1000,
    engagements: 40,
    clicks: 20,
    conversions: conversionsPerDay,
    spend: 10,
    staffMinutes: 0,
  }));
}

function plan(post: Partial<PostToSchedule>, scheduled: Record<string, Date[]> = {}) {
  return planScheduledPost({
    post: { documentId: 'p1', targeting: 'let-analytics-choose', targetPlatforms: null, scheduleMode: 'best-slot', scheduledAt: null, ...post },
    channels,
    records: [...records('fb', 1), ...records('li', 4)],
    scheduled,
    config: { explorationShare: 0 },
    now,
  });
}

describe('planScheduledPost', () => {
  it('ranks by ROI, places best slots after now, and says why a webhook channel is left out', () => {
    const result = plan({});
    expect(result.picks.map((p) => p.channelDocumentId)).toEqual(['li', 'fb']);
    for (const pick of result.picks) expect(pick.at.getTime()).toBeGreaterThan(now.getTime());
    expect(result.picks[0]!.reason).toMatch(/^Clinic LinkedIn: ROI .* best \w{3} \d\d:00 America\/Chicago$/);
    expect(result.skipped).toEqual([{ channelDocumentId: 'hook', reason: 'Zapier: webhook channels are not chosen by ROI' }]);
  });

  it('publishes as soon as approved, or at the first moment cap and gap allow', () => {
    const result = plan({ targeting: 'selected-platforms', targetPlatforms: ['facebook', 'linkedin'], scheduleMode: 'as-soon-as-approved' }, { fb: [new Date(now.getTime() - 30 * 60_000)] });
    const li = result.picks.find((p) => p.channelDocumentId === 'li')!;
    const fb = result.picks.find((p) => p.channelDocumentId === 'fb')!;
    expect(li.at).toEqual(now);
    expect(li.reason).toMatch(/editor's choice, .*as soon as approved: now$/);
    expect(fb.at).toEqual(new Date(now.getTime() - 30 * 60_000 + 120 * 60_000));
    expect(fb.reason).toMatch(/the first time its cap and gap allow$/);
  });

  it('keeps the editor\'s time, skipping a channel whose daily cap that time breaks', () => {
    const at = new Date(now.getTime() + 2 * DAY);
    const result = plan({ targeting: 'selected-platforms', targetPlatforms: ['facebook', 'linkedin'], scheduleMode: 'at-time', scheduledAt: at }, { li: [new Date(at.getTime() + 3 * HOUR)] });
    expect(result.picks).toEqual([expect.objectContaining({ channelDocumentId: 'fb', at })]);
    expect(result.skipped).toEqual([{ channelDocumentId: 'li', reason: expect.stringMatching(/^Clinic LinkedIn: not at .* that day already has 1 post \(the daily cap\)$/) }]);
  });

  it('moves a time in the past to now, and refuses what it cannot plan', () => {
    const result = plan({ targeting: 'selected-platforms', targetPlatforms: ['facebook'], scheduleMode: 'at-time', scheduledAt: new Date(now.getTime() - DAY) });
    expect(result.picks[0]!.at).toEqual(now);
    expect(result.picks[0]!.reason).toMatch(/the requested time has passed: now/);
    expect(() => plan({ scheduleMode: 'at-time' })).toThrow(PlanRequestError);
    expect(() => plan({ targeting: 'selected-platforms', targetPlatforms: ['myspace'] })).toThrow(/targetPlatforms must list/);
  });
});

describe('earliestFreeTime', () => {
  it('returns null when the horizon is full', () => {
    const schedule = new ChannelSchedule({ timezone: 'UTC', dailyCap: 1, minGapMinutes: 0 });
    for (let d = 0; d < 3; d += 1) schedule.add(Date.UTC(2026, 2, 9 + d, 1));
    expect(earliestFreeTime(schedule, now, 2)).toBeNull();
    expect(earliestFreeTime(schedule, now, 3)).toEqual(new Date(Date.UTC(2026, 2, 12)));
  });
});

describe('mergeByPeriod', () => {
  it('adds rows of the same period and drops reach, which does not add', () => {
    const row = (reach: number): PeriodMetrics => ({ periodStart: now, periodLength: 'hour', impressions: 10, reach, engagements: 1, clicks: 2, conversions: 1, spend: 1.5, staffMinutes: 3, source: 'generic' });
    const merged = [...mergeByPeriod([row(5), row(7), { ...row(9), periodLength: 'day' }]).values()];
    expect(merged).toHaveLength(2);
    expect(merged[0]).toMatchObject({ impressions: 20, reach: null, clicks: 4, spend: 3, staffMinutes: 6 });
    expect(merged[1]).toMatchObject({ impressions: 10, reach: 9 });
  });
});
