import type { Core } from '@strapi/strapi';
import { jobIdOf, loadAsset, writeProcessingFields, type AssetRow } from '../asset-processing/asset-rows';
import { createBullmqQueue } from '../asset-processing/bullmq-queue';
import { createInProcessQueue } from '../asset-processing/in-process-queue';
import { createAssetProcessor } from '../asset-processing/process-asset';
import { resolveAssetProcessingConfig, type AssetProcessingConfig } from '../asset-processing/processing-config';
import type { ProcessingQueue } from '../asset-processing/processing-queue';
import type { ImageAssetUploadFields } from '../asset-processing/upload-fields';
import { UID } from '../constants';
import { NotFoundError } from '../errors';
import { createTextRecognizer, type TextRecognizer } from '../images';
import { getService } from '../utils/get-service';
import { acceptUpload, type IncomingFile } from './image-assets-upload';

export interface ImageAssetView {
  documentId: string;
  name: string | null;
  altText: string | null;
  focalX: number | null;
  focalY: number | null;
  image: { id: number; url: string; width: number | null; height: number | null; mime: string | null } | null;
  processingStatus: AssetRow['processingStatus'];
  processingProgress: number;
  processingError: string | null;
  renditions: NonNullable<AssetRow['renditions']>;
  ocrText: string | null;
  ocrFindings: unknown;
}

function toView(asset: AssetRow): ImageAssetView {
  const { image } = asset;
  return {
    documentId: asset.documentId,
    name: asset.name,
    altText: asset.altText,
    focalX: asset.focalX,
    focalY: asset.focalY,
    image: image ? { id: image.id, url: image.url, width: image.width ?? null, height: image.height ?? null, mime: image.mime ?? null } : null,
    processingStatus: asset.processingStatus,
    processingProgress: asset.processingProgress ?? 0,
    processingError: asset.processingError,
    renditions: asset.renditions ?? [],
    ocrText: asset.ocrText,
    ocrFindings: asset.ocrFindings ?? null,
  };
}

/** Image assets: the upload that refuses bad files up front, and the renditions/OCR job queue. */
export const createImageAssetsService = ({ strapi }: { strapi: Core.Strapi }) => {
  let queue: ProcessingQueue | null = null;
  let recognizer: TextRecognizer | null = null;
  let settings: AssetProcessingConfig | null = null;

  const config = (): AssetProcessingConfig => (settings ??= resolveAssetProcessingConfig(strapi));
  const logError = (where: string, error: unknown) => strapi.log.error(`[clearpost] image processing (${where}): ${(error as Error)?.message ?? error}`);

  const service = {
    async start(): Promise<void> {
      if (queue) return;
      const current = config();
      const processJob = createAssetProcessor({
        strapi,
        // One Tesseract worker for the whole process, started on the first image with text to read.
        recognizer: () => (recognizer ??= createTextRecognizer({ limits: current.images, timeoutMs: current.ocrTimeoutMs })),
        directory: () => getService(strapi, 'directory').get(),
        current: async () => {
          const settings = getService(strapi, 'settings');
          return { images: await settings.imagesConfig(), ocrEnabled: await settings.ocrEnabled() };
        },
      });
      queue = current.redisUrl
        ? createBullmqQueue({ redisUrl: current.redisUrl, prefix: current.prefix }, processJob, logError)
        : createInProcessQueue(processJob, logError);
      strapi.log.info(
        queue.mode === 'bullmq'
          ? `[clearpost] image processing: BullMQ queue on Redis (prefix "${current.prefix}")`
          : '[clearpost] image processing: in-process queue (no redis.url configured)'
      );
      await service.resume();
    },

    async stop(): Promise<void> {
      const running = queue;
      queue = null;
      await running?.close();
      const ocr = recognizer;
      recognizer = null;
      await ocr?.close();
    },

    mode() {
      return queue?.mode ?? null;
    },

    /**
     * Brings an asset's renditions up to date with its image and focal point. The job id is derived from
     * both, so calling this again for the same state does nothing.
     */
    async enqueue(documentId: string): Promise<void> {
      if (!queue) return;
      const asset = await loadAsset(strapi, documentId);
      if (!asset) return;
      const jobId = jobIdOf(asset);
      if (!jobId) return;
      if (asset.processingJobId === jobId) {
        if (asset.processingStatus === 'ready' || asset.processingStatus === 'failed') return;
      } else {
        await writeProcessingFields(strapi, asset.id, { processingJobId: jobId, processingStatus: 'pending', processingProgress: 0, processingError: null });
      }
      await queue.add(jobId, { assetDocumentId: documentId });
    },

    /** Jobs that were waiting or running when the last process stopped. */
    async resume(): Promise<void> {
      const unfinished = (await strapi.db.query(UID.imageAsset).findMany({
        where: { processingStatus: { $in: ['pending', 'processing'] } },
        select: ['documentId'],
        limit: 10_000,
      })) as Array<{ documentId: string }>;
      for (const { documentId } of unfinished) await service.enqueue(documentId);
    },

    async upload(input: { file: IncomingFile; fields: ImageAssetUploadFields; user?: { id: number } | null }): Promise<ImageAssetView> {
      const { documentId } = await acceptUpload(strapi, config().images, input);
      return service.findOne(documentId);
    },

    async findOne(documentId: string): Promise<ImageAssetView> {
      const asset = await loadAsset(strapi, documentId);
      if (!asset) throw new NotFoundError(`No image asset ${documentId}`);
      return toView(asset);
    },
  };
  return service;
};

export type ImageAssetsService = ReturnType<typeof createImageAssetsService>;
