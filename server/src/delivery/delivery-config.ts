import { z } from 'zod';

export const DELIVERY_PLATFORMS = ['facebook', 'instagram', 'x', 'linkedin', 'webhook', 'outbox'] as const;

const limiterSchema = z
  .object({
    max: z.number().int().min(1).max(100_000),
    durationMs: z.number().int().min(1).max(86_400_000),
  })
  .strict();

/** Plugin config `delivery`; every key optional, defaults filled by resolveDeliveryConfig. */
export const deliveryConfigSchema = z
  .object({
    workers: z.boolean().optional(),
    concurrency: z.number().int().min(1).max(200).optional(),
    limiter: z.partialRecord(z.enum(DELIVERY_PLATFORMS), limiterSchema).optional(),
    reconcileEveryMs: z.number().int().min(1000).max(86_400_000).optional(),
    /** BullMQ key prefix; instances sharing one Redis and one database must use the same one. */
    prefix: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, "-" and "_" only').optional(),
    /** Without Redis: how often the in-process poller looks for due publications. */
    pollEveryMs: z.number().int().min(100).max(600_000).optional(),
    /** A publication left 'publishing' this long (a crashed worker) is repaired by the reconciler. */
    stuckAfterMs: z.number().int().min(1000).optional(),
    maxAttempts: z.number().int().min(1).max(50).optional(),
    backoffMs: z.number().int().min(10).max(3_600_000).optional(),
  })
  .strict();

export type DeliveryPlatform = (typeof DELIVERY_PLATFORMS)[number];
export type LimiterConfig = z.infer<typeof limiterSchema>;

export interface DeliveryConfig {
  workers: boolean;
  concurrency: number;
  limiter: Partial<Record<DeliveryPlatform, LimiterConfig>>;
  reconcileEveryMs: number;
  prefix: string;
  pollEveryMs: number;
  stuckAfterMs: number;
  maxAttempts: number;
  backoffMs: number;
  redisUrl: string | null;
}

/** Conservative per-platform defaults, well under each platform's documented app-level quota. */
export const DEFAULT_LIMITERS: Partial<Record<DeliveryPlatform, LimiterConfig>> = {
  facebook: { max: 50, durationMs: 60_000 },
  instagram: { max: 20, durationMs: 60_000 },
  x: { max: 50, durationMs: 60_000 },
  linkedin: { max: 50, durationMs: 60_000 },
};

export function resolveDeliveryConfig(pluginConfig: { redis?: { url: string }; delivery?: z.infer<typeof deliveryConfigSchema> } | undefined): DeliveryConfig {
  const raw = pluginConfig?.delivery ?? {};
  return {
    workers: raw.workers ?? true,
    concurrency: raw.concurrency ?? 5,
    limiter: { ...DEFAULT_LIMITERS, ...raw.limiter },
    reconcileEveryMs: raw.reconcileEveryMs ?? 180_000,
    prefix: raw.prefix ?? 'clearpost',
    pollEveryMs: raw.pollEveryMs ?? 1000,
    stuckAfterMs: raw.stuckAfterMs ?? 10 * 60_000,
    maxAttempts: raw.maxAttempts ?? 8,
    backoffMs: raw.backoffMs ?? 5000,
    redisUrl: pluginConfig?.redis?.url ?? null,
  };
}
