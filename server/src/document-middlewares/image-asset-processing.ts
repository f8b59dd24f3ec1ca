import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { removeFiles } from '../asset-processing/rendition-files';
import { afterCommit } from '../utils/after-transaction';
import { getService } from '../utils/get-service';

import type { DocumentMiddleware } from './document-middleware';

async function renditionFileIds(strapi: Core.Strapi, documentId: string): Promise<number[]> {
  const row = (await strapi.db.query(UID.imageAsset).findOne({ where: { documentId }, select: ['renditions'] })) as { renditions?: Array<{ fileId: number }> | null } | null;
  return (row?.renditions ?? []).map((r) => r.fileId);
}

/**
 * Every save of an image asset asks for its renditions to be brought up to date, once the save has
 * committed. Only a new image or focal point makes a new job (see the service's enqueue); a failure to
 * enqueue is logged, never turned into a failed save. Deleting an asset deletes its renditions (the
 * original stays in the media library, where other content may use it).
 */
export const createImageAssetProcessing =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== UID.imageAsset) return next();
    const params = ctx.params as { documentId?: string };

    if (ctx.action === 'delete' && params.documentId) {
      const fileIds = await renditionFileIds(strapi, params.documentId);
      const result = await next();
      if (fileIds.length > 0) await afterCommit(strapi, () => removeFiles(strapi, fileIds));
      return result;
    }

    const result = await next();
    if (ctx.action !== 'create' && ctx.action !== 'update') return result;
    const documentId = (result as { documentId?: string } | null)?.documentId;
    if (documentId) {
      await afterCommit(strapi, () =>
        getService(strapi, 'image-assets')
          .enqueue(documentId)
          .catch((error: unknown) => {
            strapi.log.error(`[clearpost] could not enqueue image asset ${documentId}: ${(error as Error).message}`);
          })
      );
    }
    return result;
  };
