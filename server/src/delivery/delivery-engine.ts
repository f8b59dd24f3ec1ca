import type { DeliveryQueues } from '../queue/delivery-queues';
import type { ReconcileReport } from './reconciler';
import type { ScheduleEntry } from './schedule-entry';

export type DeliveryMode = 'redis' | 'in-process' | 'api-only';

/** What runs publications: BullMQ on Redis, or a poller on the database. The database decides either way. */
export interface DeliveryEngine {
  readonly mode: DeliveryMode;
  /** Present in redis mode (API-only instances too): the producer side, also what Bull Board shows. */
  readonly queues: DeliveryQueues | null;
  schedule(entries: readonly ScheduleEntry[]): Promise<void>;
  unschedule(entries: readonly ScheduleEntry[]): Promise<void>;
  reconcile(): Promise<ReconcileReport>;
  stop(): Promise<void>;
}
