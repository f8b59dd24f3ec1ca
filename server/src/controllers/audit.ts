import type { Core } from '@strapi/strapi';
import { auditQuery } from '../contracts/review';
import { parseOrThrow } from '../errors';
import { getService } from '../utils/get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const audit = () => getService(strapi, 'audit');
  return {
    async list(ctx: any) {
      const query = parseOrThrow(auditQuery, ctx.query ?? {}, 'Invalid audit query');
      ctx.body = { data: await audit().list(query) };
    },
    async verify(ctx: any) {
      ctx.body = { data: await audit().verify() };
    },
    async exportCsv(ctx: any) {
      const query = parseOrThrow(auditQuery, ctx.query ?? {}, 'Invalid audit query');
      const events = await audit().list({ ...query, limit: query.limit ?? 10_000 });
      ctx.set('content-type', 'text/csv; charset=utf-8');
      ctx.set('content-disposition', `attachment; filename="clearpost-audit${query.documentId ? `-${query.documentId}` : ''}.csv"`);
      ctx.body = audit().toCsv(events);
    },
  };
};
