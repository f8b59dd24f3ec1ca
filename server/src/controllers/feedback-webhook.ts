import type { Core } from '@strapi/strapi';
import { ERROR_CODES } from '../constants';
import { ValidationError } from '../errors';
import { WebhookRefusedError } from '../inbox/webhook-refused-error';
import { getService } from '../utils/get-service';

// Where koa-body keeps the bytes it parsed when strapi::body runs with `includeUnparsed: true`.
const UNPARSED_BODY = Symbol.for('unparsedBody');

const unavailable = (ctx: any, message: string) => {
  ctx.status = 503;
  ctx.body = { data: null, error: { status: 503, name: 'ServiceUnavailableError', message, details: {} } };
};

/** POST /api/clearpost/feedback/webhook: no user session; the HMAC signature over the raw body is the authentication. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async receive(ctx: any) {
    const intake = getService(strapi, 'feedback-intake');
    if (!intake.webhookConfigured())
      return unavailable(
        ctx,
        'The feedback webhook is not configured: set feedback.webhookSecret in the clearpost plugin config'
      );
    if (!ctx.is('application/json')) throw new ValidationError('Send the feedback as application/json');
    const rawBody = (ctx.request.body as Record<symbol, unknown> | undefined)?.[UNPARSED_BODY];
    if (typeof rawBody !== 'string') {
      return unavailable(
        ctx,
        'The raw request body is not available: configure the strapi::body middleware with `includeUnparsed: true` (see the README)'
      );
    }
    let result;
    try {
      result = await intake.receiveWebhook({ rawBody, headers: ctx.request.headers });
    } catch (error) {
      if (!(error instanceof WebhookRefusedError)) throw error;
      ctx.status = 401;
      ctx.body = {
        data: null,
        error: {
          status: 401,
          name: 'UnauthorizedError',
          message: error.message,
          details: { code: ERROR_CODES.webhookRefused, reason: error.reason },
        },
      };
      return;
    }
    ctx.status = result.created > 0 ? 201 : 200;
    ctx.body = { data: result };
  },
});
