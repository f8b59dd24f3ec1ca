import sharp from 'sharp';
import type { Size } from './crop-plan';
import type { ImageSource } from './image-source';
import type { DecodeLimits } from './images-config';
import { decodeError, type InspectedImage } from './inspect-image';
import { untrustedInputOptions } from './sharp-options';
import type { SupportedInputFormat } from './sniff-format';

export interface RawImage {
  data: Buffer;
  width: number;
  height: number;
  channels: 3 | 4;
}

/**
 * libjpeg can decode at 1/2, 1/4 or 1/8 scale, which skips most of the inverse DCT, and sharp asks it
 * to when the target is at most 1/3, 1/5 or 1/9 of the source (room for libjpeg's rounding). A target
 * just above such a limit gets a full-scale decode and a ~3:1 resize instead: for the usual 24 MP
 * camera photo (6000×4000, where the Instagram portrait needs 1350 of 4000 rows) that is ~40 ms more
 * in the one stage that runs on one core.
 */
const JPEG_SHRINK_ON_LOAD_LIMITS = [3, 5, 9] as const;
/** How much a preset may be upscaled to get that cheaper decode: 2% is not visible, and 6000×4000 needs 1.3%. */
const MAX_UPSCALE_FOR_CHEAPER_DECODE = 1.02;

/**
 * Size of the one decoded copy every rendition is cut from: the source scaled by `scale`, never
 * enlarged; for a JPEG, up to 2% smaller when that lets libjpeg decode it at 1/2, 1/4 or 1/8 scale.
 */
export function intermediateSize(source: Size, scale: number, format: SupportedInputFormat): Size {
  if (scale >= 1) return { width: source.width, height: source.height };
  if (format === 'jpeg') {
    for (const limit of JPEG_SHRINK_ON_LOAD_LIMITS) {
      // Rounded down, so both sides are shrunk by at least `limit`.
      const width = Math.floor(source.width / limit);
      const height = Math.floor(source.height / limit);
      const upscale = scale / Math.min(width / source.width, height / source.height);
      if (width >= 1 && height >= 1 && upscale > 1 && upscale <= MAX_UPSCALE_FOR_CHEAPER_DECODE) return { width, height };
    }
  }
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
  input: ImageSource,
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
