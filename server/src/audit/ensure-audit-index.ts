import type { Core } from '@strapi/strapi';
import { UID } from '../constants';

/**
 * Strapi's `unique` is checked by its validator, not the database. A unique index makes a forked chain
 * (two events with one sequence number) impossible even across instances, and keeps "last event" a
 * lookup instead of a scan as the trail grows.
 */
export async function ensureAuditIndex(strapi: Core.Strapi): Promise<void> {
  const { collectionName: table } = strapi.getModel(UID.auditEvent) as { collectionName: string };
  await strapi.db.connection.raw(`CREATE UNIQUE INDEX IF NOT EXISTS ${table}_sequence_unique ON ${table} (sequence)`);
}
