import fs from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { assertDecodes } from '../asset-processing/decode-check';
import type { ImageAssetUploadFields } from '../asset-processing/upload-fields';
import { UID } from '../constants';
import { ValidationError } from '../errors';
import { inspectImage, isImageRejectedError, type ImagesConfig, type SupportedInputFormat } from '../images';

/** A multipart file part as Strapi's body parser (formidable) hands it over. */
export interface IncomingFile {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  size: number;
}

const MIME: Record<SupportedInputFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  tiff: 'image/tiff',
  gif: 'image/gif',
};
const EXTENSION: Record<SupportedInputFormat, string> = { jpeg: '.jpg', png: '.png', webp: '.webp', avif: '.avif', tiff: '.tiff', gif: '.gif' };

/** The stored name says what the bytes are, whatever the uploader called the file. */
function storedFilename(original: string | null | undefined, format: SupportedInputFormat): string {
  const base = path.parse(original ?? '').name.replace(/[<>:"/\\|?*\u0000-\u001F]/g, '').trim() || 'image';
  return `${base.slice(0, 200)}${EXTENSION[format]}`;
}

/** Checks the bytes the way the renditions job will read them; anything it would refuse is a 400 now. */
async function inspectUpload(file: IncomingFile, config: ImagesConfig): Promise<SupportedInputFormat> {
  const bytes = await fs.readFile(file.filepath);
  try {
    const { format } = await inspectImage(bytes, config);
    await assertDecodes(bytes, config);
    return format;
  } catch (error) {
    if (isImageRejectedError(error)) {
      throw new ValidationError(`file: ${error.message}`, { code: error.code, errors: [{ path: ['file'], message: `file: ${error.message}`, name: 'ValidationError' }] });
    }
    throw error;
  }
}

/**
 * Stores an inspected image in the media library and creates its asset. The document service create
 * runs the asset middlewares (validation, then enqueueing the renditions job). If the asset cannot be
 * created, the stored file is removed again: a refused upload leaves nothing behind.
 */
export async function acceptUpload(
  strapi: Core.Strapi,
  config: ImagesConfig,
  input: { file: IncomingFile; fields: ImageAssetUploadFields; user?: { id: number } | null }
): Promise<{ documentId: string }> {
  const format = await inspectUpload(input.file, config);
  const { fields } = input;
  const upload = strapi.plugin('upload').service('upload');
  const filename = storedFilename(input.file.originalFilename, format);
  const [stored] = (await upload.upload(
    {
      data: { fileInfo: { name: fields.name ? `${fields.name}${EXTENSION[format]}` : filename, alternativeText: fields.altText } },
      files: { ...input.file, originalFilename: filename, mimetype: MIME[format] },
    },
    { user: input.user ?? undefined }
  )) as Array<{ id: number }>;

  try {
    const created = await strapi.documents(UID.imageAsset).create({
      data: {
        name: fields.name ?? path.parse(filename).name,
        altText: fields.altText,
        stockSource: fields.stockSource,
        credit: fields.credit,
        licence: fields.licence,
        focalX: fields.focalX,
        focalY: fields.focalY,
        image: stored!.id,
        ...(input.user ? { createdBy: input.user.id, updatedBy: input.user.id } : {}),
      } as never,
    });
    return { documentId: (created as { documentId: string }).documentId };
  } catch (error) {
    await upload.remove(await strapi.db.query('plugin::upload.file').findOne({ where: { id: stored!.id } })).catch(() => undefined);
    throw error;
  }
}
