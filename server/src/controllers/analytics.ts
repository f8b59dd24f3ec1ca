import fs from 'node:fs';
import type { Core } from '@strapi/strapi';
import { analyticsJsonImportSchema, csvImportFields, heatmapQuery, roiQuery, type PlanResponse } from '../contracts/analytics';
import { documentIdParams, emptyBody } from '../contracts/review';
import { parseOrThrow } from '../errors';
import { getService } from '../utils/get-service';
import { removeUploads, singleUpload } from '../utils/multipart-upload';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const analytics = () => getService(strapi, 'analytics');
  return {
    async importCsv(ctx: any) {
      try {
        const file = singleUpload(ctx, {
          subject: 'the CSV',
          required: 'a CSV export in a part named `file`',
          many: 'file: send one file per import',
        });
        const fields = parseOrThrow(csvImportFields, ctx.request.body ?? {}, 'Invalid import');
        ctx.body = { data: await analytics().importCsv(fields, fs.createReadStream(file.filepath)) };
      } finally {
        removeUploads(ctx);
      }
    },
    async importJson(ctx: any) {
      const body = parseOrThrow(analyticsJsonImportSchema, ctx.request.body ?? {}, 'Invalid import');
      ctx.body = { data: await analytics().importJson(body) };
    },
    async roi(ctx: any) {
      const query = parseOrThrow(roiQuery, ctx.query ?? {}, 'Invalid ROI query');
      ctx.body = {
        data: await analytics().roiSummary({
          from: query.from ? new Date(query.from) : undefined,
          to: query.to ? new Date(query.to) : undefined,
        }),
      };
    },
    async heatmap(ctx: any) {
      const { channelId } = parseOrThrow(heatmapQuery, ctx.query ?? {}, 'Invalid heatmap query');
      ctx.body = { data: await analytics().heatmap(channelId) };
    },
    async plan(ctx: any) {
      const { documentId } = parseOrThrow(documentIdParams, { documentId: ctx.params?.documentId });
      parseOrThrow(emptyBody, ctx.request.body ?? {}, 'Invalid request');
      const plan = await getService(strapi, 'planner').planForPost(documentId);
      const data: PlanResponse = { picks: plan.picks.map((p) => ({ ...p, at: p.at.toISOString() })), skipped: plan.skipped };
      ctx.body = { data };
    },
  };
};
