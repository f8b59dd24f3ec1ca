import IORedis, { type Redis } from 'ioredis';

export type ConnectionRole = 'producer' | 'worker';

/**
 * Workers block on Redis and must never give up a command (maxRetriesPerRequest: null, as BullMQ
 * requires); producers fail fast instead, so a publish request is not held hostage by a Redis outage —
 * the reconciler enqueues whatever could not be.
 */
export function createRedisConnection(url: string, role: ConnectionRole): Redis {
  return new IORedis(url, role === 'worker' ? { maxRetriesPerRequest: null } : { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 3000 });
}

export async function quitQuietly(connection: Redis): Promise<void> {
  try {
    await connection.quit();
  } catch {
    connection.disconnect();
  }
}
