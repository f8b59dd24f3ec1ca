import fs from 'node:fs';
import type { Core } from '@strapi/strapi';
import {
  draftReplyBody,
  feedbackDocumentIdParams,
  feedbackListQuery,
  figuresQuery,
  fraudFlagBody,
  fraudReverseBody,
  pullBody,
  replyOutcomeBody,
  takeOfflineBody,
} from '../contracts/feedback';
import { emptyBody } from '../contracts/review';
import { parseOrThrow, ValidationError } from '../errors';
import { actorOf } from '../services/audit';
import { getService } from '../utils/get-service';
import { removeUploads, singleUpload } from '../utils/multipart-upload';

const MAX_CSV_BYTES = 5 * 1024 * 1024;

/** The CSV from a multipart part named `file` (as the analytics import takes it). */
async function readCsvUpload(ctx: any): Promise<string> {
  const file = singleUpload(ctx, {
    subject: 'the CSV',
    required: 'a CSV in a part named `file`',
    many: 'file: send one file per import',
  });
  if (file.size > MAX_CSV_BYTES) throw new ValidationError(`file: at most ${MAX_CSV_BYTES / 1024 / 1024} MB per import`);
  return fs.promises.readFile(file.filepath, 'utf8');
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const feedback = () => getService(strapi, 'feedback');
  const intake = () => getService(strapi, 'feedback-intake');
  // Only the named parameter: the admin router can add positional ones ("0") for GET routes.
  const documentId = (ctx: any) => parseOrThrow(feedbackDocumentIdParams, { documentId: ctx.params?.documentId }).documentId;

  return {
    async list(ctx: any) {
      ctx.body = { data: await feedback().list(parseOrThrow(feedbackListQuery, ctx.query ?? {}, 'Invalid query')) };
    },
    async findOne(ctx: any) {
      ctx.body = { data: await feedback().findOne(documentId(ctx)) };
    },
    async figures(ctx: any) {
      ctx.body = { data: await feedback().figures(parseOrThrow(figuresQuery, ctx.query ?? {}, 'Invalid figures query')) };
    },
    async importCsv(ctx: any) {
      try {
        const content = await readCsvUpload(ctx);
        parseOrThrow(emptyBody, ctx.request.body ?? {}, 'Invalid import');
        ctx.body = { data: await intake().importCsv(content, actorOf(ctx.state.user)) };
      } finally {
        removeUploads(ctx);
      }
    },
    async pull(ctx: any) {
      const body = parseOrThrow(pullBody, ctx.request.body ?? {}, 'Invalid pull');
      ctx.body = { data: await intake().pull(body, actorOf(ctx.state.user)) };
    },
    async draft(ctx: any) {
      const body = parseOrThrow(draftReplyBody, ctx.request.body ?? {}, 'Invalid draft');
      ctx.body = { data: await feedback().draft(documentId(ctx), body, ctx.state.user) };
    },
    async send(ctx: any) {
      parseOrThrow(emptyBody, ctx.request.body ?? {}, 'Invalid request');
      ctx.body = { data: await feedback().send(documentId(ctx), ctx.state.user) };
    },
    async approve(ctx: any) {
      parseOrThrow(emptyBody, ctx.request.body ?? {}, 'Invalid request');
      ctx.body = { data: await feedback().approve(documentId(ctx), ctx.state.user) };
    },
    async resolveReplyOutcome(ctx: any) {
      const body = parseOrThrow(replyOutcomeBody, ctx.request.body ?? {}, 'Invalid request');
      ctx.body = { data: await feedback().resolveReplyOutcome(documentId(ctx), body, ctx.state.user) };
    },
    async takeOffline(ctx: any) {
      const body = parseOrThrow(takeOfflineBody, ctx.request.body ?? {}, 'Invalid request');
      ctx.body = { data: await feedback().takeOffline(documentId(ctx), body, ctx.state.user) };
    },
    async flagFraud(ctx: any) {
      const body = parseOrThrow(fraudFlagBody, ctx.request.body ?? {}, 'Invalid fraud flag');
      ctx.body = { data: await feedback().flagFraud(documentId(ctx), body, ctx.state.user) };
    },
    async approveFraud(ctx: any) {
      parseOrThrow(emptyBody, ctx.request.body ?? {}, 'Invalid request');
      ctx.body = { data: await feedback().approveFraud(documentId(ctx), ctx.state.user) };
    },
    async reverseFraud(ctx: any) {
      const body = parseOrThrow(fraudReverseBody, ctx.request.body ?? {}, 'Invalid reversal');
      ctx.body = { data: await feedback().reverseFraud(documentId(ctx), body, ctx.state.user) };
    },
  };
};
