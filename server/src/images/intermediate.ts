import sharp from 'sharp';
import type { Size } from './crop-plan';
import type { DecodeLimits } from './images-config';
import { decodeError, type InspectedImage } from './inspect-image';
import { untrustedInputOptions } from './sharp-options';

export interface RawImage {
  data: Buffer;
  width: number;
  height: number;
  channels: 3 | 4;
}

/** Size of the one decoded copy every rendition is cut from: the source scaled by `scale`, never enlarged. */
export function intermediateSize(source: Size, scale: number): Size {
  if (scale >= 1) return { width: source.width, height: source.height };
  return {
    width: Math.min(source.width, Math.ceil(source.width * scale)),
    height: Math.min(source.height, Math.ceil(source.height * scale)),
  };
}

/**
 * Decodes the original once: upright, sRGB (an embedded profile is applied), 8-bit, scaled down to
 * `size`. Resizing in the same pass lets libvips shrink JPEG and WebP while loading them, which is most
 * of the saving over decoding the original once per preset.
 */
export async function decodeIntermediate(
  input: Buffer,
  image: InspectedImage,
  size: Size,
  limits: DecodeLimits
): Promise<RawImage> {
  let pipeline = sharp(input, untrustedInputOptions(limits)).autoOrient();
  if (size.width !== image.width || size.height !== image.height) {
    pipeline = pipeline.resize(size.width, size.height, { fit: 'fill' });
  }
  try {
    const { data, info } = await pipeline.toColourspace('srgb').raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
    if (info.channels !== 3 && info.channels !== 4) throw new Error(`unexpected ${info.channels} channels`);
    return { data, width: info.width, height: info.height, channels: info.channels };
  } catch (error) {
    throw decodeError(error);
  }
}
