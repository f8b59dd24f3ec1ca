import { z } from 'zod';
import type { RenditionPreset } from './presets';

export const focalPointSchema = z.strictObject({
  x: z.number().min(0).max(1),
  y: z.number().min(0).max(1),
});
/** Where the editor wants the crop centred, as fractions of the upright image (0,0 is top left). */
export type FocalPoint = z.infer<typeof focalPointSchema>;

export interface Size {
  width: number;
  height: number;
}

/** A region as fractions of the image, so one plan applies to the original and to any scaled copy. */
export interface RelativeRegion {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type RenditionWarningCode = 'source-too-small' | 'upscaled-to-minimum';

export interface RenditionWarning {
  code: RenditionWarningCode;
  preset: string;
  message: string;
}

export interface RenditionPlan {
  preset: string;
  width: number;
  height: number;
  /** Centred on the focal point; without one, centred (used only for sizing). */
  crop: RelativeRegion;
  /** Output pixels per source pixel across the cropped region; above 1 means upscaling. */
  scale: number;
  warnings: RenditionWarning[];
}

/**
 * Decides the output size and crop of one preset. A source too small for the preset gives a smaller
 * rendition of the same shape, never an upscaled one, unless that would fall below the platform's
 * minimum width; then it is upscaled to exactly that minimum.
 */
export function planRendition(name: string, preset: RenditionPreset, source: Size, focal: FocalPoint | null): RenditionPlan {
  const aspect = preset.width / preset.height;
  const cropWidth = source.width / source.height > aspect ? source.height * aspect : source.width;
  const cropHeight = cropWidth / aspect;

  const warnings: RenditionWarning[] = [];
  let width = preset.width;
  let height = preset.height;
  // The tolerance keeps float error in height × aspect from calling an exact fit too small.
  if (cropWidth < preset.width - 1e-6) {
    width = Math.max(1, Math.floor(cropWidth));
    height = Math.max(1, Math.round(width / aspect));
    const label = `source ${source.width}×${source.height} is too small for '${name}' (${preset.width}×${preset.height})`;
    if (width < preset.minWidth) {
      width = preset.minWidth;
      height = Math.max(1, Math.round(width / aspect));
      warnings.push({
        code: 'upscaled-to-minimum',
        preset: name,
        message: `${label}; upscaled to the ${preset.platform} minimum, ${width}×${height}`,
      });
    } else {
      warnings.push({ code: 'source-too-small', preset: name, message: `${label}; rendition is ${width}×${height}` });
    }
  }

  const crop = focalRegion(source, cropWidth, cropHeight, focal ?? { x: 0.5, y: 0.5 });
  return { preset: name, width, height, crop, scale: width / cropWidth, warnings };
}

function focalRegion(source: Size, cropWidth: number, cropHeight: number, focal: FocalPoint): RelativeRegion {
  const left = clamp(focal.x * source.width - cropWidth / 2, 0, source.width - cropWidth);
  const top = clamp(focal.y * source.height - cropHeight / 2, 0, source.height - cropHeight);
  return {
    left: left / source.width,
    top: top / source.height,
    width: cropWidth / source.width,
    height: cropHeight / source.height,
  };
}

/** The relative region in whole pixels of an image of the given size, kept inside it. */
export function toPixelRegion(region: RelativeRegion, size: Size): { left: number; top: number; width: number; height: number } {
  const width = clamp(Math.round(region.width * size.width), 1, size.width);
  const height = clamp(Math.round(region.height * size.height), 1, size.height);
  const left = clamp(Math.round(region.left * size.width), 0, size.width - width);
  const top = clamp(Math.round(region.top * size.height), 0, size.height - height);
  return { left, top, width, height };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
