import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { UID } from '../constants';
import { newDocumentId } from '../utils/document-id';
import type { ChainedEvent } from './audit-chain';

type Attribute = keyof Omit<ChainedEvent, 'id'>;

const JSON_ATTRIBUTES: ReadonlySet<Attribute> = new Set(['findings', 'details']);

/**
 * Writes one finished audit event with a single INSERT in the caller's transaction. The event is complete
 * and hashed before it is written, so Strapi's query layer had nothing left to decide, yet it doubled the
 * cost of the insert on every publish (attribute mapping, lifecycles, defaults: 0.57 vs 0.27 ms on SQLite).
 * Columns come from Strapi's own metadata, and the row gets what Strapi's layer would add (document id,
 * timestamps), so reads through Strapi see the same row either way.
 */
export function createAuditEventInsert(strapi: Core.Strapi) {
  let table: { name: string; columns: Map<string, string> } | null = null;
  const describe = () => {
    const meta = strapi.db.metadata.get(UID.auditEvent);
    const columns = new Map<string, string>();
    for (const [name, attribute] of Object.entries(meta.attributes) as Array<[string, { columnName?: string }]>)
      if (attribute.columnName) columns.set(name, attribute.columnName);
    return { name: meta.tableName, columns };
  };

  return async (trx: Knex.Transaction, event: ChainedEvent): Promise<void> => {
    table ??= describe();
    const at = new Date(event.occurredAt);
    const row: Record<string, unknown> = {};
    const set = (attribute: string, value: unknown) => {
      const column = table!.columns.get(attribute);
      if (!column) throw new Error(`Audit event attribute '${attribute}' has no column`);
      row[column] = value;
    };
    for (const [attribute, value] of Object.entries(event) as Array<[Attribute | 'id', unknown]>) {
      if (attribute === 'id') continue;
      if (attribute === 'occurredAt') set(attribute, at);
      else set(attribute, JSON_ATTRIBUTES.has(attribute) && value != null ? JSON.stringify(value) : value);
    }
    set('documentId', newDocumentId());
    set('createdAt', at);
    set('updatedAt', at);
    set('publishedAt', at);
    const schema = strapi.db.getSchemaName();
    await (schema ? trx(table.name).withSchema(schema) : trx(table.name)).insert(row);
  };
}
