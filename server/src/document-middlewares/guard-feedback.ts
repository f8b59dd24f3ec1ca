import { UID } from '../constants';
import { RefusedError } from '../errors';

import type { DocumentMiddleware } from './document-middleware';

const REFUSED = new Set(['create', 'delete', 'clone', 'publish', 'unpublish', 'discardDraft']);

/**
 * Feedback arrives only through intake and is never deleted, by anyone: hiding it needs an approved fraud
 * flag. Updates pass, but every field is `writable: false`, so strip-system-fields leaves nothing to change.
 */
export const guardFeedback: DocumentMiddleware = async (ctx, next) => {
  if (ctx.uid === UID.feedback && REFUSED.has(ctx.action)) {
    throw new RefusedError(
      ctx.action === 'delete'
        ? 'Feedback cannot be deleted. To hide a review, flag it as fraudulent with written evidence; a second person approves.'
        : 'Feedback arrives through the webhook, the CSV import or a pull; it cannot be created or copied here.'
    );
  }
  if (
    ctx.uid === UID.feedbackWebhookReceipt &&
    ctx.action !== 'findOne' &&
    ctx.action !== 'findMany' &&
    ctx.action !== 'count' &&
    ctx.action !== 'findFirst'
  ) {
    throw new RefusedError('Webhook receipts are written by the webhook only.');
  }
  return next();
};
