import sharp, { type Metadata } from 'sharp';
import { ImageRejectedError } from './image-rejected-error';
import { readHead, type ImageSource } from './image-source';
import type { DecodeLimits } from './images-config';
import { untrustedInputOptions } from './sharp-options';
import { sniffFormat, type SupportedInputFormat } from './sniff-format';

export interface InspectedImage {
  format: SupportedInputFormat;
  /** Upright size, after the EXIF orientation is applied. */
  width: number;
  height: number;
  hasAlpha: boolean;
}

/**
 * Checks untrusted bytes before any pixel is decoded: content sniffing, then the header as sharp reads
 * it, then the pixel count. Throws ImageRejectedError; decoding errors surface later (see decodeError).
 */
export async function inspectImage(input: ImageSource, limits: DecodeLimits): Promise<InspectedImage> {
  const { head, size } = await readHead(input);
  if (size === 0) throw new ImageRejectedError('empty-file', 'empty file');
  const sniffed = sniffFormat(head);
  if (sniffed.kind === 'unknown') throw new ImageRejectedError('not-an-image', 'not an image');
  if (sniffed.kind === 'unsupported') {
    throw new ImageRejectedError('unsupported-format', `unsupported format ${sniffed.format}`);
  }

  // The header is read with no pixel cap so the error can say how large the image is; the cap is
  // checked right below and enforced again by sharp when pixels are decoded.
  let metadata: Metadata;
  try {
    metadata = await sharp(input, { ...untrustedInputOptions(limits), limitInputPixels: false }).metadata();
  } catch (error) {
    throw new ImageRejectedError('corrupt', 'corrupt or truncated', { cause: error });
  }

  const decoded = decodedFormat(metadata);
  if (decoded !== sniffed.format) {
    throw new ImageRejectedError('corrupt', 'corrupt or truncated');
  }
  const { width, height } = metadata.autoOrient ?? metadata;
  if (!(width > 0 && height > 0)) throw new ImageRejectedError('corrupt', 'corrupt or truncated');

  const pixels = metadata.width * metadata.height;
  if (pixels > limits.limitInputPixels) {
    throw new ImageRejectedError(
      'too-large',
      `image too large: ${megapixels(pixels)} megapixels, limit ${megapixels(limits.limitInputPixels)}`
    );
  }
  return { format: sniffed.format, width, height, hasAlpha: metadata.hasAlpha };
}

/** Any failure while decoding pixels that passed inspection is the file's fault, not ours. */
export function decodeError(error: unknown): ImageRejectedError {
  if (error instanceof ImageRejectedError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message)) return new ImageRejectedError('too-large', 'image too large', { cause: error });
  return new ImageRejectedError('corrupt', 'corrupt or truncated', { cause: error });
}

function decodedFormat(metadata: Metadata): string {
  if (metadata.format === 'heif') return metadata.compression === 'av1' ? 'avif' : 'heic';
  return metadata.format;
}

function megapixels(pixels: number): string {
  const value = pixels / 1_000_000;
  return value >= 100 ? String(Math.round(value)) : String(Number(value.toPrecision(3)));
}
