import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { Directory } from '../compliance';
import { isImageRejectedError, OcrTimeoutError, RenditionBudgetError, renderRenditions, type TextRecognizer } from '../images';
import { focalPointOf, jobIdOf, loadAsset, writeIfCurrent, type AssetRow } from './asset-rows';
import { checkImageText, type ImageTextResult } from './image-text-check';
import { storedFileSource } from './stored-file-source';
import type { AssetProcessingConfig } from './processing-config';
import type { ProcessJob } from './processing-queue';
import { removeFiles, storeRendition, type StoredRendition } from './rendition-files';

export interface ProcessorDeps {
  strapi: Core.Strapi;
  recognizer: () => TextRecognizer;
  directory: () => Promise<Directory>;
  /** Presets and the OCR switch as the Settings page left them, read when each job starts. */
  current: () => Promise<Pick<AssetProcessingConfig, 'images' | 'ocrEnabled'>>;
}

// Share of the progress bar per stage: rendering, reading text, storing.
const RENDER_END = 60;
const OCR_END = 80;

export function describeFailure(error: unknown): string {
  if (isImageRejectedError(error)) return `The image cannot be used: ${error.message}`;
  if (error instanceof RenditionBudgetError || error instanceof OcrTimeoutError) return error.message;
  return `Processing failed: ${error instanceof Error ? error.message : String(error)}`;
}

/** Progress writes in order, each only when the figure went up, never after the job moved on. */
function progressWriter(strapi: Core.Strapi, asset: AssetRow, jobId: string) {
  let written = 0;
  let chain: Promise<unknown> = Promise.resolve();
  return {
    report(percent: number): void {
      const value = Math.max(0, Math.min(99, Math.round(percent)));
      if (value <= written) return;
      written = value;
      chain = chain.then(() => writeIfCurrent(strapi, asset.id, jobId, { processingProgress: value })).catch(() => undefined);
    },
    settled: () => chain,
  };
}

function baseNameOf(asset: AssetRow): string {
  const source = asset.image?.name ?? asset.name ?? `asset-${asset.documentId}`;
  return path.parse(source).name.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 80) || `asset-${asset.documentId}`;
}

/**
 * The rendition job: renditions cut from the stored original at the asset's focal point, the text in
 * the image read and checked, then the renditions stored in the media library and listed on the asset.
 * Never throws: the outcome, good or bad, is written on the asset for the editor to see.
 */
export function createAssetProcessor({ strapi, recognizer, directory, current }: ProcessorDeps): ProcessJob {
  return async (jobId, { assetDocumentId }) => {
    const asset = await loadAsset(strapi, assetDocumentId);
    if (!asset?.image || jobIdOf(asset) !== jobId) return;
    if (!(await writeIfCurrent(strapi, asset.id, jobId, { processingStatus: 'processing', processingProgress: 0, processingError: null }))) return;

    const progress = progressWriter(strapi, asset, jobId);
    let stored: StoredRendition[] = [];
    try {
      const config = await current();
      const original = await storedFileSource(strapi, asset.image);
      const set = await renderRenditions(original, {
        config: config.images,
        focalPoint: focalPointOf(asset),
        onProgress: ({ percent }) => progress.report((percent * RENDER_END) / 100),
      });

      let text: ImageTextResult | null = null;
      if (config.ocrEnabled) {
        text = await checkImageText(recognizer(), original, await directory());
        progress.report(OCR_END);
      }

      for (const [index, rendition] of set.renditions.entries()) {
        stored.push(await storeRendition(strapi, rendition, { baseName: baseNameOf(asset), alternativeText: asset.altText }));
        progress.report(OCR_END + ((100 - OCR_END) * (index + 1)) / set.renditions.length);
      }

      await progress.settled();
      const written = await writeIfCurrent(strapi, asset.id, jobId, {
        renditions: stored,
        processingStatus: 'ready',
        processingProgress: 100,
        processingError: null,
        ocrText: text?.ocrText ?? null,
        ocrFindings: text?.ocrFindings ?? null,
      });
      // Whichever set of files the asset no longer lists goes: the old one, or ours if we were superseded.
      const obsolete = written ? (asset.renditions ?? []) : stored;
      stored = [];
      await removeFiles(strapi, obsolete.map((r) => r.fileId));
    } catch (error) {
      await progress.settled();
      await removeFiles(strapi, stored.map((r) => r.fileId));
      await writeIfCurrent(strapi, asset.id, jobId, {
        processingStatus: 'failed',
        processingProgress: 100,
        processingError: describeFailure(error),
      });
      strapi.log.warn(`[clearpost] image asset ${assetDocumentId}: ${describeFailure(error)}`);
    }
  };
}
