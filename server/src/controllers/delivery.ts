import type { Core } from '@strapi/strapi';
import { publicationListQuery, publicationParams, resolveBody } from '../delivery/delivery-contracts';
import { parseOrThrow } from '../errors';
import { actorOf } from '../services/audit';
import { getService } from '../utils/get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const delivery = () => getService(strapi, 'delivery');
  return {
    async list(ctx: any) {
      const query = parseOrThrow(publicationListQuery, ctx.query ?? {}, 'Invalid publication query');
      ctx.body = { data: await delivery().list(query) };
    },
    async unknown(ctx: any) {
      const query = parseOrThrow(publicationListQuery, ctx.query ?? {}, 'Invalid publication query');
      ctx.body = { data: await delivery().list({ ...query, status: 'unknown' }) };
    },
    async resolve(ctx: any) {
      const { documentId } = parseOrThrow(publicationParams, ctx.params);
      const input = parseOrThrow(resolveBody, ctx.request.body ?? {}, 'Invalid resolution');
      ctx.body = { data: await delivery().resolve(documentId, input, actorOf(ctx.state.user)) };
    },
    async reconcile(ctx: any) {
      ctx.body = { data: await delivery().reconcile() };
    },
  };
};
