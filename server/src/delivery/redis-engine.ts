import type { Core } from '@strapi/strapi';
import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { DeliveryQueues } from '../queue/delivery-queues';
import { createDeliveryWorker } from '../queue/delivery-worker';
import { DELIVERY_PLATFORM_NAMES } from '../queue/queue-names';
import { createRedisConnection, quitQuietly } from '../queue/redis-connection';
import type { DeliveryConfig } from './delivery-config';
import type { DeliveryEngine } from './delivery-engine';
import type { PublicationProcessor } from './publication-processor';
import { repairStuck, requeueMissing, type ReconcileReport } from './reconciler';

export async function startRedisEngine(strapi: Core.Strapi, config: DeliveryConfig & { redisUrl: string }, processor: PublicationProcessor): Promise<DeliveryEngine> {
  const log = strapi.log;
  const producerConnection = createRedisConnection(config.redisUrl, 'producer');
  producerConnection.on('error', (error) => log.warn(`[clearpost] delivery redis (producer): ${error.message}`));
  const queues = new DeliveryQueues(producerConnection, config.prefix, log);
  const workers: Worker[] = [];
  const workerConnections: Redis[] = [];
  let timer: NodeJS.Timeout | null = null;
  let reconciling: Promise<ReconcileReport> | null = null;

  const reconcile = (): Promise<ReconcileReport> => {
    reconciling ??= (async () => {
      try {
        const stuck = await repairStuck(strapi, config.stuckAfterMs);
        const requeued = await requeueMissing(strapi, queues);
        if (stuck + requeued > 0) log.info(`[clearpost] delivery reconciler: ${requeued} re-enqueued, ${stuck} stuck repaired`);
        return { stuck, requeued };
      } finally {
        reconciling = null;
      }
    })();
    return reconciling;
  };

  if (config.workers) {
    for (const platform of DELIVERY_PLATFORM_NAMES) {
      const connection = createRedisConnection(config.redisUrl, 'worker');
      connection.on('error', (error) => log.warn(`[clearpost] delivery redis (${platform} worker): ${error.message}`));
      workerConnections.push(connection);
      workers.push(
        createDeliveryWorker({ platform, connection, prefix: config.prefix, concurrency: config.concurrency, limiter: config.limiter[platform], processor, log }),
      );
    }
    await reconcile().catch((error: unknown) => log.error(`[clearpost] delivery reconciler: ${(error as Error).message}`));
    timer = setInterval(() => {
      reconcile().catch((error: unknown) => log.error(`[clearpost] delivery reconciler: ${(error as Error).message}`));
    }, config.reconcileEveryMs);
    timer.unref();
  }
  log.info(`[clearpost] delivery: BullMQ on Redis (prefix "${config.prefix}"), ${config.workers ? `workers on, concurrency ${config.concurrency} per platform` : 'workers off (API only)'}`);

  return {
    mode: config.workers ? 'redis' : 'api-only',
    queues,
    schedule: (entries) => queues.enqueueMany(entries),
    async unschedule(entries) {
      for (const entry of entries) await queues.remove(entry.platform, entry.jobId);
    },
    reconcile,
    async stop() {
      if (timer) clearInterval(timer);
      await reconciling?.catch(() => undefined);
      await Promise.all(workers.map((worker) => worker.close()));
      await queues.close();
      await Promise.all([...workerConnections, producerConnection].map(quitQuietly));
    },
  };
}
