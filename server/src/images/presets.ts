import { z } from 'zod';

export const IMAGE_PLATFORMS = ['instagram', 'facebook', 'x', 'linkedin'] as const;
export type ImagePlatform = (typeof IMAGE_PLATFORMS)[number];

export const OUTPUT_FORMATS = ['jpeg', 'png', 'webp', 'avif'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

// Decimal megabytes: where a platform says "5 MB" the smaller reading is the one that never fails.
const MB = 1_000_000;

/** Byte budgets are the platforms' upload limits; minimum widths follow their published guidance. */
export const PLATFORM_DEFAULTS: Readonly<
  Record<ImagePlatform, { budgetBytes: number; minWidth: number; format: OutputFormat; quality: number }>
> = {
  instagram: { budgetBytes: 8 * MB, minWidth: 320, format: 'jpeg', quality: 88 },
  facebook: { budgetBytes: 10 * MB, minWidth: 600, format: 'jpeg', quality: 85 },
  x: { budgetBytes: 5 * MB, minWidth: 600, format: 'jpeg', quality: 85 },
  linkedin: { budgetBytes: 5 * MB, minWidth: 552, format: 'jpeg', quality: 85 },
};

const presetFields = {
  platform: z.enum(IMAGE_PLATFORMS),
  width: z.int().min(16).max(8192),
  height: z.int().min(16).max(8192),
  format: z.enum(OUTPUT_FORMATS),
  quality: z.int().min(1).max(100),
  /** The lowest quality tried before giving up on the byte budget. */
  minQuality: z.int().min(1).max(100),
  qualityStep: z.int().min(1).max(50),
  budgetBytes: z.int().positive(),
  /** Small sources are never upscaled, except up to this width (the platform's minimum). */
  minWidth: z.int().min(1).max(8192),
};

export const renditionPresetSchema = z
  .strictObject(presetFields)
  .refine((p) => p.minQuality <= p.quality, { message: 'minQuality must not exceed quality', path: ['minQuality'] })
  .refine((p) => p.minWidth <= p.width, { message: 'minWidth must not exceed width', path: ['minWidth'] });
export type RenditionPreset = z.infer<typeof renditionPresetSchema>;

/** What config may give for a preset: any subset of fields, merged over the default or the platform's values. */
export const presetOverrideSchema = z.strictObject(presetFields).partial();
export type PresetOverride = z.infer<typeof presetOverrideSchema>;

export function presetFor(platform: ImagePlatform, width: number, height: number): RenditionPreset {
  const defaults = PLATFORM_DEFAULTS[platform];
  return { platform, width, height, minQuality: 50, qualityStep: 5, ...defaults };
}

export const DEFAULT_PRESETS: Readonly<Record<string, RenditionPreset>> = {
  'instagram-square': presetFor('instagram', 1080, 1080),
  'instagram-portrait': presetFor('instagram', 1080, 1350),
  'instagram-landscape': presetFor('instagram', 1080, 566),
  facebook: presetFor('facebook', 1200, 630),
  x: presetFor('x', 1600, 900),
  linkedin: presetFor('linkedin', 1200, 627),
};
