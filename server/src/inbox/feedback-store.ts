import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { newDocumentId } from '../delivery/document-id';
import type { IncomingFeedback } from '../feedback/incoming-feedback';
import type { IntakeChannel } from '../feedback/feedback-values';
import { triage } from '../feedback/triage';
import { fieldErrors, ValidationError } from '../errors';
import { isUniqueViolation } from './ensure-feedback-indexes';

export interface StoredItem {
  documentId: string;
  created: boolean;
}

const feedbackRows = (strapi: Core.Strapi) => strapi.db.query(UID.feedback);

/** Directory entries named by the items, or a 400 naming the unknown ones (checked before anything is written). */
export async function resolveConcerns(strapi: Core.Strapi, items: readonly IncomingFeedback[]): Promise<Map<string, number>> {
  const wanted = [...new Set(items.flatMap((item) => (item.concernsDocumentId ? [item.concernsDocumentId] : [])))];
  if (wanted.length === 0) return new Map();
  const rows = (await strapi.db
    .query(UID.directoryEntry)
    .findMany({ where: { documentId: { $in: wanted } }, select: ['id', 'documentId'] })) as Array<{
    id: number;
    documentId: string;
  }>;
  const found = new Map(rows.map((row) => [row.documentId, row.id]));
  const missing = wanted.filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw new ValidationError(`concernsDocumentId: no directory entry ${missing.join(', ')}`, {
      errors: fieldErrors(missing.map((id) => ({ path: ['concernsDocumentId'], message: `no directory entry ${id}` }))),
    });
  }
  return found;
}

/**
 * Stores an item unless one with the same source and external id exists; then the existing row is the answer.
 * A concurrent insert of the same item fails on the unique index: run this in `retriedOnDuplicate`, whose second
 * attempt finds the winner's row.
 */
export async function storeItem(
  strapi: Core.Strapi,
  item: IncomingFeedback,
  intake: IntakeChannel,
  extra: { concernsId?: number; channelDocumentId?: string }
): Promise<StoredItem> {
  const existing = await feedbackRows(strapi).findOne({
    where: { source: item.source, externalId: item.externalId },
    select: ['documentId'],
  });
  if (existing) return { documentId: existing.documentId, created: false };
  const { sentiment, category } = triage(item);
  const now = new Date();
  const documentId = newDocumentId();
  await feedbackRows(strapi).create({
    data: {
      documentId,
      source: item.source,
      externalId: item.externalId,
      remoteParentId: item.parentId ?? null,
      intake,
      channelDocumentId: extra.channelDocumentId ?? null,
      authorName: item.authorName ?? null,
      rating: item.rating ?? null,
      text: item.text,
      receivedAt: new Date(item.receivedAt),
      concerns: extra.concernsId ?? null,
      sentiment,
      category,
      status: 'new',
      createdAt: now,
      updatedAt: now,
    },
  });
  return { documentId, created: true };
}

/**
 * Runs `work` in a transaction, and once more when it lost a race on a unique index (two deliveries of one item at
 * the same moment). PostgreSQL aborts a transaction at the failed insert, so the retry is a new transaction.
 */
export async function retriedOnDuplicate<T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<T> {
  try {
    return await strapi.db.transaction(work);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return strapi.db.transaction(work);
  }
}
