import type { Core } from '@strapi/strapi';
import { liveCheckBody } from '../contracts/review';
import { parseOrThrow } from '../errors';
import { getService } from '../utils/get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async check(ctx: any) {
    const input = parseOrThrow(liveCheckBody, ctx.request.body ?? {}, 'Invalid check request');
    ctx.body = await getService(strapi, 'compliance-gate').liveCheck(input);
  },
});
