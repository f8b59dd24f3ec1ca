import sharp from 'sharp';
import type { FocalPoint } from './crop-plan';
import type { RawImage } from './intermediate';

/**
 * sharp's attention strategy, run once per image instead of once per preset. libvips' attention crop
 * centres the crop window on the most salient point (skin tones, saturation, edges) and clamps it to
 * the image; cropping every preset around that one point with planRendition gives the same crops at
 * a fraction of the cost, and the same subject in every rendition.
 *
 * libvips looks for that point on a map it shrinks to about 32 px across, so the intermediate is
 * searched as it is (a smaller copy made first only adds a resize), and only one pixel of the crop is
 * written out: what is wanted is where libvips put the crop, not the crop.
 */
export async function attentionPoint(image: RawImage): Promise<FocalPoint> {
  const { width, height } = image;
  const side = Math.min(width, height);
  // A crop of the short side needs no resize first, so attentionX/Y are in the image's pixels. libvips
  // searches only when the window is smaller than the image, so a square image gets one a row short.
  const window = width === height ? { width, height: height - 1 } : { width: side, height: side };
  if (window.height < 1) return { x: 0.5, y: 0.5 };
  const { info } = await sharp(image.data, { raw: { width, height, channels: image.channels } })
    .resize(window.width, window.height, { fit: 'cover', position: sharp.strategy.attention })
    .extract({ left: 0, top: 0, width: 1, height: 1 })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const x = info.attentionX ?? width / 2;
  const y = info.attentionY ?? height / 2;
  return { x: clamp01(x / width), y: clamp01(y / height) };
}

function clamp01(value: number): number {
  return Math.min(Math.max(value, 0), 1);
}
