import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { PlatformName } from '../platforms';
import { DELIVERY_PLATFORM_NAMES, deliveryQueueName, PUBLISH_JOB, type PublishJobData } from './queue-names';

export interface EnqueueInput {
  platform: PlatformName;
  jobId: string;
  publicationDocumentId: string;
  contentHash: string;
  dueAt: Date;
}

type Logger = { error(message: string): void };

/** The producer side: one BullMQ queue per platform, one delayed job per publication. */
export class DeliveryQueues {
  private readonly queues = new Map<PlatformName, Queue<PublishJobData>>();

  constructor(
    connection: Redis,
    readonly prefix: string,
    log: Logger,
  ) {
    for (const platform of DELIVERY_PLATFORM_NAMES) {
      const queue = new Queue<PublishJobData>(deliveryQueueName(platform), {
        connection,
        prefix,
        defaultJobOptions: {
          // Retries of platform errors are the processor's (moveToDelayed); these cover the processor's own failures (a DB blip).
          attempts: 5,
          backoff: { type: 'exponential', delay: 2000 },
          removeOnComplete: { age: 7 * 24 * 3600, count: 5000 },
          removeOnFail: { age: 30 * 24 * 3600, count: 20000 },
        },
      });
      queue.on('error', (error) => log.error(`[clearpost] delivery queue ${platform}: ${error.message}`));
      this.queues.set(platform, queue);
    }
  }

  queueFor(platform: PlatformName): Queue<PublishJobData> {
    const queue = this.queues.get(platform);
    if (!queue) throw new Error(`no delivery queue for platform "${platform}"`);
    return queue;
  }

  all(): Queue<PublishJobData>[] {
    return [...this.queues.values()];
  }

  async enqueue(input: EnqueueInput, now = Date.now()): Promise<void> {
    await this.queueFor(input.platform).add(
      PUBLISH_JOB,
      { publicationDocumentId: input.publicationDocumentId, contentHash: input.contentHash },
      { jobId: input.jobId, delay: Math.max(0, input.dueAt.getTime() - now) },
    );
  }

  async enqueueMany(inputs: readonly EnqueueInput[], now = Date.now()): Promise<void> {
    const byPlatform = new Map<PlatformName, EnqueueInput[]>();
    for (const input of inputs) byPlatform.set(input.platform, [...(byPlatform.get(input.platform) ?? []), input]);
    for (const [platform, batch] of byPlatform) {
      await this.queueFor(platform).addBulk(
        batch.map((input) => ({
          name: PUBLISH_JOB,
          data: { publicationDocumentId: input.publicationDocumentId, contentHash: input.contentHash },
          opts: { jobId: input.jobId, delay: Math.max(0, input.dueAt.getTime() - now) },
        })),
      );
    }
  }

  /** 'unknown' when Redis has no such job (never added, removed, or Redis lost it). */
  async state(platform: PlatformName, jobId: string): Promise<string> {
    return this.queueFor(platform).getJobState(jobId);
  }

  async remove(platform: PlatformName, jobId: string): Promise<void> {
    const job = await this.queueFor(platform).getJob(jobId);
    if (!job) return;
    try {
      await job.remove();
    } catch {
      // Locked by a worker right now: the claim in the database decides what happens to it.
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.all().map((queue) => queue.close()));
  }
}
