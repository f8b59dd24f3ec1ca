import type { WebhookRefusal } from '../feedback/webhook-verification';

/**
 * A webhook delivery we do not trust. The controller answers 401 with this message itself: Strapi's error
 * middleware would turn an UnauthorizedError into a bare "Unauthorized", and senders need to know which check failed.
 */
export class WebhookRefusedError extends Error {
  override readonly name = 'WebhookRefusedError';
  constructor(
    message: string,
    readonly reason: WebhookRefusal | 'replay'
  ) {
    super(message);
  }
}
