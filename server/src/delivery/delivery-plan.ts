import type { Core } from '@strapi/strapi';
import { PLUGIN_ID, UID } from '../constants';

export interface DeliveryPick {
  channelDocumentId: string;
  platform: string;
  at: Date;
  reason: string;
}

interface ChannelSummary {
  documentId: string;
  platform: string;
  enabled: boolean;
}

interface PlannerService {
  planForPost(
    documentId: string,
    loaded?: PlannablePost & { scheduledAt: Date | null; targeting: string; scheduleMode: string },
    channels?: ChannelSummary[]
  ): Promise<{ picks: DeliveryPick[]; skipped: Array<{ channelDocumentId: string; reason: string }> }>;
}

interface AnalyticsService {
  channels(): Promise<ChannelSummary[]>;
}

export interface PlannablePost {
  /** The draft row's id, when the caller has it. */
  id?: number;
  documentId: string;
  targeting?: string | null;
  targetPlatforms?: unknown;
  scheduleMode?: string | null;
  scheduledAt?: string | Date | null;
}

const INTEGRATIONS: readonly string[] = ['webhook', 'outbox'];

function optionalService<T>(strapi: Core.Strapi, name: string): T | undefined {
  try {
    return strapi.plugin(PLUGIN_ID).service(name) as T | undefined;
  } catch {
    return undefined;
  }
}

/** The post's own time: its scheduledAt for at-time/best-slot (never in the past), else now. */
function requestedTime(post: PlannablePost, now: Date): { at: Date; reason: string } {
  if (post.scheduleMode === 'as-soon-as-approved' || !post.scheduledAt) return { at: now, reason: 'as soon as approved' };
  const requested = new Date(post.scheduledAt);
  return requested > now
    ? { at: requested, reason: `at the requested ${requested.toISOString()}` }
    : { at: now, reason: 'the requested time has passed: now' };
}

/** Until the planner service lands: every enabled channel the post targets, at its time (or now). */
async function fixedPlan(strapi: Core.Strapi, post: PlannablePost, now: Date): Promise<DeliveryPick[]> {
  const channels = (await strapi.db
    .query(UID.channel)
    .findMany({ where: { enabled: true }, select: ['documentId', 'platform'] })) as Array<{
    documentId: string;
    platform: string;
  }>;
  const selected =
    post.targeting === 'selected-platforms' && Array.isArray(post.targetPlatforms)
      ? new Set(post.targetPlatforms as string[])
      : null;
  const { at, reason } = requestedTime(post, now);
  return channels
    .filter((c) => INTEGRATIONS.includes(c.platform) || !selected || selected.has(c.platform))
    .map((c) => ({ channelDocumentId: c.documentId, platform: c.platform, at, reason }));
}

/**
 * Integrations (webhook, outbox) are not social channels the planner ranks by ROI: every enabled one
 * receives every published post, at the post's own time.
 */
function integrationPicks(channels: readonly ChannelSummary[], post: PlannablePost, now: Date): DeliveryPick[] {
  const { at, reason } = requestedTime(post, now);
  return channels
    .filter((c) => c.enabled && INTEGRATIONS.includes(c.platform))
    .map((c) => ({ channelDocumentId: c.documentId, platform: c.platform, at, reason: `integration, ${reason}` }));
}

export async function planDelivery(strapi: Core.Strapi, post: PlannablePost, now = new Date()): Promise<DeliveryPick[]> {
  const planner = optionalService<PlannerService>(strapi, 'planner');
  const analytics = optionalService<AnalyticsService>(strapi, 'analytics');
  if (!planner?.planForPost || !analytics) return fixedPlan(strapi, post, now);
  // One read of the channels serves the planner and the integrations.
  const channels = await analytics.channels();
  // Nothing can go out with every channel off; planning would rank channels only to skip them all.
  if (!channels.some((c) => c.enabled)) return [];
  const plan = await planner.planForPost(
    post.documentId,
    {
      ...post,
      targeting: post.targeting ?? 'let-analytics-choose',
      scheduleMode: post.scheduleMode ?? 'as-soon-as-approved',
      scheduledAt: post.scheduledAt ? new Date(post.scheduledAt) : null,
    },
    channels
  );
  const picks = plan.picks.map((pick) => ({ ...pick, at: new Date(pick.at) }));
  const picked = new Set(picks.map((p) => p.channelDocumentId));
  return [...picks, ...integrationPicks(channels, post, now).filter((p) => !picked.has(p.channelDocumentId))];
}

export { optionalService };
