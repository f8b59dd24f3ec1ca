import { RetryableError } from '../platforms';

export interface RetryPolicy {
  maxAttempts: number;
  backoffMs: number;
}

const MAX_BACKOFF_MS = 60 * 60_000;

/**
 * How long to wait before attempt `attempt + 1`: what the platform asked for when it said, else
 * exponential with ±20% jitter so a burst of failures does not come back as one burst.
 */
export function retryDelayMs(error: RetryableError, attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  if (error.retryAfterMs !== undefined && error.retryAfterMs >= 0) return Math.min(error.retryAfterMs, MAX_BACKOFF_MS);
  const base = policy.backoffMs * 2 ** Math.max(0, attempt - 1);
  return Math.min(Math.round(base * (0.8 + 0.4 * random())), MAX_BACKOFF_MS);
}
