import fs from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { ImageSource } from '../images';

export interface StoredFile {
  id: number;
  url: string;
  hash?: string;
  ext?: string;
  mime?: string;
  name?: string;
  provider?: string;
}

interface UploadProvider {
  isPrivate?: () => boolean | Promise<boolean>;
  getSignedUrl?: (file: StoredFile) => Promise<{ url: string }>;
}

const MAX_DOWNLOAD_BYTES = 200_000_000;

/**
 * A media-library file for the image pipeline, wherever the upload provider keeps it: the path in the
 * local provider's public folder for relative URLs (libvips reads it as it decodes), otherwise the
 * bytes downloaded from its URL (signed first when the provider is private).
 */
export async function storedFileSource(strapi: Core.Strapi, file: StoredFile): Promise<ImageSource> {
  if (file.url.startsWith('/')) {
    const root = path.resolve(strapi.dirs.static.public);
    const target = path.resolve(root, `.${decodeURIComponent(file.url.split('?')[0]!)}`);
    if (!target.startsWith(`${root}${path.sep}`)) throw new Error(`file ${file.id} points outside the public folder`);
    await fs.access(target, fs.constants.R_OK);
    return target;
  }
  const provider = strapi.plugin('upload').provider as UploadProvider;
  const url = (await provider.isPrivate?.()) && provider.getSignedUrl ? (await provider.getSignedUrl(file)).url : file.url;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not download file ${file.id}: HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_DOWNLOAD_BYTES) throw new Error(`file ${file.id} is larger than ${MAX_DOWNLOAD_BYTES} bytes`);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.byteLength > MAX_DOWNLOAD_BYTES) throw new Error(`file ${file.id} is larger than ${MAX_DOWNLOAD_BYTES} bytes`);
  return bytes;
}
