import { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import type { OutputFormat, Rendition } from '../images';

const FILE_UID = 'plugin::upload.file';

const EXTENSIONS: Record<OutputFormat, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', avif: 'avif' };

export interface StoredRendition {
  preset: string;
  platform: string;
  width: number;
  height: number;
  bytes: number;
  format: OutputFormat;
  url: string;
  fileId: number;
}

interface UploadService {
  formatFileInfo(
    file: { filename: string; type: string; size: number },
    fileInfo?: { name?: string; alternativeText?: string | null },
    metas?: Record<string, unknown>
  ): Promise<Record<string, unknown>>;
  remove(file: unknown): Promise<unknown>;
}

const uploadService = (strapi: Core.Strapi) => strapi.plugin('upload').service('upload') as unknown as UploadService;

/**
 * Stores a finished rendition as a media-library file through the upload plugin's provider. The
 * plugin's own upload() is not used because it would re-encode the bytes (size optimisation) that were
 * tuned to the platform's budget, and make responsive copies of a file that already has its final size.
 */
export async function storeRendition(
  strapi: Core.Strapi,
  rendition: Rendition,
  info: { baseName: string; alternativeText: string | null }
): Promise<StoredRendition> {
  const filename = `${info.baseName}-${rendition.preset}.${EXTENSIONS[rendition.format]}`;
  const file = await uploadService(strapi).formatFileInfo(
    { filename, type: `image/${rendition.format}`, size: rendition.bytes },
    { name: filename, alternativeText: info.alternativeText }
  );
  Object.assign(file, { width: rendition.width, height: rendition.height, getStream: () => Readable.from(rendition.data) });
  const provider = strapi.plugin('upload').service('provider') as unknown as {
    checkFileSize(file: unknown): Promise<void>;
    upload(file: unknown): Promise<void>;
  };
  await provider.checkFileSize(file);
  await provider.upload(file);
  file.provider = (strapi.config.get('plugin::upload') as { provider: string }).provider;
  const row = (await strapi.db.query(FILE_UID).create({ data: file })) as { id: number; url: string };
  return {
    preset: rendition.preset,
    platform: rendition.platform,
    width: rendition.width,
    height: rendition.height,
    bytes: rendition.bytes,
    format: rendition.format,
    url: row.url,
    fileId: row.id,
  };
}

/** Deletes media-library files (from the provider and the database); a file already gone is skipped. */
export async function removeFiles(strapi: Core.Strapi, fileIds: readonly number[]): Promise<void> {
  for (const id of fileIds) {
    const file = await strapi.db.query(FILE_UID).findOne({ where: { id } });
    if (!file) continue;
    try {
      await uploadService(strapi).remove(file);
    } catch (error) {
      strapi.log.warn(`[clearpost] could not remove media file ${id}: ${(error as Error).message}`);
    }
  }
}
