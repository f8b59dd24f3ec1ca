import type { Core } from '@strapi/strapi';
import type { PublicationProcessor } from './publication-processor';
import { publications, type PublicationRow } from './publication-rows';
import { PENDING_STATUSES } from './publication-status';

const BATCH = 200;

/**
 * Without Redis: the database is the queue. Single instance only — the claim still prevents a double
 * send, but there is no shared rate limiter.
 */
export class InProcessPoller {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly processor: PublicationProcessor,
    private readonly options: { pollEveryMs: number; concurrency: number },
  ) {}

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => this.poke(), this.options.pollEveryMs);
    this.timer.unref();
    this.poke();
  }

  /** Runs a pass now unless one is running. */
  poke(): void {
    if (this.running || this.stopped) return;
    this.running = this.pass()
      .catch((error: unknown) => {
        this.strapi.log.error(`[clearpost] delivery poller: ${(error as Error).message}`);
      })
      .finally(() => {
        this.running = null;
      });
  }

  private async pass(): Promise<void> {
    const now = new Date();
    const due = (await publications(this.strapi).findMany({
      where: {
        status: { $in: [...PENDING_STATUSES] },
        scheduledAt: { $lte: now },
        $or: [{ nextAttemptAt: { $null: true } }, { nextAttemptAt: { $lte: now } }],
      },
      select: ['documentId', 'contentHash'],
      orderBy: { scheduledAt: 'asc' },
      limit: BATCH,
    } as never)) as Array<Pick<PublicationRow, 'documentId' | 'contentHash'>>;
    let next = 0;
    const lane = async () => {
      while (next < due.length && !this.stopped) {
        const row = due[next];
        next += 1;
        await this.processor(row.documentId, row.contentHash);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.options.concurrency, due.length) }, lane));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
