import type { Core } from '@strapi/strapi';
import { UID } from '../constants';

const columnOf = (strapi: Core.Strapi, uid: string, attribute: string): string => {
  const meta = strapi.db.metadata.get(uid as never) as unknown as { attributes: Record<string, { columnName?: string }> };
  return meta.attributes[attribute]?.columnName ?? attribute;
};

/**
 * Strapi's `unique` is a validator check, not a database constraint. These make "the same item twice is stored
 * once" and "a replayed webhook is refused" hold even when two requests race, across instances.
 */
export async function ensureFeedbackIndexes(strapi: Core.Strapi): Promise<void> {
  const { collectionName: feedback } = strapi.getModel(UID.feedback) as { collectionName: string };
  const { collectionName: receipts } = strapi.getModel(UID.feedbackWebhookReceipt) as { collectionName: string };
  const source = columnOf(strapi, UID.feedback, 'source');
  const externalId = columnOf(strapi, UID.feedback, 'externalId');
  const signature = columnOf(strapi, UID.feedbackWebhookReceipt, 'signature');
  await strapi.db.connection.raw(
    `CREATE UNIQUE INDEX IF NOT EXISTS ${feedback}_source_external_id_unique ON ${feedback} (${source}, ${externalId})`
  );
  await strapi.db.connection.raw(`CREATE UNIQUE INDEX IF NOT EXISTS ${receipts}_signature_unique ON ${receipts} (${signature})`);
}

/** SQLite, PostgreSQL and MySQL word a unique violation differently. */
export const isUniqueViolation = (error: unknown): boolean => {
  const e = error as { code?: string; message?: string } | null;
  return (
    e?.code === '23505' ||
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e?.code === 'ER_DUP_ENTRY' ||
    /unique constraint/i.test(e?.message ?? '')
  );
};
