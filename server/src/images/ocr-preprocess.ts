import sharp from 'sharp';
import type { ImageSource } from './image-source';
import type { DecodeLimits } from './images-config';
import { decodeError, inspectImage } from './inspect-image';
import { untrustedInputOptions } from './sharp-options';

export interface OcrImage {
  png: Buffer;
  /** Preprocessed pixels per source pixel, to map word boxes back onto the (upright) source. */
  scale: number;
}

// Tesseract reads best with capital letters 20–40 px tall; small images are likely small text. Its
// time grows faster than the pixel count on busy photos (a grainy 24 MP photo took 35 s at 2000 px
// wide, 4 s at 1000), and text meant to be read in a social post survives 2000 px.
const UPSCALE_BELOW_WIDTH = 1000;
const MAX_SIDE = 2000;

/** Greyscale, contrast-stretched, resized PNG for Tesseract, from untrusted bytes. */
export async function prepareForOcr(input: ImageSource, limits: DecodeLimits): Promise<OcrImage> {
  const image = await inspectImage(input, limits);
  const longSide = Math.max(image.width, image.height);
  const scale = longSide > MAX_SIDE ? MAX_SIDE / longSide : image.width < UPSCALE_BELOW_WIDTH ? Math.min(2, MAX_SIDE / longSide) : 1;
  let pipeline = sharp(input, untrustedInputOptions(limits))
    .autoOrient()
    .flatten({ background: '#ffffff' })
    .greyscale();
  if (scale !== 1) {
    pipeline = pipeline.resize(Math.round(image.width * scale), Math.round(image.height * scale), {
      fit: 'fill',
      kernel: 'lanczos3',
    });
  }
  try {
    const png = await pipeline.normalise().png({ compressionLevel: 1 }).toBuffer();
    return { png, scale };
  } catch (error) {
    throw decodeError(error);
  }
}
