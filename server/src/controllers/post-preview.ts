import type { Core } from '@strapi/strapi';
import { previewBody, type PreviewResponse } from '../contracts/preview';
import { parseOrThrow } from '../errors';
import { getService } from '../utils/get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async preview(ctx: any) {
    const input = parseOrThrow(previewBody, ctx.request.body ?? {}, 'Invalid preview request');
    const body: PreviewResponse = { data: { platforms: await getService(strapi, 'post-preview').preview(input) } };
    ctx.body = body;
  },
});
