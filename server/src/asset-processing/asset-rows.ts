import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import type { FocalPoint } from '../images';
import type { StoredFile } from './stored-file-source';
import { processingJobId } from './processing-job-id';
import type { StoredRendition } from './rendition-files';

export interface AssetRow {
  id: number;
  documentId: string;
  name: string | null;
  altText: string | null;
  focalX: number | null;
  focalY: number | null;
  image: (StoredFile & { width?: number | null; height?: number | null }) | null;
  renditions: StoredRendition[] | null;
  processingStatus: 'pending' | 'processing' | 'ready' | 'failed';
  processingProgress: number | null;
  processingError: string | null;
  processingJobId: string | null;
  ocrText: string | null;
  ocrFindings: unknown;
}

/** The system fields only processing writes; `writable: false`, so they go through the query engine. */
export type ProcessingFields = Partial<
  Pick<AssetRow, 'renditions' | 'processingStatus' | 'processingProgress' | 'processingError' | 'processingJobId' | 'ocrText' | 'ocrFindings'>
>;

const assets = (strapi: Core.Strapi) => strapi.db.query(UID.imageAsset);

export async function loadAsset(strapi: Core.Strapi, documentId: string): Promise<AssetRow | null> {
  return (await assets(strapi).findOne({ where: { documentId }, populate: { image: true } })) as AssetRow | null;
}

export function focalPointOf(asset: Pick<AssetRow, 'focalX' | 'focalY'>): FocalPoint | null {
  return asset.focalX != null && asset.focalY != null ? { x: asset.focalX, y: asset.focalY } : null;
}

/** The job that would bring this asset's renditions up to date; null when it has no image. */
export function jobIdOf(asset: AssetRow): string | null {
  return asset.image ? processingJobId(asset.documentId, asset.image.id, focalPointOf(asset)) : null;
}

export async function writeProcessingFields(strapi: Core.Strapi, id: number, data: ProcessingFields): Promise<void> {
  await assets(strapi).update({ where: { id }, data });
}

/**
 * Writes only while the asset still wants this job's result: once its image or focal point changed,
 * a newer job owns the row. Returns whether the write happened.
 */
export async function writeIfCurrent(strapi: Core.Strapi, id: number, jobId: string, data: ProcessingFields): Promise<boolean> {
  const updated = await assets(strapi).update({ where: { id, processingJobId: jobId }, data });
  return updated != null;
}
