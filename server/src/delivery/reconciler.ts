import type { Core } from '@strapi/strapi';
import type { DeliveryQueues } from '../queue/delivery-queues';
import type { PlatformName } from '../platforms';
import { publications, type PublicationRow } from './publication-rows';
import { PENDING_STATUSES } from './publication-status';
import { toEntry } from './publication-writer';

/** Platforms that deduplicate on our idempotency key, so a crashed send may be repeated safely. */
const SAFE_TO_REPEAT: ReadonlySet<PlatformName> = new Set(['outbox']);
const PAGE = 500;

export interface ReconcileReport {
  stuck: number;
  requeued: number;
}

/** 'publishing' for longer than any send can take means the worker died mid-send. */
export async function repairStuck(strapi: Core.Strapi, stuckAfterMs: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - stuckAfterMs);
  const stuck = (await publications(strapi).findMany({
    where: { status: 'publishing', publishingStartedAt: { $lt: cutoff } },
    select: ['id', 'platform'],
  } as never)) as Array<Pick<PublicationRow, 'id' | 'platform'>>;
  let repaired = 0;
  for (const row of stuck) {
    const safe = SAFE_TO_REPEAT.has(row.platform as PlatformName);
    const { count } = await publications(strapi).updateMany({
      where: { id: row.id, status: 'publishing' },
      data: safe
        ? { status: 'queued', nextAttemptAt: null, lastError: 'worker stopped while publishing; repeated (platform deduplicates)' }
        : { status: 'unknown', lastError: 'worker stopped while publishing: the post may or may not exist on the platform; check it and resolve' },
    } as never);
    repaired += count;
  }
  return repaired;
}

/**
 * Redis is an engine, not a record: every pending publication whose job is missing (Redis restarted
 * empty, a flush, an enqueue that failed after commit) or finished without the row moving on gets a
 * job again. The claim keeps a duplicate job harmless.
 */
export async function requeueMissing(strapi: Core.Strapi, queues: DeliveryQueues, now = Date.now()): Promise<number> {
  let requeued = 0;
  let lastId = 0;
  for (;;) {
    const rows = (await publications(strapi).findMany({
      where: { status: { $in: [...PENDING_STATUSES] }, id: { $gt: lastId } },
      select: ['id', 'documentId', 'platform', 'jobId', 'contentHash', 'scheduledAt', 'nextAttemptAt'],
      orderBy: { id: 'asc' },
      limit: PAGE,
    } as never)) as PublicationRow[];
    if (rows.length === 0) return requeued;
    lastId = rows[rows.length - 1].id;
    const states = await Promise.all(rows.map((row) => queues.state(row.platform as PlatformName, row.jobId)));
    const stale = rows.filter((_, i) => states[i] === 'unknown' || states[i] === 'completed' || states[i] === 'failed');
    // 'unknown' may still leave the job's hash (Redis lost only the schedule); BullMQ ignores an add
    // whose id already exists, so the leftover must go or the publication would never be sent.
    await Promise.all(stale.map((row) => queues.remove(row.platform as PlatformName, row.jobId)));
    const missing = stale.map(toEntry);
    if (missing.length > 0) await queues.enqueueMany(missing, now);
    requeued += missing.length;
  }
}
