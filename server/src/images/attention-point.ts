import sharp from 'sharp';
import type { FocalPoint } from './crop-plan';
import type { RawImage } from './intermediate';

// libvips finds attention on a map shrunk to about 32 px across, so a larger copy adds cost, not precision.
const ANALYSIS_SIZE = 1024;

/**
 * sharp's attention strategy, run once per image instead of once per preset. libvips' attention crop
 * centres the crop window on the most salient point (skin tones, saturation, edges) and clamps it to
 * the image; cropping every preset around that one point with planRendition gives the same crops at
 * a fraction of the cost, and the same subject in every rendition.
 */
export async function attentionPoint(image: RawImage): Promise<FocalPoint> {
  const { data, info } = await sharp(image.data, { raw: rawInfo(image) })
    .resize(ANALYSIS_SIZE, ANALYSIS_SIZE, { fit: 'inside', withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  // A square crop of the short side needs no resize first, so attentionX/Y are in this copy's pixels.
  const side = Math.min(info.width, info.height);
  const found = await sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .resize(side, side, { fit: 'cover', position: sharp.strategy.attention })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const x = found.info.attentionX ?? info.width / 2;
  const y = found.info.attentionY ?? info.height / 2;
  return { x: clamp01(x / info.width), y: clamp01(y / info.height) };
}

function rawInfo(image: RawImage): { width: number; height: number; channels: RawImage['channels'] } {
  return { width: image.width, height: image.height, channels: image.channels };
}

function clamp01(value: number): number {
  return Math.min(Math.max(value, 0), 1);
}
