import type { Core } from '@strapi/strapi';
import { documentIdParams, emptyBody, overrideBody, requestChangesBody } from '../contracts/review';
import { parseOrThrow } from '../errors';
import { getService } from '../utils/get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const review = () => getService(strapi, 'review');
  const documentId = (ctx: any) => parseOrThrow(documentIdParams, ctx.params).documentId;

  return {
    async submit(ctx: any) {
      parseOrThrow(emptyBody, ctx.request.body ?? {});
      ctx.body = { data: await review().submit(documentId(ctx), ctx.state.user) };
    },
    async approve(ctx: any) {
      parseOrThrow(emptyBody, ctx.request.body ?? {});
      ctx.body = { data: await review().approve(documentId(ctx), ctx.state.user) };
    },
    async requestChanges(ctx: any) {
      const { comment } = parseOrThrow(requestChangesBody, ctx.request.body ?? {}, 'Invalid request');
      ctx.body = { data: await review().requestChanges(documentId(ctx), ctx.state.user, comment) };
    },
    async override(ctx: any) {
      const body = parseOrThrow(overrideBody, ctx.request.body ?? {}, 'Invalid override');
      ctx.body = { data: await review().override(documentId(ctx), ctx.state.user, body) };
    },
  };
};
