import type { Core } from '@strapi/strapi';
import { calendarQuery, cancelBody, publicationIdParams, rescheduleBody } from '../contracts/calendar';
import { parseOrThrow } from '../errors';
import { actorOf } from '../services/audit';
import { getService } from '../utils/get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const calendar = () => getService(strapi, 'calendar');
  return {
    async list(ctx: any) {
      const query = parseOrThrow(calendarQuery, ctx.query ?? {}, 'Invalid calendar query');
      ctx.body = { data: await calendar().list(query) };
    },
    async reschedule(ctx: any) {
      const { documentId } = parseOrThrow(publicationIdParams, { documentId: ctx.params?.documentId });
      const { scheduledAt } = parseOrThrow(rescheduleBody, ctx.request.body ?? {}, 'Invalid reschedule');
      ctx.body = { data: await calendar().reschedule(documentId, new Date(scheduledAt), actorOf(ctx.state.user)) };
    },
    async cancel(ctx: any) {
      const { documentId } = parseOrThrow(publicationIdParams, { documentId: ctx.params?.documentId });
      const { reason } = parseOrThrow(cancelBody, ctx.request.body ?? {}, 'Invalid cancellation');
      ctx.body = { data: await calendar().cancel(documentId, actorOf(ctx.state.user), reason) };
    },
  };
};
