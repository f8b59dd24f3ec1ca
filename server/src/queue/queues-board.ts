import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { KoaAdapter } from '@bull-board/koa';
import type { Queue } from 'bullmq';

export const QUEUES_UI_PATH = '/admin/clearpost/queues';

export type KoaMiddleware = (ctx: any, next: () => Promise<unknown>) => Promise<unknown>;

/**
 * Bull Board for the delivery queues. @bull-board/koa builds a koa 3 app and mounts it with koa-mount;
 * mounted into Strapi's koa 2 it only uses ctx/request/response APIs both versions share.
 */
export function createQueuesBoard(queues: readonly Queue[]): KoaMiddleware {
  const serverAdapter = new KoaAdapter();
  serverAdapter.setBasePath(QUEUES_UI_PATH);
  // @bull-board/koa 9.10.1 nests its own @bull-board/api 9.10.1: same shapes, separate declarations.
  createBullBoard({ queues: queues.map((queue) => new BullMQAdapter(queue)), serverAdapter: serverAdapter as never, options: { uiConfig: { boardTitle: 'Clearpost delivery' } } });
  return serverAdapter.registerPlugin() as unknown as KoaMiddleware;
}
