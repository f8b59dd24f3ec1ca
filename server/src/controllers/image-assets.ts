import type { Core } from '@strapi/strapi';
import { imageAssetUploadFields } from '../asset-processing/upload-fields';
import { parseOrThrow, ValidationError } from '../errors';
import type { IncomingFile } from '../services/image-assets-upload';
import { getService } from '../utils/get-service';
import { removeUploads, singleUpload } from '../utils/multipart-upload';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /clearpost/image-assets (multipart): file + altText and optional credit fields. */
  async upload(ctx: any) {
    try {
      const file = singleUpload<IncomingFile>(ctx, {
        subject: 'the image',
        required: 'the image, in a part named `file`',
        many: 'file: send one image per asset',
      });
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
