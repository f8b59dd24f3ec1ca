import { DelayedError, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { LimiterConfig } from '../delivery/delivery-config';
import type { PublicationProcessor } from '../delivery/publication-processor';
import type { PlatformName } from '../platforms';
import { deliveryQueueName, type PublishJobData } from './queue-names';

export interface DeliveryWorkerOptions {
  platform: PlatformName;
  connection: Redis;
  prefix: string;
  concurrency: number;
  limiter?: LimiterConfig;
  processor: PublicationProcessor;
  log: { error(message: string): void; warn(message: string): void };
}

/** A BullMQ worker for one platform's queue that maps processor outcomes onto BullMQ's job states. */
export function createDeliveryWorker(options: DeliveryWorkerOptions): Worker<PublishJobData> {
  const worker = new Worker<PublishJobData>(
    deliveryQueueName(options.platform),
    async (job: Job<PublishJobData>, token?: string) => {
      const outcome = await options.processor(job.data.publicationDocumentId, job.data.contentHash);
      switch (outcome.kind) {
        case 'retry':
          await job.moveToDelayed(Date.now() + outcome.delayMs, token);
          throw new DelayedError();
        case 'failed':
          throw new UnrecoverableError(outcome.error);
        case 'unknown':
          throw new UnrecoverableError(`outcome unknown, not retried: ${outcome.error}`);
        default:
          return outcome;
      }
    },
    {
      connection: options.connection,
      prefix: options.prefix,
      concurrency: options.concurrency,
      ...(options.limiter ? { limiter: { max: options.limiter.max, duration: options.limiter.durationMs } } : {}),
    },
  );
  worker.on('error', (error) => options.log.error(`[clearpost] delivery worker ${options.platform}: ${error.message}`));
  return worker;
}
