import type { Core } from '@strapi/strapi';
import type { DeliveryResult } from './publication-record';
import { publications, toRecord, type PublicationRow } from './publication-rows';
import { PENDING_STATUSES } from './publication-status';
import type { PublicationStore } from './publication-store';

/**
 * PublicationStore on Strapi's database. Each transition is one UPDATE … WHERE status = <expected>
 * (plus attempts for the claim), so it is atomic on SQLite and PostgreSQL alike.
 */
export function createDbPublicationStore(strapi: Core.Strapi): PublicationStore {
  const q = () => publications(strapi);

  const fromPublishing = async (documentId: string, data: Record<string, unknown>): Promise<boolean> => {
    const { count } = await q().updateMany({ where: { documentId, status: 'publishing' }, data } as never);
    return count === 1;
  };

  return {
    async claim(documentId, contentHash, now) {
      const row = (await q().findOne({ where: { documentId, contentHash, status: { $in: [...PENDING_STATUSES] } } } as never)) as PublicationRow | null;
      if (!row) return null;
      const attempts = (row.attempts ?? 0) + 1;
      const { count } = await q().updateMany({
        where: { id: row.id, status: row.status, attempts: row.attempts ?? 0 },
        data: { status: 'publishing', attempts, publishingStartedAt: now, nextAttemptAt: null },
      } as never);
      if (count !== 1) return null;
      return toRecord({ ...row, status: 'publishing', attempts, publishingStartedAt: now });
    },
    markPublished: (documentId, result: DeliveryResult, now) =>
      fromPublishing(documentId, { status: 'published', remoteId: result.remoteId, remoteUrl: result.remoteUrl ?? null, sentAt: now, lastError: null }),
    markFailed: (documentId, error) => fromPublishing(documentId, { status: 'failed', lastError: error }),
    markUnknown: (documentId, error) => fromPublishing(documentId, { status: 'unknown', lastError: error }),
    release: (documentId, error, retryAt) => fromPublishing(documentId, { status: 'queued', lastError: error, nextAttemptAt: retryAt }),
  };
}
