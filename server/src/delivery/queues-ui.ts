import type { Core } from '@strapi/strapi';
import { QUEUES_UI_PATH, type KoaMiddleware } from '../queue/queues-board';
import { isDeliveryOperator } from './operator-guard';

/**
 * Mounts the queue board at /admin/clearpost/queues, ahead of Strapi's router (registered in bootstrap,
 * before the router is mounted). `board()` gives the current engine's board, so a restart is picked up.
 */
export function registerQueuesUi(strapi: Core.Strapi, board: () => KoaMiddleware | null): void {
  strapi.server.use(async (ctx: any, next: () => Promise<unknown>) => {
    if (ctx.path !== QUEUES_UI_PATH && !ctx.path.startsWith(`${QUEUES_UI_PATH}/`)) return next();
    if (!(await isDeliveryOperator(strapi, ctx))) {
      ctx.status = 403;
      ctx.body = { data: null, error: { status: 403, name: 'ForbiddenError', message: 'The delivery queues need the "Operate delivery" permission; sign in to the admin panel first.' } };
      return undefined;
    }
    const current = board();
    if (!current) {
      ctx.status = 404;
      ctx.body = { data: null, error: { status: 404, name: 'NotFoundError', message: 'Delivery runs without Redis on this instance, so there are no queues to show.' } };
      return undefined;
    }
    return current(ctx, next);
  });
}
