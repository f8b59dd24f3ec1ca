import type { Core } from '@strapi/strapi';
import { UID, type AuditAction } from '../constants';
import { GENESIS_HASH, hashEvent, payloadOf, verifyChain, type ChainedEvent, type ChainVerdict } from '../audit/audit-chain';
import { toCsv } from '../utils/csv';
import { createAuditEventInsert } from '../audit/audit-event-insert';
import type { Knex } from 'knex';

export interface AuditActor {
  id: number | null;
  name: string | null;
}

export interface AuditInput {
  action: AuditAction;
  actor: AuditActor | null;
  contentUid?: string | null;
  documentId?: string | null;
  contentHash?: string | null;
  findings?: unknown;
  details?: unknown;
}

// Any constant works; it only has to be the same for every instance sharing the database.
const PG_APPEND_LOCK = 0x0c1ea9;

const COLUMNS = ['sequence', 'occurredAt', 'action', 'actorId', 'actorName', 'subjectUid', 'subjectDocumentId', 'contentHash', 'findings', 'details', 'prevHash', 'hash'] as const;

export function actorOf(user: { id?: number; firstname?: string | null; lastname?: string | null; email?: string | null } | null | undefined): AuditActor | null {
  if (!user) return null;
  const name = [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email || null;
  return { id: user.id ?? null, name };
}

interface ChainHead {
  sequence: number | string;
  hash: string;
}

function chainedEvent(head: ChainHead | null, input: AuditInput): ChainedEvent {
  const payload = payloadOf({
    sequence: (head ? Number(head.sequence) : 0) + 1,
    action: input.action,
    actorId: input.actor?.id ?? null,
    actorName: input.actor?.name ?? null,
    subjectUid: input.contentUid ?? null,
    subjectDocumentId: input.documentId ?? null,
    contentHash: input.contentHash ?? null,
    findings: input.findings ?? null,
    details: input.details ?? null,
    occurredAt: new Date().toISOString(),
  });
  const prevHash = head?.hash ?? GENESIS_HASH;
  return { ...payload, prevHash, hash: hashEvent(prevHash, payload) };
}

/** Append-only, hash-chained audit trail. Appends are serialised so the chain never forks. */
export const createAuditService = ({ strapi }: { strapi: Core.Strapi }) => {
  let tail: Promise<unknown> = Promise.resolve();
  // The chain's last committed event, so an append is one insert instead of a read and an insert.
  // Postgres instances share the chain under an advisory lock and must read it; elsewhere a stale head
  // (another process appended) collides with the unique sequence index and is read again.
  let committedHead: ChainHead | null = null;
  const headIsCacheable = () => strapi.db.dialect.client !== 'postgres';

  const readHead = async (): Promise<ChainHead | null> =>
    (await strapi.db.query(UID.auditEvent).findOne({ orderBy: { sequence: 'desc' }, select: ['sequence', 'hash'] })) as ChainHead | null;

  const insertEvent = createAuditEventInsert(strapi);
  const insertAfter = async (trx: Knex.Transaction, head: ChainHead | null, input: AuditInput) => {
    const event = chainedEvent(head, input);
    await insertEvent(trx, event);
    return event;
  };

  const appendNow = (input: AuditInput) =>
    strapi.db.transaction(async ({ trx, onCommit }) => {
      if (strapi.db.dialect.client === 'postgres') await trx.raw('select pg_advisory_xact_lock(?)', [PG_APPEND_LOCK]);
      const cached = headIsCacheable() ? committedHead : null;
      // Until this append commits, the head it leaves is not safe to build on from another transaction.
      committedHead = null;
      let event: ChainedEvent;
      try {
        event = await insertAfter(trx, cached ?? (await readHead()), input);
      } catch (error) {
        if (!cached) throw error;
        event = await insertAfter(trx, await readHead(), input);
      }
      if (headIsCacheable()) onCommit(() => (committedHead = { sequence: event.sequence, hash: event.hash }));
      return event;
    });

  const ordered = async (): Promise<ChainedEvent[]> =>
    (await strapi.db.query(UID.auditEvent).findMany({ orderBy: { sequence: 'asc' } })) as ChainedEvent[];

  return {
    append(input: AuditInput): Promise<unknown> {
      const result = tail.then(() => appendNow(input));
      tail = result.catch(() => undefined);
      return result;
    },

    async list(filter: { documentId?: string; limit?: number }): Promise<ChainedEvent[]> {
      return (await strapi.db.query(UID.auditEvent).findMany({
        where: filter.documentId ? { subjectDocumentId: filter.documentId } : {},
        orderBy: { sequence: 'asc' },
        limit: filter.limit ?? 1000,
      })) as ChainedEvent[];
    },

    async verify(): Promise<ChainVerdict> {
      return verifyChain(await ordered());
    },

    toCsv(events: readonly ChainedEvent[]): string {
      return toCsv(
        [...COLUMNS],
        events.map((event) =>
          COLUMNS.map((column) => {
            const value = (event as unknown as Record<string, unknown>)[column];
            if (column === 'occurredAt') return new Date(value as string).toISOString();
            return value !== null && typeof value === 'object' ? JSON.stringify(value) : value;
          })
        )
      );
    },
  };
};

export type AuditService = ReturnType<typeof createAuditService>;
