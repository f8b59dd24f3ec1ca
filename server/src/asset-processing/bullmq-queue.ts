import { Queue, Worker } from 'bullmq';
import IORedis, { type Redis } from 'ioredis';
import type { ProcessingJob, ProcessingQueue, ProcessJob } from './processing-queue';

export const PROCESSING_QUEUE_NAME = 'clearpost-image-processing';
const JOB_NAME = 'process-asset';

async function quit(connection: Redis): Promise<void> {
  await connection.quit().catch(() => connection.disconnect());
}

/**
 * Completed jobs are removed at once, so an id dedupes only while its job waits or runs; a finished
 * state is recognised from the asset row instead (see the service's enqueue).
 */
export function createBullmqQueue(
  options: { redisUrl: string; prefix: string; concurrency?: number },
  run: ProcessJob,
  onError: (where: string, error: unknown) => void
): ProcessingQueue {
  const producer = new IORedis(options.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 3000 });
  const consumer = new IORedis(options.redisUrl, { maxRetriesPerRequest: null });
  producer.on('error', (error) => onError('redis', error));
  consumer.on('error', (error) => onError('redis', error));

  const queue = new Queue<ProcessingJob>(PROCESSING_QUEUE_NAME, { connection: producer, prefix: options.prefix });
  const worker = new Worker<ProcessingJob>(PROCESSING_QUEUE_NAME, (job) => run(job.id ?? '', job.data), {
    connection: consumer,
    prefix: options.prefix,
    concurrency: options.concurrency ?? 1,
  });
  queue.on('error', (error) => onError('queue', error));
  worker.on('error', (error) => onError('worker', error));
  worker.on('failed', (job, error) => onError(`job ${job?.id ?? '?'}`, error));

  return {
    mode: 'bullmq',
    async add(jobId, job) {
      await queue.add(JOB_NAME, job, { jobId, removeOnComplete: true, removeOnFail: 100 });
    },
    async close() {
      await worker.close();
      await queue.close();
      await quit(consumer);
      await quit(producer);
    },
  };
}
