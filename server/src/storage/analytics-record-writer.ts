import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import type { PeriodMetrics } from '../insights/period-merge';

// Small enough for SQLite's bound-parameter limit with 15 columns per row.
const CHUNK = 200;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

/** 24 lowercase letters and digits, the shape of Strapi's own document ids. */
function newDocumentId(): string {
  const bytes = randomBytes(24);
  let id = ALPHABET[bytes[0]! % 26]!;
  for (let i = 1; i < 24; i += 1) id += ALPHABET[bytes[i]! % ALPHABET.length];
  return id;
}

/**
 * Inserts records for one channel in bulk. The query engine's createMany skips relations, so the channel
 * links go into the relation's join table here. Call inside strapi.db.transaction and pass its trx.
 */
export async function insertAnalyticsRecords(
  strapi: Core.Strapi,
  trx: unknown,
  channelId: number,
  records: readonly PeriodMetrics[],
): Promise<void> {
  const meta = strapi.db.metadata.get(UID.analyticsRecord) as unknown as { attributes: { channel: { joinTable: JoinTable } } };
  const join = meta.attributes.channel.joinTable;
  const now = new Date();
  for (let i = 0; i < records.length; i += CHUNK) {
    const chunk = records.slice(i, i + CHUNK);
    const documentIds = chunk.map(newDocumentId);
    await strapi.db.query(UID.analyticsRecord).createMany({
      data: chunk.map((record, j) => ({ ...record, documentId: documentIds[j], createdAt: now, updatedAt: now })),
    });
    const created = (await strapi.db.query(UID.analyticsRecord).findMany({
      where: { documentId: { $in: documentIds } },
      select: ['id'],
    })) as Array<{ id: number }>;
    if (created.length !== chunk.length) throw new Error(`Expected ${chunk.length} new analytics records, found ${created.length}`);
    await strapi.db
      .getConnection(join.name)
      .transacting(trx as never)
      .insert(created.map((row) => ({ [join.joinColumn.name]: row.id, [join.inverseJoinColumn.name]: channelId })));
  }
}
