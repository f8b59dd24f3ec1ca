/*
 * Delivery: N publication jobs due within a window (default 10,000 within 60 s) through Clearpost's
 * queue + worker + processor to the local fake webhook receiver, against bare BullMQ processing N no-op
 * delayed jobs with the same concurrency, measured in the same run on the same Redis.
 *
 * The database is replaced by an in-memory PublicationStore with the same guarded transitions, so the
 * figures are the engine's (BullMQ, HTTP, signing), not SQLite's.
 *
 *   npx tsc -p tsconfig.build.json && node dist/scripts/bench/delivery.js
 *   BENCH_DELIVERY_N=2000 BENCH_DELIVERY_WINDOW_MS=20000 node dist/scripts/bench/delivery.js
 */
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { createHash } from 'node:crypto';
import { createAdapterRegistry } from '../../server/src/delivery/adapter-registry';
import { MemoryPublicationStore } from '../../server/src/delivery/memory-publication-store';
import { createPublicationProcessor, type PublicationProcessor } from '../../server/src/delivery/publication-processor';
import { DeliveryQueues } from '../../server/src/queue/delivery-queues';
import { createDeliveryWorker } from '../../server/src/queue/delivery-worker';
import { publicationJobId } from '../../server/src/queue/job-id';
import { startFakePlatforms } from '../../tests/fake-platforms';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const N = Number(process.env.BENCH_DELIVERY_N ?? 10_000);
const WINDOW_MS = Number(process.env.BENCH_DELIVERY_WINDOW_MS ?? 60_000);
const LEAD_MS = Number(process.env.BENCH_DELIVERY_LEAD_MS ?? 15_000);
const CONCURRENCY = Number(process.env.BENCH_DELIVERY_CONCURRENCY ?? 10);
const CHUNK = 1000;
const enqueueMs = { bare: 0, clearpost: 0 };

interface Figures {
  label: string;
  done: number;
  wallMs: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
}

const log = { error: (m: string) => console.error(m), warn: (m: string) => console.warn(m) };

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function summarise(label: string, lateness: number[], firstDue: number, lastDone: number): Figures {
  const sorted = [...lateness].sort((a, b) => a - b);
  const wallMs = lastDone - firstDue;
  return { label, done: lateness.length, wallMs, perSecond: (lateness.length / Math.max(1, wallMs)) * 1000, p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), max: sorted[sorted.length - 1] };
}

/** Due times spread evenly over the window, starting LEAD_MS from now (time to add the jobs). */
function dueTimes(start: number): number[] {
  return Array.from({ length: N }, (_, i) => start + Math.floor((i * WINDOW_MS) / N));
}

async function deleteKeys(prefix: string): Promise<void> {
  const redis = new IORedis(REDIS_URL);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
  redis.disconnect();
}

function waitUntil(predicate: () => boolean, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + timeoutMs;
    const tick = setInterval(() => {
      if (predicate()) {
        clearInterval(tick);
        resolve();
      } else if (Date.now() > deadline) {
        clearInterval(tick);
        reject(new Error('bench timed out'));
      }
    }, 50);
  });
}

async function bareBullmq(prefix: string): Promise<Figures> {
  const producer = new IORedis(REDIS_URL);
  const workerConnection = new IORedis(REDIS_URL, { maxRetriesPerRequest: null });
  const queue = new Queue('bench-noop', { connection: producer, prefix });
  queue.on('error', (e) => log.error(e.message));
  const lateness: number[] = [];
  let lastDone = 0;
  const start = Date.now() + LEAD_MS;
  const due = dueTimes(start);
  const worker = new Worker(
    'bench-noop',
    async (job) => {
      lastDone = Date.now();
      lateness.push(lastDone - (job.data as { at: number }).at);
    },
    { connection: workerConnection, prefix, concurrency: CONCURRENCY },
  );
  worker.on('error', (e) => log.error(e.message));
  const addStart = Date.now();
  for (let i = 0; i < N; i += CHUNK) {
    const now = Date.now();
    await queue.addBulk(due.slice(i, i + CHUNK).map((at, j) => ({ name: 'noop', data: { at }, opts: { jobId: `noop-${i + j}`, delay: Math.max(0, at - now), removeOnComplete: true } })));
  }
  enqueueMs.bare = Date.now() - addStart;
  await waitUntil(() => lateness.length >= N, WINDOW_MS + LEAD_MS + 120_000);
  await worker.close();
  await queue.close();
  await Promise.all([producer.quit(), workerConnection.quit()]);
  return summarise(`bare BullMQ, no-op jobs (concurrency ${CONCURRENCY})`, lateness, start, lastDone);
}

async function clearpostDelivery(prefix: string): Promise<Figures & { requests: number; duplicates: number }> {
  const fake = await startFakePlatforms();
  const store = new MemoryPublicationStore();
  const adapterFor = createAdapterRegistry({ CLEARPOST_WEBHOOK_API_URL: fake.baseUrlFor('webhook') });
  const processor = createPublicationProcessor({
    store,
    adapterFor,
    credentialsFor: async () => ({ accessToken: fake.webhookSecret, accountId: 'bench' }),
    policy: { maxAttempts: 5, backoffMs: 500 },
  });
  const lateness: number[] = [];
  let lastDone = 0;
  const dueById = new Map<string, number>();
  const measured: PublicationProcessor = async (documentId, contentHash) => {
    const outcome = await processor(documentId, contentHash);
    if (outcome.kind === 'published') {
      lastDone = Date.now();
      lateness.push(lastDone - dueById.get(documentId)!);
    }
    return outcome;
  };

  const producer = new IORedis(REDIS_URL);
  const workerConnection = new IORedis(REDIS_URL, { maxRetriesPerRequest: null });
  const queues = new DeliveryQueues(producer, prefix, log);
  const contentHash = createHash('sha256').update('bench').digest('hex');
  const start = Date.now() + LEAD_MS;
  const due = dueTimes(start);
  const entries = due.map((at, i) => {
    const documentId = `bench${i.toString(36).padStart(8, '0')}`;
    const jobId = publicationJobId(documentId, contentHash);
    dueById.set(documentId, at);
    store.add({
      documentId,
      postDocumentId: 'benchpost',
      channelDocumentId: `benchchannel${i % 50}`,
      platform: 'webhook',
      scheduledAt: new Date(at),
      status: 'scheduled',
      attempts: 0,
      contentHash,
      jobId,
      payload: { text: `Bench publication ${i}: our clinics are open on Saturday.`, images: [] },
      publishingStartedAt: null,
    });
    return { platform: 'webhook' as const, jobId, publicationDocumentId: documentId, contentHash, dueAt: new Date(at) };
  });
  const worker = createDeliveryWorker({ platform: 'webhook', connection: workerConnection, prefix, concurrency: CONCURRENCY, processor: measured, log });
  const addStart = Date.now();
  for (let i = 0; i < N; i += CHUNK) await queues.enqueueMany(entries.slice(i, i + CHUNK));
  enqueueMs.clearpost = Date.now() - addStart;
  await waitUntil(() => lateness.length >= N, WINDOW_MS + LEAD_MS + 300_000);
  await worker.close();
  await queues.close();
  await Promise.all([producer.quit(), workerConnection.quit()]);
  const keys = fake.requests.map((r) => String(r.headers['idempotency-key']));
  await fake.close();
  return {
    ...summarise(`Clearpost delivery → fake webhook (concurrency ${CONCURRENCY})`, lateness, start, lastDone),
    requests: keys.length,
    duplicates: keys.length - new Set(keys).size,
  };
}

function print(f: Figures): void {
  console.log(
    `${f.label.padEnd(56)} ${String(f.done).padStart(6)} jobs  ${(f.wallMs / 1000).toFixed(1).padStart(6)} s from first due to last done  ${f.perSecond.toFixed(0).padStart(5)} jobs/s  lateness p50 ${f.p50} ms  p99 ${f.p99} ms  max ${f.max} ms`,
  );
}

export async function run(): Promise<void> {
  const prefix = `cp-bench-${process.pid}-${Date.now().toString(36)}`;
  console.log(`${N} jobs ${WINDOW_MS > 0 ? `due over ${WINDOW_MS / 1000} s (arrival ${(N / (WINDOW_MS / 1000)).toFixed(0)}/s)` : 'all due at once (capacity)'}, Redis ${REDIS_URL}, prefix ${prefix}`);
  try {
    const bare = await bareBullmq(`${prefix}-bare`);
    print(bare);
    const ours = await clearpostDelivery(`${prefix}-cp`);
    print(ours);
    console.log(`fake webhook received ${ours.requests} publications, ${ours.duplicates} duplicates`);
    console.log(`enqueueing ${N} jobs took ${enqueueMs.bare} ms (bare) and ${enqueueMs.clearpost} ms (Clearpost, one delayed job per publication)`);
  } finally {
    await deleteKeys(`${prefix}-bare`);
    await deleteKeys(`${prefix}-cp`);
  }
}

if (require.main === module) {
  run().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
