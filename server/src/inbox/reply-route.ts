import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import type { FeedbackSource } from '../feedback/feedback-values';

/** Platforms whose API lists comments and takes replies through our adapters. */
export const REPLYABLE_PLATFORMS = ['facebook', 'instagram', 'x'] as const;
export type ReplyablePlatform = (typeof REPLYABLE_PLATFORMS)[number];
const REPLYABLE_SOURCES: ReadonlySet<FeedbackSource> = new Set(REPLYABLE_PLATFORMS);

export type ReplyRoute = { ok: true; channelDocumentId: string; platform: ReplyablePlatform } | { ok: false; reason: string };

/** Where a reply would go: the channel the item was pulled from, else the enabled channel of its platform. */
export async function replyRouteFor(
  strapi: Core.Strapi,
  item: { source: FeedbackSource; channelDocumentId: string | null }
): Promise<ReplyRoute> {
  if (!REPLYABLE_SOURCES.has(item.source)) {
    return {
      ok: false,
      reason: `${item.source} does not take replies through Clearpost: answer there yourself or contact the person, then mark it taken offline`,
    };
  }
  const platform = item.source as ReplyablePlatform;
  const where = item.channelDocumentId ? { documentId: item.channelDocumentId, enabled: true } : { platform, enabled: true };
  const channel = (await strapi.db.query(UID.channel).findOne({ where, select: ['documentId'], orderBy: { id: 'asc' } })) as {
    documentId: string;
  } | null;
  if (!channel) {
    return {
      ok: false,
      reason: `No enabled ${platform} channel can send this reply: connect one, or contact the person and mark it taken offline`,
    };
  }
  return { ok: true, channelDocumentId: channel.documentId, platform };
}

/** Platforms with at least one enabled channel, for the inbox's "can reply here" hint. */
export async function replyablePlatforms(strapi: Core.Strapi): Promise<Set<string>> {
  const rows = (await strapi.db
    .query(UID.channel)
    .findMany({ where: { enabled: true, platform: { $in: [...REPLYABLE_SOURCES] } }, select: ['platform'] })) as Array<{
    platform: string;
  }>;
  return new Set(rows.map((row) => row.platform));
}
