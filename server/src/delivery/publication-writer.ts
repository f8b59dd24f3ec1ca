import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { publicationJobId } from '../queue/job-id';
import type { PlatformName } from '../platforms';
import { optionalService, planDelivery, type PlannablePost } from './delivery-plan';
import { newDocumentId } from '../utils/document-id';
import { payloadFor, type PublishedPost } from './publication-payload';
import { dueAt, publications, type PublicationRow } from './publication-rows';
import { PENDING_STATUSES } from './publication-status';
import type { ScheduleEntry } from './schedule-entry';

export const toEntry = (
  row: Pick<PublicationRow, 'platform' | 'jobId' | 'documentId' | 'contentHash' | 'scheduledAt' | 'nextAttemptAt'>
): ScheduleEntry => ({
  platform: row.platform as PlatformName,
  jobId: row.jobId,
  publicationDocumentId: row.documentId,
  contentHash: row.contentHash,
  dueAt: dueAt(row),
});

/** Pending publications of a post move to cancelled; returns what the engine must unschedule. */
export async function cancelPending(
  strapi: Core.Strapi,
  postDocumentId: string,
  keepHash: string | null,
  reason: string
): Promise<ScheduleEntry[]> {
  const where: Record<string, unknown> = { postDocumentId, status: { $in: [...PENDING_STATUSES] } };
  if (keepHash) where.contentHash = { $ne: keepHash };
  const rows = (await publications(strapi).findMany({ where } as never)) as PublicationRow[];
  if (rows.length === 0) return [];
  await publications(strapi).updateMany({
    where: { id: { $in: rows.map((r) => r.id) }, status: { $in: [...PENDING_STATUSES] } },
    data: { status: 'cancelled', lastError: reason },
  } as never);
  return rows.map(toEntry);
}

/** One pending publication moves to `at` (a retry wait is dropped); false when it stopped being pending meanwhile. */
export async function movePending(strapi: Core.Strapi, row: PublicationRow, at: Date): Promise<boolean> {
  const { count } = await publications(strapi).updateMany({
    where: { id: row.id, status: row.status },
    data: { scheduledAt: at, nextAttemptAt: null },
  } as never);
  return count === 1;
}

/** One pending publication moves to cancelled; false when it stopped being pending meanwhile. */
export async function cancelOnePending(strapi: Core.Strapi, row: PublicationRow, reason: string): Promise<boolean> {
  const { count } = await publications(strapi).updateMany({
    where: { id: row.id, status: row.status },
    data: { status: 'cancelled', lastError: reason },
  } as never);
  return count === 1;
}

type ChannelForPublication = { id: number; documentId: string; platform: string; timezone: string | null };

/** The picked channels, from the channel cache the planner just read when there is one. */
async function channelRows(strapi: Core.Strapi, documentIds: string[]): Promise<ChannelForPublication[]> {
  const cached = optionalService<{ channels(): Promise<ChannelForPublication[]> }>(strapi, 'analytics');
  if (cached) return (await cached.channels()).filter((c) => documentIds.includes(c.documentId));
  return (await strapi.db.query(UID.channel).findMany({
    where: { documentId: { $in: documentIds } },
    select: ['id', 'documentId', 'platform', 'timezone'],
  })) as ChannelForPublication[];
}

export interface PublishHistory {
  /** False when the post had no published version before this publish: nothing older can be waiting. */
  previouslyPublished?: boolean;
}

/**
 * Turns a post just published into one publication per planned channel. Runs inside the publish
 * transaction when there is one. Publications of an older approval still waiting are cancelled; a
 * channel that already has this exact content (pending or sent) is not sent it again.
 */
export async function createPublicationsForPost(
  strapi: Core.Strapi,
  postDocumentId: string,
  contentHash: string,
  now = new Date(),
  published?: PlannablePost,
  history: PublishHistory = {}
): Promise<{ created: ScheduleEntry[]; superseded: ScheduleEntry[] }> {
  const plannable =
    published ??
    ((await strapi.db.query(UID.post).findOne({
      where: { documentId: postDocumentId, publishedAt: { $notNull: true } },
      select: ['documentId', 'targeting', 'targetPlatforms', 'scheduleMode', 'scheduledAt'],
    })) as PlannablePost | null);
  if (!plannable) return { created: [], superseded: [] };

  // Unpublishing cancels what was waiting, so a first publish (or one after an unpublish) has nothing to supersede.
  const superseded =
    history.previouslyPublished === false
      ? []
      : await cancelPending(strapi, postDocumentId, contentHash, 'superseded by a newer approved version');
  const picks = await planDelivery(strapi, plannable, now);
  if (picks.length === 0) return { created: [], superseded };

  // The content (with images) is loaded only when something will be sent.
  const post = (await strapi.db.query(UID.post).findOne({
    where: { documentId: postDocumentId, publishedAt: { $notNull: true } },
    populate: { variants: true, images: { populate: { image: true } } },
  })) as PublishedPost & PlannablePost;
  // The gate hands over the draft row it judged, whose id the publication links to.
  const draftId =
    published?.id ??
    ((await strapi.db.query(UID.post).findOne({ where: { documentId: postDocumentId, publishedAt: null }, select: ['id'] })) as { id: number } | null)?.id;

  const existing = (await publications(strapi).findMany({
    where: { postDocumentId, contentHash, status: { $notIn: ['cancelled', 'failed'] } },
    select: ['channelDocumentId'],
  } as never)) as Array<{ channelDocumentId: string }>;
  const alreadyCovered = new Set(existing.map((e) => e.channelDocumentId));
  const channels = await channelRows(strapi, picks.map((p) => p.channelDocumentId));
  const publicUrl = String(strapi.config.get('server.url', '') ?? '');

  const created: ScheduleEntry[] = [];
  for (const pick of picks) {
    const channel = channels.find((c) => c.documentId === pick.channelDocumentId);
    if (!channel || alreadyCovered.has(channel.documentId)) continue;
    alreadyCovered.add(channel.documentId);
    const platform = channel.platform as PlatformName;
    const documentId = newDocumentId();
    const row = {
      documentId,
      post: draftId ?? null,
      channel: channel.id,
      postDocumentId,
      channelDocumentId: channel.documentId,
      platform,
      scheduledAt: pick.at,
      timezone: channel.timezone ?? 'UTC',
      status: 'scheduled',
      attempts: 0,
      contentHash,
      jobId: publicationJobId(documentId, contentHash),
      planReason: pick.reason.slice(0, 255),
      payload: payloadFor(post, platform, publicUrl),
    };
    await publications(strapi).create({ data: row } as never);
    created.push(toEntry({ ...row, nextAttemptAt: null }));
  }
  return { created, superseded };
}
