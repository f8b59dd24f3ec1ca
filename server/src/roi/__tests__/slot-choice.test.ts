import { buildEngagementHeatmap } from '../engagement-heatmap';
import { ChannelSchedule } from '../schedule-book';
import { findNextSlot } from '../slot-finder';
import { planPosts } from '../post-plan';
import { recordsFavouring } from './slot-helpers';

const NY = 'America/New_York';
const TUESDAY = 1;
const SUNDAY = 6;

function heatmapFavouring(weekday: number, hour: number, timezone = NY) {
  return buildEngagementHeatmap(recordsFavouring('c', timezone, weekday, hour, { year: 2026, month: 1, day: 5 }), timezone, {
    priorImpressions: 2000,
  });
}

const rules = { timezone: NY, dailyCap: 3, minGapMinutes: 60 };
const search = (earliest: string, topSlots = 1) => ({ earliest: new Date(earliest), horizonDays: 14, topSlots });

describe('best-time heatmap', () => {
  it('exposes a 7×24 matrix with rate and sample size and ranks the favoured slot first', () => {
    const heatmap = heatmapFavouring(TUESDAY, 9);
    expect(heatmap.cells).toHaveLength(7);
    expect(heatmap.cells.every((row) => row.length === 24)).toBe(true);
    const cell = heatmap.cells[TUESDAY]![9]!;
    expect(cell.samples).toBe(4);
    expect(cell.rate).toBeCloseTo(0.1, 10);
    expect(heatmap.ranking[0]).toMatchObject({ weekday: TUESDAY, hour: 9, label: 'Tue 09:00' });
    // Smoothing lifts the neighbours above the rest of the week.
    expect(heatmap.cells[TUESDAY]![8]!.smoothedRate).toBeGreaterThan(heatmap.cells[TUESDAY]![12]!.smoothedRate);
  });
});

describe('slot choice across DST in America/New_York', () => {
  it('places "Tue 09:00" at 14:00Z before spring-forward and at 13:00Z after it', () => {
    const heatmap = heatmapFavouring(TUESDAY, 9);
    const before = findNextSlot(heatmap, new ChannelSchedule(rules), search('2026-02-26T00:00:00Z'));
    expect(before!.at.toISOString()).toBe('2026-03-03T14:00:00.000Z');
    const after = findNextSlot(heatmap, new ChannelSchedule(rules), search('2026-03-04T00:00:00Z'));
    expect(after!.at.toISOString()).toBe('2026-03-10T13:00:00.000Z');
    expect(after!.isTopSlot).toBe(true);
  });

  it('places "Tue 09:00" at 13:00Z before fall-back and at 14:00Z after it', () => {
    const heatmap = heatmapFavouring(TUESDAY, 9);
    const before = findNextSlot(heatmap, new ChannelSchedule(rules), search('2026-10-22T00:00:00Z'));
    expect(before!.at.toISOString()).toBe('2026-10-27T13:00:00.000Z');
    const after = findNextSlot(heatmap, new ChannelSchedule(rules), search('2026-10-28T00:00:00Z'));
    expect(after!.at.toISOString()).toBe('2026-11-03T14:00:00.000Z');
  });

  it('skips a best slot that does not exist on spring-forward day (Sun 02:00)', () => {
    const heatmap = heatmapFavouring(SUNDAY, 2);
    const slot = findNextSlot(heatmap, new ChannelSchedule(rules), search('2026-03-07T12:00:00Z'));
    // Not 2026-03-08 (no 02:00 that night) but the following Sunday, 02:00 EDT.
    expect(slot!.at.toISOString()).toBe('2026-03-15T06:00:00.000Z');
  });

  it('offers the repeated Sun 01:00 only once on fall-back day', () => {
    const heatmap = heatmapFavouring(SUNDAY, 1);
    const schedule = new ChannelSchedule({ timezone: NY, dailyCap: 5, minGapMinutes: 30 });
    const first = findNextSlot(heatmap, schedule, search('2026-10-31T12:00:00Z'))!;
    expect(first.at.toISOString()).toBe('2026-11-01T05:00:00.000Z');
    schedule.add(first.at.getTime());
    const second = findNextSlot(heatmap, schedule, search('2026-10-31T12:00:00Z'))!;
    expect(second.at.toISOString()).toBe('2026-11-08T06:00:00.000Z');
  });

  it('never returns a slot before the earliest time', () => {
    const heatmap = heatmapFavouring(TUESDAY, 9);
    const slot = findNextSlot(heatmap, new ChannelSchedule(rules), search('2026-03-10T13:00:01Z'));
    expect(slot!.at.toISOString()).toBe('2026-03-17T13:00:00.000Z');
  });
});

describe('daily caps and minimum gaps', () => {
  it('counts the cap per local calendar day in the channel time zone', () => {
    const schedule = new ChannelSchedule({ timezone: NY, dailyCap: 2, minGapMinutes: 0 });
    schedule.add(Date.parse('2026-03-09T14:00:00Z')); // Mon 10:00 local
    schedule.add(Date.parse('2026-03-10T02:00:00Z')); // Mon 22:00 local, Tuesday in UTC
    expect(schedule.blockAt(Date.parse('2026-03-10T03:30:00Z'))).toBe('daily-cap'); // Mon 23:30 local
    expect(schedule.blockAt(Date.parse('2026-03-10T04:00:00Z'))).toBeNull(); // Tue 00:00 local
  });

  it('keeps the minimum gap on both sides of an existing post', () => {
    const schedule = new ChannelSchedule({ timezone: NY, dailyCap: 10, minGapMinutes: 120 });
    schedule.add(Date.parse('2026-03-10T14:00:00Z'));
    expect(schedule.blockAt(Date.parse('2026-03-10T12:30:00Z'))).toBe('min-gap');
    expect(schedule.blockAt(Date.parse('2026-03-10T15:59:00Z'))).toBe('min-gap');
    expect(schedule.blockAt(Date.parse('2026-03-10T12:00:00Z'))).toBeNull();
    expect(schedule.blockAt(Date.parse('2026-03-10T16:00:00Z'))).toBeNull();
  });

  it('falls back to the best free hour when every top slot is taken, and says so', () => {
    const heatmap = heatmapFavouring(TUESDAY, 9);
    const schedule = new ChannelSchedule({ timezone: NY, dailyCap: 1, minGapMinutes: 0 }, [
      new Date('2026-03-10T13:00:00Z'),
      new Date('2026-03-17T13:00:00Z'),
    ]);
    const slot = findNextSlot(heatmap, schedule, { earliest: new Date('2026-03-09T05:00:00Z'), horizonDays: 14, topSlots: 1 })!;
    expect(slot.isTopSlot).toBe(false);
    // Tuesdays are full (cap 1), so the best remaining hour is a neighbour of the favoured one on another day.
    expect(schedule.blockAt(slot.at.getTime())).toBeNull();
    expect(slot.rank).toBeGreaterThan(1);
  });

  it('spreads posts over days when a channel takes one a day', () => {
    const records = recordsFavouring('li', NY, TUESDAY, 9, { year: 2026, month: 1, day: 5 });
    const { plans } = planPosts({
      now: new Date('2026-02-02T05:00:00Z'),
      config: { topK: 1, explorationShare: 0, windowDays: 60, topSlots: 1, horizonDays: 21 },
      channels: [{ id: 'li', platform: 'linkedin', name: 'LinkedIn', timezone: NY, dailyCap: 1, minGapMinutes: 0 }],
      records,
      scheduled: { li: [new Date('2026-02-03T14:00:00Z')] },
      posts: ['a', 'b', 'c'].map((id) => ({ id, earliestAt: new Date('2026-02-02T00:00:00Z') })),
    });
    const times = plans.map((p) => p.picks[0]!.at.toISOString());
    // The first Tuesday already has a post, so the next Tuesdays take them; the third post falls back.
    expect(times[0]).toBe('2026-02-10T14:00:00.000Z');
    expect(times[1]).toBe('2026-02-17T14:00:00.000Z');
    expect(plans[0]!.picks[0]!.reason).toMatch(/^LinkedIn: ROI [-\d.]+× \([-\d.]+–[-\d.]+\), best Tue 09:00 America\/New_York$/);
    expect(plans[2]!.picks[0]!.reason).toContain('(top slots full)');
    // Fallback: the best remaining hour is a weekday working hour (the favoured Tuesdays are full).
    expect(plans[2]!.picks[0]!.reason).toMatch(/next free (Mon|Tue|Wed|Thu|Fri) (08|10):00/);
  });
});
