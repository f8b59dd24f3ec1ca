import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { newDocumentId } from '../utils/document-id';
import { feedbackKey, type IncomingFeedback } from '../feedback/incoming-feedback';
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

/** The items already stored, by `feedbackKey`: one query per source instead of one per item. */
export async function storedFeedback(strapi: Core.Strapi, items: readonly IncomingFeedback[]): Promise<Map<string, string>> {
  const bySource = new Map<string, string[]>();
  for (const item of items) bySource.set(item.source, [...(bySource.get(item.source) ?? []), item.externalId]);
  const found = new Map<string, string>();
  for (const [source, externalIds] of bySource) {
    const rows = (await feedbackRows(strapi).findMany({
      where: { source, externalId: { $in: externalIds } },
      select: ['documentId', 'source', 'externalId'],
    })) as Array<{ documentId: string; source: IncomingFeedback['source']; externalId: string }>;
    for (const row of rows) found.set(feedbackKey(row), row.documentId);
  }
  return found;
}

/**
 * Stores an item unless `existing` (from storedFeedback, read in the same transaction) has it; then that row is
 * the answer. A concurrent insert of the same item fails on the unique index: run this in `retriedOnDuplicate`, whose second
 * attempt finds the winner's row.
 */
export async function storeItem(
  strapi: Core.Strapi,
  item: IncomingFeedback,
  intake: IntakeChannel,
  extra: { concernsId?: number; channelDocumentId?: string; existing: ReadonlyMap<string, string> }
): Promise<StoredItem> {
  const existing = extra.existing.get(feedbackKey(item));
  if (existing) return { documentId: existing, created: false };
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
