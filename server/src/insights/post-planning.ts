import { z } from 'zod';
import type { ChannelAnalyticsRecord } from '../roi/analytics-record';
import { CHANNEL_PLATFORMS, type Channel } from '../roi/channel';
import { describeRoi } from '../roi/plan-reason';
import { buildRoiModel, createSchedules, planPost, type ChannelPick, type RoiModel } from '../roi/post-plan';
import type { RoiConfigInput } from '../roi/roi-config';
import { describeBlock, earliestFreeTime, formatLocalTime } from './earliest-free-time';

export class PlanRequestError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'PlanRequestError';
  }
}

export interface PlannableChannel {
  documentId: string;
  platform: string;
  name: string;
  timezone: string;
  enabled: boolean;
  dailyCap: number;
  minGapMinutes: number;
}

export interface PostToSchedule {
  documentId: string;
  targeting: 'let-analytics-choose' | 'selected-platforms' | string;
  targetPlatforms: unknown;
  scheduleMode: 'as-soon-as-approved' | 'at-time' | 'best-slot' | string;
  scheduledAt: Date | null;
}

export interface PostPlanningInput {
  post: PostToSchedule;
  channels: readonly PlannableChannel[];
  records: readonly ChannelAnalyticsRecord[];
  /** Times already scheduled (or sent), per channel documentId. */
  scheduled: Readonly<Record<string, readonly Date[]>>;
  config: RoiConfigInput;
  now: Date;
}

export interface PlannedPick {
  channelDocumentId: string;
  platform: string;
  at: Date;
  reason: string;
}

export interface PlannedPost {
  picks: PlannedPick[];
  skipped: Array<{ channelDocumentId: string; reason: string }>;
}

const targetPlatformsSchema = z.array(z.enum(CHANNEL_PLATFORMS)).min(1);
const ROI_PLATFORMS: ReadonlySet<string> = new Set(CHANNEL_PLATFORMS);

function targetedPlatforms(post: PostToSchedule): Channel['platform'][] | undefined {
  if (post.targeting !== 'selected-platforms') return undefined;
  const parsed = targetPlatformsSchema.safeParse(post.targetPlatforms);
  if (!parsed.success) {
    throw new PlanRequestError(`targetPlatforms must list one or more of ${CHANNEL_PLATFORMS.join(', ')} when targeting is selected-platforms`, 'targetPlatforms');
  }
  return [...new Set(parsed.data)];
}

function prefixFor(pick: ChannelPick, model: RoiModel): string {
  const clicks = model.estimates.byChannel.get(pick.channelId)!.totals.clicks;
  if (pick.mode === 'exploration') return `exploring (${clicks} clicks so far), `;
  return pick.mode === 'editor' ? "editor's choice, " : '';
}

/**
 * Which channels a post goes to and when. Channels come from the post's targeting (its platforms, or the
 * top K by ROI); times from its schedule mode: the best free slot, now (or the first moment caps and gaps
 * allow), or the editor's time (a channel whose cap or gap that time breaks is skipped).
 */
export function planScheduledPost(input: PostPlanningInput): PlannedPost {
  const { post, now } = input;
  const platforms = targetedPlatforms(post);
  if (post.scheduleMode === 'at-time' && post.scheduledAt === null) {
    throw new PlanRequestError('scheduledAt is required when scheduleMode is at-time', 'scheduledAt');
  }
  const skipped: PlannedPost['skipped'] = [];
  const plannable = input.channels.filter((c) => ROI_PLATFORMS.has(c.platform));
  if (platforms === undefined) {
    for (const c of input.channels) {
      if (!ROI_PLATFORMS.has(c.platform) && c.enabled) {
        skipped.push({ channelDocumentId: c.documentId, reason: `${c.name}: ${c.platform} channels are not chosen by ROI` });
      }
    }
  }
  const model = buildRoiModel({
    channels: plannable.map((c) => ({
      id: c.documentId,
      platform: c.platform,
      name: c.name,
      timezone: c.timezone,
      enabled: c.enabled,
      dailyCap: c.dailyCap,
      minGapMinutes: c.minGapMinutes,
    })),
    records: input.records,
    config: input.config,
    now,
  });
  const fixedAt =
    post.scheduleMode === 'at-time' ? new Date(Math.max(post.scheduledAt!.getTime(), now.getTime())) : post.scheduleMode === 'as-soon-as-approved' ? now : null;
  const schedules = createSchedules(model.channels, input.scheduled);
  // For fixed times the ranking still chooses the channels; its slots go to a scratch calendar.
  const plan = planPost(
    model,
    { id: post.documentId, earliestAt: fixedAt ?? now, ...(platforms ? { platforms } : {}) },
    fixedAt === null ? schedules : createSchedules(model.channels, input.scheduled),
  );
  for (const s of plan.skipped) skipped.push({ channelDocumentId: s.channelId, reason: s.reason });

  const picks: PlannedPick[] = [];
  for (const pick of plan.picks) {
    const channel = model.channels.find((c) => c.id === pick.channelId)!;
    if (fixedAt === null) {
      picks.push({ channelDocumentId: pick.channelId, platform: pick.platform, at: pick.at, reason: pick.reason });
      continue;
    }
    const schedule = schedules.get(channel.id)!;
    const head = `${channel.name}: ${prefixFor(pick, model)}${describeRoi(model.estimates.byChannel.get(channel.id)!)}`;
    if (post.scheduleMode === 'at-time') {
      const block = schedule.blockAt(fixedAt.getTime());
      if (block !== null) {
        skipped.push({ channelDocumentId: channel.id, reason: `${channel.name}: not at ${formatLocalTime(fixedAt, channel.timezone)}, ${describeBlock(block, channel)}` });
        continue;
      }
      const late = post.scheduledAt!.getTime() < now.getTime() ? ' (the requested time has passed: now)' : '';
      schedule.add(fixedAt.getTime());
      picks.push({ channelDocumentId: channel.id, platform: channel.platform, at: fixedAt, reason: `${head}, at the requested ${formatLocalTime(fixedAt, channel.timezone)}${late}` });
      continue;
    }
    const at = earliestFreeTime(schedule, fixedAt, model.config.horizonDays);
    if (at === null) {
      skipped.push({ channelDocumentId: channel.id, reason: `${channel.name}: no free time within ${model.config.horizonDays} days (cap ${channel.dailyCap}/day, gap ${channel.minGapMinutes} min)` });
      continue;
    }
    schedule.add(at.getTime());
    const when = at.getTime() === fixedAt.getTime() ? 'now' : `${formatLocalTime(at, channel.timezone)}, the first time its cap and gap allow`;
    picks.push({ channelDocumentId: channel.id, platform: channel.platform, at, reason: `${head}, as soon as approved: ${when}` });
  }
  return { picks, skipped };
}
