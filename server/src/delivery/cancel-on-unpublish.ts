import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { getService } from '../utils/get-service';

import type { DocumentMiddleware } from '../document-middlewares/document-middleware';

const CANCELLING_ACTIONS: readonly string[] = ['unpublish', 'delete'];

/**
 * A post taken down (unpublished or deleted) must not go out later: its waiting publications are cancelled
 * in the same transaction, so a take-down never stands with deliveries still waiting (a later first
 * publish relies on that: it has nothing older to cancel).
 */
export const createDeliveryCancellation =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== UID.post || !CANCELLING_ACTIONS.includes(ctx.action)) return next();
    const documentId = (ctx.params as { documentId?: string }).documentId;
    return strapi.db.transaction(async () => {
      const result = await next();
      if (documentId) await getService(strapi, 'delivery').cancelForPost(documentId, `post ${ctx.action === 'delete' ? 'deleted' : 'unpublished'}`);
      return result;
    });
  };
