import { z } from 'zod';
import type { ChannelAnalyticsRecord } from './analytics-record';
import { CHANNEL_PLATFORMS, channelSchema, type Channel, type ChannelPlatform } from './channel';
import { buildEngagementHeatmap, type EngagementHeatmap } from './engagement-heatmap';
import { describePick, type PickMode } from './plan-reason';
import { parseRoiConfig, type RoiConfig, type RoiConfigInput } from './roi-config';
import { estimateChannels, type RoiEstimates } from './roi-estimate';
import { rankChannels, thompsonPick, type ChannelRanking } from './roi-ranking';
import { ChannelSchedule } from './schedule-book';
import { createRandom, hashSeed } from './seeded-random';
import { findNextSlot, type SlotChoice } from './slot-finder';

const DAY_MS = 86_400_000;

export const postToPlanSchema = z
  .object({
    id: z.string().min(1),
    earliestAt: z.coerce.date(),
    /** The editor's own choice; when either is given, ranking and exploration are skipped. */
    channelIds: z.array(z.string().min(1)).optional(),
    platforms: z.array(z.enum(CHANNEL_PLATFORMS)).optional(),
  })
  .strict();
export type PostToPlan = z.output<typeof postToPlanSchema>;

export interface RoiModelInput {
  channels: readonly unknown[];
  records: readonly ChannelAnalyticsRecord[];
  config?: RoiConfigInput;
  now: Date;
}

export interface RoiModel {
  config: RoiConfig;
  now: Date;
  channels: Channel[];
  estimates: RoiEstimates;
  heatmaps: Map<string, EngagementHeatmap>;
  ranking: ChannelRanking;
}

export interface ChannelPick {
  channelId: string;
  platform: ChannelPlatform;
  at: Date;
  mode: PickMode;
  slot: SlotChoice;
  expectedRoi: number | null;
  roiLow: number | null;
  roiHigh: number | null;
  reason: string;
}

export interface PostPlan {
  postId: string;
  picks: ChannelPick[];
  /** Channels considered and left out, one line each. */
  skipped: { channelId: string; reason: string }[];
}

/** Everything that depends only on channels and analytics: estimates, heatmaps, ranking. Build once, plan many. */
export function buildRoiModel(input: RoiModelInput): RoiModel {
  const config = parseRoiConfig(input.config ?? {});
  const channels = input.channels.map((c) => channelSchema.parse(c));
  const ids = channels.map((c) => c.id);
  const estimates = estimateChannels(ids, input.records, config, input.now);
  const byChannel = new Map<string, ChannelAnalyticsRecord[]>(ids.map((id) => [id, []]));
  for (const record of input.records) byChannel.get(record.channelId)?.push(record);
  const from = new Date(input.now.getTime() - config.windowDays * DAY_MS);
  const heatmaps = new Map<string, EngagementHeatmap>();
  for (const channel of channels) {
    heatmaps.set(
      channel.id,
      buildEngagementHeatmap(byChannel.get(channel.id)!, channel.timezone, {
        priorImpressions: config.heatmapPriorImpressions,
        from,
        to: input.now,
      }),
    );
  }
  return { config, now: input.now, channels, estimates, heatmaps, ranking: rankChannels(channels, estimates.byChannel, config) };
}

/** Per-channel calendars seeded with what is already planned or scheduled. */
export function createSchedules(
  channels: readonly Channel[],
  scheduled: Readonly<Record<string, readonly Date[]>> = {},
): Map<string, ChannelSchedule> {
  return new Map(channels.map((c) => [c.id, new ChannelSchedule(c, scheduled[c.id] ?? [])]));
}

function editorChoice(model: RoiModel, post: PostToPlan): Channel[] | null {
  if (post.channelIds === undefined && post.platforms === undefined) return null;
  const ids = new Set(post.channelIds ?? []);
  const platforms = new Set(post.platforms ?? []);
  return model.channels.filter((c) => ids.has(c.id) || platforms.has(c.platform));
}

/**
 * Plans one post and records its picks in `schedules`, so the next post sees them. Posts never start
 * before their own earliestAt nor before the model's `now`.
 */
export function planPost(model: RoiModel, post: PostToPlan, schedules: Map<string, ChannelSchedule>): PostPlan {
  const { config, estimates } = model;
  const earliest = new Date(Math.max(post.earliestAt.getTime(), model.now.getTime()));
  const picks: ChannelPick[] = [];
  const skipped: PostPlan['skipped'] = [];

  const place = (channel: Channel, mode: PickMode): boolean => {
    const schedule = schedules.get(channel.id)!;
    const slot = findNextSlot(model.heatmaps.get(channel.id)!, schedule, {
      earliest,
      horizonDays: config.horizonDays,
      topSlots: config.topSlots,
    });
    if (slot === null) {
      skipped.push({
        channelId: channel.id,
        reason: `${channel.name}: no free slot within ${config.horizonDays} days (cap ${channel.dailyCap}/day, gap ${channel.minGapMinutes} min)`,
      });
      return false;
    }
    schedule.add(slot.at.getTime());
    const estimate = estimates.byChannel.get(channel.id)!;
    picks.push({
      channelId: channel.id,
      platform: channel.platform,
      at: slot.at,
      mode,
      slot,
      expectedRoi: estimate.expectedRoi,
      roiLow: estimate.roiLow,
      roiHigh: estimate.roiHigh,
      reason: describePick(channel.name, mode, estimate, slot, channel.timezone),
    });
    return true;
  };

  const chosen = editorChoice(model, post);
  if (chosen !== null) {
    for (const id of post.channelIds ?? []) {
      if (!model.channels.some((c) => c.id === id)) skipped.push({ channelId: id, reason: `${id}: no such channel` });
    }
    for (const channel of chosen) {
      if (channel.enabled) place(channel, 'editor');
      else skipped.push({ channelId: channel.id, reason: `${channel.name}: disabled` });
    }
    return { postId: post.id, picks, skipped };
  }

  const random = createRandom(hashSeed(config.seed, post.id));
  const explore = random.next() < config.explorationShare;
  const exploitPlaces = explore ? config.topK - 1 : config.topK;
  const used = new Set<string>();
  let rank = 0;
  for (const channel of model.ranking.ranked) {
    rank += 1;
    if (picks.length >= exploitPlaces) {
      skipped.push({ channelId: channel.id, reason: `${channel.name}: ranked #${rank}, outside the top ${config.topK}` });
      continue;
    }
    used.add(channel.id);
    place(channel, 'ranked');
  }
  if (explore) {
    const pool = model.channels.filter((c) => c.enabled && !used.has(c.id));
    const pick = thompsonPick(pool, estimates.byChannel, estimates.prior, config, random);
    if (pick !== null) {
      used.add(pick.id);
      const at = skipped.findIndex((s) => s.channelId === pick.id);
      if (at >= 0) skipped.splice(at, 1);
      place(pick, 'exploration');
    }
  }
  for (const { channel, reason } of model.ranking.unranked) {
    if (!used.has(channel.id)) skipped.push({ channelId: channel.id, reason });
  }
  return { postId: post.id, picks, skipped };
}

export interface PlanInput extends RoiModelInput {
  posts: readonly unknown[];
  /** Times already planned or scheduled, per channel id. */
  scheduled?: Readonly<Record<string, readonly Date[]>>;
}

export interface PlanResult {
  model: RoiModel;
  plans: PostPlan[];
}

/** Plans posts in the given order; each post's picks count against caps and gaps for the posts after it. */
export function planPosts(input: PlanInput): PlanResult {
  const model = buildRoiModel(input);
  const posts = input.posts.map((p) => postToPlanSchema.parse(p));
  const schedules = createSchedules(model.channels, input.scheduled);
  return { model, plans: posts.map((post) => planPost(model, post, schedules)) };
}
