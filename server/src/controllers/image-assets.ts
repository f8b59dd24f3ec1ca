import fs from 'node:fs';
import type { Core } from '@strapi/strapi';
import { imageAssetUploadFields } from '../asset-processing/upload-fields';
import { parseOrThrow, ValidationError } from '../errors';
import type { IncomingFile } from '../services/image-assets-upload';
import { getService } from '../utils/get-service';

function uploadedImage(ctx: any): IncomingFile {
  if (!ctx.is('multipart')) throw new ValidationError('Send the image as multipart/form-data with the file in a part named `file`');
  const files = (ctx.request.files ?? {}) as Record<string, IncomingFile | IncomingFile[]>;
  const others = Object.keys(files).filter((name) => name !== 'file');
  if (others.length > 0) throw new ValidationError(`Unexpected file part${others.length > 1 ? 's' : ''}: ${others.join(', ')} (send one part named \`file\`)`);
  const file = files.file;
  if (file === undefined) throw new ValidationError('file: required (the image, in a part named `file`)');
  if (Array.isArray(file)) throw new ValidationError('file: send one image per asset');
  return file;
}

function removeUploads(ctx: any): void {
  const files = (ctx.request.files ?? {}) as Record<string, IncomingFile | IncomingFile[]>;
  for (const file of Object.values(files).flat()) fs.promises.rm(file.filepath, { force: true }).catch(() => undefined);
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /clearpost/image-assets (multipart): file + altText and optional credit fields. */
  async upload(ctx: any) {
    try {
      const file = uploadedImage(ctx);
      const fields = parseOrThrow(imageAssetUploadFields, ctx.request.body ?? {}, 'Invalid image asset');
      const data = await getService(strapi, 'image-assets').upload({ file, fields, user: ctx.state?.user ?? null });
      ctx.status = 201;
      ctx.body = { data };
    } finally {
      removeUploads(ctx);
    }
  },

  /** GET /clearpost/image-assets/:documentId: processing status, renditions and the text found in the image. */
  async findOne(ctx: any) {
    const documentId = String(ctx.params.documentId ?? '');
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(documentId)) throw new ValidationError('documentId: not a document id');
    ctx.body = { data: await getService(strapi, 'image-assets').findOne(documentId) };
  },
});
