import type { Core } from '@strapi/strapi';
import { PLUGIN_ID, UID } from '../constants';
import type { IntakeResult, PullRequest, PullResult } from '../contracts/feedback';
import { createAdapterRegistry } from '../delivery/adapter-registry';
import { createChannelCredentials } from '../delivery/channel-credentials';
import { ApplicationError, fieldErrors, ValidationError, parseOrThrow } from '../errors';
import { WebhookRefusedError } from '../inbox/webhook-refused-error';
import { parseFeedbackCsv } from '../feedback/feedback-csv';
import type { IntakeChannel } from '../feedback/feedback-values';
import {
  dedupeIncoming,
  incomingFeedbackSchema,
  itemsOf,
  webhookSchemaFor,
  type IncomingFeedback,
} from '../feedback/incoming-feedback';
import { FEEDBACK_SIGNATURE_HEADER, FEEDBACK_TIMESTAMP_HEADER, verifyFeedbackWebhook } from '../feedback/webhook-verification';
import { resolveFeedbackConfig } from '../inbox/feedback-config';
import { resolveConcerns, retriedOnDuplicate, storedFeedback, storeItem } from '../inbox/feedback-store';
import { recordReceipt } from '../inbox/webhook-receipts';
import { REPLYABLE_PLATFORMS, type ReplyablePlatform } from '../inbox/reply-route';
import { supportsInbox, type PlatformName, type RemoteComment } from '../platforms';
import { getService } from '../utils/get-service';
import type { AuditActor } from './audit';

const PULL_DEFAULT_DAYS = 7;

export interface WebhookDelivery {
  rawBody: string;
  headers: Record<string, string | string[] | undefined>;
}

const header = (headers: WebhookDelivery['headers'], name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** Webhook, CSV import and pull: every item validated first, then stored once per (source, external id), audited. */
export const createFeedbackIntakeService = ({ strapi }: { strapi: Core.Strapi }) => {
  const adapterFor = createAdapterRegistry();
  const credentialsFor = createChannelCredentials(strapi);
  const config = () => resolveFeedbackConfig(strapi.config.get(`plugin::${PLUGIN_ID}`) as never);

  /** Stores what is new and audits it; the caller decides whether this runs inside a larger transaction. */
  async function storeAll(
    items: readonly IncomingFeedback[],
    intake: IntakeChannel,
    actor: AuditActor | null,
    channelDocumentId?: string
  ): Promise<IntakeResult> {
    const unique = dedupeIncoming(items);
    const [concerns, existing] = await Promise.all([resolveConcerns(strapi, unique), storedFeedback(strapi, unique)]);
    const result: IntakeResult = { created: 0, duplicates: 0, documentIds: [] };
    for (const item of unique) {
      const stored = await storeItem(strapi, item, intake, {
        concernsId: item.concernsDocumentId ? concerns.get(item.concernsDocumentId) : undefined,
        channelDocumentId,
        existing,
      });
      result.documentIds.push(stored.documentId);
      if (!stored.created) {
        result.duplicates += 1;
        continue;
      }
      result.created += 1;
      await getService(strapi, 'audit').append({
        action: 'feedback-received',
        actor,
        contentUid: UID.feedback,
        documentId: stored.documentId,
        details: {
          intake,
          source: item.source,
          externalId: item.externalId,
          ...(channelDocumentId ? { channelDocumentId } : {}),
        },
      });
    }
    result.duplicates += items.length - unique.length;
    return result;
  }

  return {
    webhookConfigured: (): boolean => config().webhookSecret !== null,

    /** 401 for a bad signature, an old or future timestamp, or a replay; 400 for a bad body; nothing stored in either case. */
    async receiveWebhook(delivery: WebhookDelivery, now = new Date()): Promise<IntakeResult> {
      const secret = config().webhookSecret;
      if (!secret) throw new ApplicationError('The feedback webhook is not configured');
      const signature = header(delivery.headers, FEEDBACK_SIGNATURE_HEADER);
      const verdict = verifyFeedbackWebhook({
        secret,
        timestamp: header(delivery.headers, FEEDBACK_TIMESTAMP_HEADER),
        signature,
        rawBody: delivery.rawBody,
        nowMs: now.getTime(),
      });
      if (!verdict.ok) throw new WebhookRefusedError(`Webhook refused: ${verdict.message}`, verdict.reason);
      let json: unknown;
      try {
        json = JSON.parse(delivery.rawBody);
      } catch {
        throw new ValidationError('The body is not valid JSON');
      }
      const items = itemsOf(parseOrThrow(webhookSchemaFor(json), json, 'Invalid feedback'));
      return retriedOnDuplicate(strapi, async () => {
        if (!(await recordReceipt(strapi, signature!, now))) {
          throw new WebhookRefusedError('Webhook refused: this delivery was already received (replay)', 'replay');
        }
        return storeAll(items, 'webhook', null);
      });
    },

    /** All-or-nothing: one bad row and nothing is written; the 400 lists every bad row by line. */
    async importCsv(content: string, actor: AuditActor | null): Promise<IntakeResult> {
      const parsed = parseFeedbackCsv(content);
      if (!parsed.ok) {
        const lines = [...parsed.fileErrors, ...parsed.rowErrors.map((row) => `line ${row.line}: ${row.messages.join('; ')}`)];
        throw new ValidationError(`Nothing imported: ${lines.join(' | ')}`, {
          fileErrors: parsed.fileErrors,
          rowErrors: parsed.rowErrors,
          errors: fieldErrors(lines.map((message) => ({ path: [], message }))),
        });
      }
      return retriedOnDuplicate(strapi, () => storeAll(parsed.items, 'import', actor));
    },

    /** Reads comments (Facebook, Instagram) and mentions (X) of our enabled channels since `since`. */
    async pull(request: PullRequest, actor: AuditActor | null, now = new Date()): Promise<PullResult> {
      const since = request.since ? new Date(request.since) : new Date(now.getTime() - PULL_DEFAULT_DAYS * 86_400_000);
      const where: Record<string, unknown> = { enabled: true, platform: { $in: [...REPLYABLE_PLATFORMS] } };
      if (request.channelDocumentIds) where.documentId = { $in: request.channelDocumentIds };
      const channels = (await strapi.db
        .query(UID.channel)
        .findMany({ where, select: ['documentId', 'platform'], orderBy: { id: 'asc' } })) as Array<{
        documentId: string;
        platform: PlatformName;
      }>;
      const result: PullResult = { created: 0, duplicates: 0, documentIds: [], channels: [] };
      for (const channel of channels) {
        const adapter = adapterFor(channel.platform);
        if (!supportsInbox(adapter)) continue;
        try {
          const publications = (await strapi.db.query(UID.publication).findMany({
            where: { channelDocumentId: channel.documentId, status: 'published', remoteId: { $notNull: true } },
            select: ['remoteId'],
          })) as Array<{ remoteId: string }>;
          const credentials = await credentialsFor({
            channelDocumentId: channel.documentId,
            platform: channel.platform as PlatformName,
          });
          const comments = await adapter.listComments({ since, credentials, postIds: publications.map((p) => p.remoteId) });
          const items = comments.flatMap((comment) => toIncoming(channel.platform as ReplyablePlatform, comment));
          const stored = await retriedOnDuplicate(strapi, () => storeAll(items, 'pull', actor, channel.documentId));
          result.created += stored.created;
          result.duplicates += stored.duplicates;
          result.documentIds.push(...stored.documentIds);
          result.channels.push({ channelDocumentId: channel.documentId, platform: channel.platform, fetched: comments.length });
        } catch (error) {
          result.channels.push({
            channelDocumentId: channel.documentId,
            platform: channel.platform,
            fetched: 0,
            error: (error as Error).message,
          });
        }
      }
      return result;
    },
  };
};

/** A remote comment as an incoming item; comments without text (a sticker, a photo) have nothing to answer. */
function toIncoming(source: ReplyablePlatform, comment: RemoteComment): IncomingFeedback[] {
  const receivedAt = new Date(comment.createdAt);
  const parsed = incomingFeedbackSchema.safeParse({
    source,
    externalId: comment.remoteId,
    text: comment.text,
    receivedAt: Number.isNaN(receivedAt.getTime()) ? comment.createdAt : receivedAt.toISOString(),
    ...(comment.authorName ? { authorName: comment.authorName.slice(0, 160) } : {}),
    ...(comment.parentId ? { parentId: comment.parentId } : {}),
  });
  return parsed.success ? [parsed.data] : [];
}

export type FeedbackIntakeService = ReturnType<typeof createFeedbackIntakeService>;
