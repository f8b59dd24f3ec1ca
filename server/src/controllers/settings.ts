import type { Core } from '@strapi/strapi';
import { emptyBody } from '../contracts/review';
import { parseOrThrow } from '../errors';
import { getService } from '../utils/get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async get(ctx: any) {
    parseOrThrow(emptyBody, ctx.query ?? {}, 'Invalid query');
    ctx.body = { data: await getService(strapi, 'settings').get() };
  },
  async put(ctx: any) {
    ctx.body = { data: await getService(strapi, 'settings').put(ctx.request.body ?? {}) };
  },
});
