import type { Core } from '@strapi/strapi';
import type { DeliveryConfig } from './delivery-config';
import type { DeliveryEngine } from './delivery-engine';
import { InProcessPoller } from './in-process-poller';
import type { PublicationProcessor } from './publication-processor';
import { repairStuck } from './reconciler';

export async function startInProcessEngine(strapi: Core.Strapi, config: DeliveryConfig, processor: PublicationProcessor): Promise<DeliveryEngine> {
  if (!config.workers) {
    strapi.log.warn('[clearpost] delivery: no Redis configured and workers are off — nothing on this instance will send publications');
    return { mode: 'api-only', queues: null, schedule: async () => undefined, unschedule: async () => undefined, reconcile: async () => ({ stuck: 0, requeued: 0 }), stop: async () => undefined };
  }
  const poller = new InProcessPoller(strapi, processor, { pollEveryMs: config.pollEveryMs, concurrency: config.concurrency });
  const reconcile = async () => ({ stuck: await repairStuck(strapi, config.stuckAfterMs), requeued: 0 });
  await reconcile();
  poller.start();
  const repairTimer = setInterval(() => {
    reconcile().catch((error: unknown) => strapi.log.error(`[clearpost] delivery reconciler: ${(error as Error).message}`));
  }, config.reconcileEveryMs);
  repairTimer.unref();
  strapi.log.info(
    `[clearpost] delivery: no Redis configured (plugin config redis.url), so publications run in-process from the database, polled every ${config.pollEveryMs} ms — run a single instance`,
  );
  return {
    mode: 'in-process',
    queues: null,
    schedule: async () => poller.poke(),
    unschedule: async () => undefined,
    reconcile,
    async stop() {
      clearInterval(repairTimer);
      await poller.stop();
    },
  };
}
