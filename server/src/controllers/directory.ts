import type { Core } from '@strapi/strapi';
import { directoryEntryBody, directoryEntryUpdateBody } from '../contracts/directory';
import { documentIdParams, emptyBody } from '../contracts/review';
import { parseOrThrow } from '../errors';
import { getService } from '../utils/get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const entries = () => getService(strapi, 'directory-entries');
  // Only the named parameter: the router also passes unnamed groups ("0").
  const documentId = (ctx: any) => parseOrThrow(documentIdParams, { documentId: ctx.params?.documentId }).documentId;
  return {
    async list(ctx: any) {
      parseOrThrow(emptyBody, ctx.query ?? {}, 'Invalid query');
      ctx.body = { data: await entries().list() };
    },
    async create(ctx: any) {
      const body = parseOrThrow(directoryEntryBody, ctx.request.body ?? {}, 'Invalid directory entry');
      ctx.status = 201;
      ctx.body = { data: await entries().create(body) };
    },
    async update(ctx: any) {
      const id = documentId(ctx);
      const body = parseOrThrow(directoryEntryUpdateBody, ctx.request.body ?? {}, 'Invalid directory entry');
      ctx.body = { data: await entries().update(id, body) };
    },
    async remove(ctx: any) {
      await entries().remove(documentId(ctx));
      ctx.status = 204;
    },
  };
};
