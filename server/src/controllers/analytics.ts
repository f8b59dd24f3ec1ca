import fs from 'node:fs';
import type { Core } from '@strapi/strapi';
import { analyticsJsonImportSchema, csvImportFields, heatmapQuery, roiQuery, type PlanResponse } from '../contracts/analytics';
import { documentIdParams, emptyBody } from '../contracts/review';
import { parseOrThrow, ValidationError } from '../errors';
import { getService } from '../utils/get-service';

interface UploadedFile {
  filepath: string;
  size: number;
}

function uploadedFile(ctx: any): UploadedFile {
  const files = (ctx.request.files ?? {}) as Record<string, UploadedFile | UploadedFile[]>;
  const others = Object.keys(files).filter((name) => name !== 'file');
  if (!ctx.is('multipart')) throw new ValidationError('Send the CSV as multipart/form-data with the file in a part named `file`');
  if (others.length > 0) throw new ValidationError(`Unexpected file part${others.length > 1 ? 's' : ''}: ${others.join(', ')} (send one part named \`file\`)`);
  const file = files.file;
  if (file === undefined) throw new ValidationError('file: required (a CSV export in a part named `file`)');
  if (Array.isArray(file)) throw new ValidationError('file: send one file per import');
  return file;
}

function removeUploads(ctx: any): void {
  const files = (ctx.request.files ?? {}) as Record<string, UploadedFile | UploadedFile[]>;
  for (const file of Object.values(files).flat()) fs.promises.rm(file.filepath, { force: true }).catch(() => undefined);
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const analytics = () => getService(strapi, 'analytics');
  return {
    async importCsv(ctx: any) {
      try {
        const file = uploadedFile(ctx);
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
