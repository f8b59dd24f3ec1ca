import type { Core } from '@strapi/strapi';
import { channelDocumentIdParams, createChannelBody, putCredentialsBody, updateChannelBody } from '../contracts/channels';
import { emptyBody } from '../contracts/review';
import { parseOrThrow } from '../errors';
import { getService } from '../utils/get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const channels = () => getService(strapi, 'channels');
  // Only the named parameter: on GET routes the router also passes unnamed groups ("0").
  const documentId = (ctx: any) => parseOrThrow(channelDocumentIdParams, { documentId: ctx.params?.documentId }).documentId;
  return {
    async list(ctx: any) {
      parseOrThrow(emptyBody, ctx.query ?? {}, 'Invalid query');
      ctx.body = { data: await channels().list() };
    },
    async findOne(ctx: any) {
      ctx.body = { data: await channels().findOne(documentId(ctx)) };
    },
    async create(ctx: any) {
      const body = parseOrThrow(createChannelBody, ctx.request.body ?? {}, 'Invalid channel');
      ctx.status = 201;
      ctx.body = { data: await channels().create(body) };
    },
    async update(ctx: any) {
      const id = documentId(ctx);
      const body = parseOrThrow(updateChannelBody, ctx.request.body ?? {}, 'Invalid channel');
      ctx.body = { data: await channels().update(id, body) };
    },
    async setCredentials(ctx: any) {
      const id = documentId(ctx);
      const { credentials } = parseOrThrow(putCredentialsBody, ctx.request.body ?? {}, 'Invalid credentials');
      ctx.body = { data: await channels().setCredentials(id, credentials) };
    },
    async clearCredentials(ctx: any) {
      ctx.body = { data: await channels().clearCredentials(documentId(ctx)) };
    },
  };
};
