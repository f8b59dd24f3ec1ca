import type { Core } from '@strapi/strapi';
import { PLUGIN_ID, UID } from '../constants';
import type { CalendarChannel, CalendarEntry, CalendarQuery, CalendarResponse } from '../contracts/calendar';
import { publications, toView, type PublicationRow } from '../delivery/publication-rows';
import { ValidationError } from '../errors';
import { getService } from '../utils/get-service';
import type { AuditActor } from './audit';

const MAX_ENTRIES = 2000;

/** The calendar of publications: what goes out when, on which channel; moving or cancelling one. */
export const createCalendarService = ({ strapi }: { strapi: Core.Strapi }) => {
  const timezone = (): string =>
    (strapi.config.get(`plugin::${PLUGIN_ID}`) as { timezone?: string } | undefined)?.timezone ?? 'UTC';

  const titlesOf = async (postDocumentIds: string[]): Promise<Map<string, string>> => {
    if (postDocumentIds.length === 0) return new Map();
    // The draft row carries the current title for every post, published or not.
    const posts = (await strapi.db.query(UID.post).findMany({
      where: { documentId: { $in: postDocumentIds }, publishedAt: null },
      select: ['documentId', 'title'],
    })) as Array<{ documentId: string; title: string | null }>;
    return new Map(posts.map((p) => [p.documentId, p.title ?? '']));
  };

  const entriesOf = async (rows: PublicationRow[]): Promise<CalendarEntry[]> => {
    const titles = await titlesOf([...new Set(rows.map((r) => r.postDocumentId))]);
    return rows.map((row) => {
      const view = toView(row);
      return {
        documentId: view.documentId,
        postDocumentId: view.postDocumentId,
        postTitle: titles.get(view.postDocumentId) ?? null,
        channelDocumentId: view.channelDocumentId,
        platform: view.platform,
        scheduledAt: view.scheduledAt,
        status: view.status,
        sentAt: view.sentAt,
        remoteUrl: view.remoteUrl,
        lastError: view.lastError,
        planReason: view.planReason,
        text: view.text,
      };
    });
  };

  const auditChange = async (
    action: 'reschedule' | 'cancel-publication',
    actor: AuditActor | null,
    row: PublicationRow,
    details: Record<string, unknown>
  ) => {
    await getService(strapi, 'audit').append({
      action,
      actor,
      contentUid: UID.post,
      documentId: row.postDocumentId,
      contentHash: row.contentHash,
      details: {
        publicationDocumentId: row.documentId,
        channelDocumentId: row.channelDocumentId,
        platform: row.platform,
        ...details,
      },
    });
  };

  return {
    async list(query: CalendarQuery): Promise<CalendarResponse> {
      const where: Record<string, unknown> = { scheduledAt: { $gte: new Date(query.from), $lt: new Date(query.to) } };
      if (query.channel) where.channelDocumentId = query.channel;
      const rows = (await publications(strapi).findMany({
        where,
        orderBy: [{ scheduledAt: 'asc' }, { id: 'asc' }],
        limit: MAX_ENTRIES,
      } as never)) as PublicationRow[];
      const channels = (await strapi.db.query(UID.channel).findMany({
        select: ['documentId', 'name', 'platform', 'enabled'],
        orderBy: { name: 'asc' },
      })) as CalendarChannel[];
      return {
        timezone: timezone(),
        from: new Date(query.from).toISOString(),
        to: new Date(query.to).toISOString(),
        channels: channels.map((c) => ({
          documentId: c.documentId,
          name: c.name,
          platform: c.platform,
          enabled: Boolean(c.enabled),
        })),
        publications: await entriesOf(rows),
      };
    },

    async reschedule(documentId: string, at: Date, actor: AuditActor | null, now = new Date()): Promise<CalendarEntry> {
      if (at.getTime() <= now.getTime()) {
        throw new ValidationError(`scheduledAt: ${at.toISOString()} is in the past; pick a time after ${now.toISOString()}`, {
          errors: [{ path: ['scheduledAt'], message: 'scheduledAt: must be in the future', name: 'ValidationError' }],
        });
      }
      const { before, after } = await getService(strapi, 'delivery').reschedulePublication(documentId, at);
      await auditChange('reschedule', actor, before, { from: new Date(before.scheduledAt).toISOString(), to: at.toISOString() });
      return (await entriesOf([after]))[0];
    },

    async cancel(documentId: string, actor: AuditActor | null, reason?: string): Promise<CalendarEntry> {
      const why = `cancelled from the calendar${actor?.name ? ` by ${actor.name}` : ''}${reason ? `: ${reason}` : ''}`;
      const { before, after } = await getService(strapi, 'delivery').cancelPublication(documentId, why);
      await auditChange('cancel-publication', actor, before, {
        scheduledAt: new Date(before.scheduledAt).toISOString(),
        ...(reason ? { reason } : {}),
      });
      return (await entriesOf([after]))[0];
    },
  };
};

export type CalendarService = ReturnType<typeof createCalendarService>;
