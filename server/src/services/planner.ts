import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { NotFoundError, ValidationError } from '../errors';
import { PlanRequestError, planScheduledPost, type PostToSchedule } from '../insights/post-planning';
import { getService } from '../utils/get-service';
import type { ChannelRow } from './analytics';

const DAY_MS = 86_400_000;
// A channel's gap is at most 7 days, so older posts cannot block a new one.
const LOOKBACK_MS = 8 * DAY_MS;
const NOT_TAKING_A_SLOT = ['failed', 'cancelled'];

export interface PostPlanPick {
  channelDocumentId: string;
  platform: string;
  at: Date;
  reason: string;
}

export interface PostPlanResult {
  picks: PostPlanPick[];
  skipped: Array<{ channelDocumentId: string; reason: string }>;
}

/** Where and when a post would go: used by the plan endpoint and by delivery when it schedules a post. */
export const createPlannerService = ({ strapi }: { strapi: Core.Strapi }) => {
  const loadPost = async (documentId: string): Promise<PostToSchedule> => {
    // The draft row holds the latest edit; publishing copies it, so it is also what goes out.
    const rows = (await strapi.db.query(UID.post).findMany({
      where: { documentId },
      select: ['documentId', 'targeting', 'targetPlatforms', 'scheduleMode', 'scheduledAt', 'publishedAt'],
    })) as Array<PostToSchedule & { publishedAt: string | null; scheduledAt: string | Date | null }>;
    const row = rows.find((r) => r.publishedAt === null) ?? rows[0];
    if (!row) throw new NotFoundError(`No post with documentId '${documentId}'`);
    return { ...row, scheduledAt: row.scheduledAt ? new Date(row.scheduledAt) : null };
  };

  const scheduledTimes = async (postDocumentId: string, now: Date): Promise<Record<string, Date[]>> => {
    if (!strapi.contentTypes[UID.publication as keyof typeof strapi.contentTypes]) return {};
    const rows = (await strapi.db.query(UID.publication as never).findMany({
      where: {
        scheduledAt: { $gte: new Date(now.getTime() - LOOKBACK_MS) },
        status: { $notIn: NOT_TAKING_A_SLOT },
        postDocumentId: { $ne: postDocumentId },
      },
      select: ['channelDocumentId', 'scheduledAt'],
    })) as Array<{ channelDocumentId: string; scheduledAt: string | Date }>;
    const times: Record<string, Date[]> = {};
    for (const row of rows) (times[row.channelDocumentId] ??= []).push(new Date(row.scheduledAt));
    return times;
  };

  return {
    /** `loaded` and `channels` spare the reads when the caller already has them (delivery, on publish). */
    async planForPost(documentId: string, loaded?: PostToSchedule, loadedChannels?: ChannelRow[]): Promise<PostPlanResult> {
      const analytics = getService(strapi, 'analytics');
      const now = new Date();
      const config = analytics.roiConfig();
      const [post, channels] = await Promise.all([loaded ?? loadPost(documentId), loadedChannels ?? analytics.channels()]);
      // With no channel enabled there is nothing to rank or to collide with (the common case on publish before setup).
      const anyEnabled = channels.some((c) => c.enabled);
      const [records, scheduled] = anyEnabled
        ? await Promise.all([
            analytics.loadRecords(new Date(now.getTime() - config.windowDays * DAY_MS), now),
            scheduledTimes(documentId, now),
          ])
        : [[], {}];
      try {
        return planScheduledPost({ post, channels, records, scheduled, config, now });
      } catch (error) {
        if (error instanceof PlanRequestError) {
          throw new ValidationError(`Cannot plan this post: ${error.message}`, {
            errors: [{ path: [error.field], message: error.message, name: 'ValidationError' }],
          });
        }
        throw error;
      }
    },
  };
};

export type PlannerService = ReturnType<typeof createPlannerService>;
