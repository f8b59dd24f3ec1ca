import type { Sharp } from 'sharp';
import { embedIccInJpeg, srgbIccProfile } from './jpeg-icc';
import type { OutputFormat, RenditionPreset } from './presets';
import { RenditionBudgetError } from './rendition-budget-error';

export interface EncodedRendition {
  data: Buffer;
  quality: number;
  width: number;
  height: number;
}

/** Qualities to try, highest first: quality, quality - step, …, ending exactly at minQuality. */
export function qualitySteps(preset: Pick<RenditionPreset, 'quality' | 'minQuality' | 'qualityStep'>): number[] {
  const steps: number[] = [];
  for (let q = preset.quality; q > preset.minQuality; q -= preset.qualityStep) steps.push(q);
  steps.push(preset.minQuality);
  return steps;
}

/**
 * Encodes sRGB pixels, lowering the quality step by step until the file fits the platform's byte
 * budget. `build` returns a fresh pipeline per attempt because a sharp instance encodes only once.
 */
export async function encodeWithinBudget(
  name: string,
  preset: RenditionPreset,
  build: () => Sharp,
  hasAlpha: boolean
): Promise<EncodedRendition> {
  const icc = preset.format === 'jpeg' ? await srgbIccProfile() : null;
  let last: EncodedRendition | undefined;
  for (const quality of qualitySteps(preset)) {
    const encoded = await encoder(build(), preset.format, quality, hasAlpha).toBuffer({ resolveWithObject: true });
    const data = icc ? embedIccInJpeg(encoded.data, icc) : encoded.data;
    const { info } = encoded;
    last = { data, quality, width: info.width, height: info.height };
    if (data.byteLength <= preset.budgetBytes) return last;
  }
  // qualitySteps always yields at least one step, so `last` is set.
  throw new RenditionBudgetError(name, last!.data.byteLength, preset.budgetBytes, last!.quality);
}

/**
 * Output metadata: sharp strips EXIF, XMP and IPTC unless asked to keep them, and the only thing added
 * back is an sRGB profile, so colours display the same everywhere. The pixels are sRGB already, so a
 * JPEG gets the profile embedded afterwards (embedIccInJpeg) instead of withIccProfile's colour
 * transform, which cost about a quarter of each rendition's CPU time.
 */
function encoder(pipeline: Sharp, format: OutputFormat, quality: number, hasAlpha: boolean): Sharp {
  if (format === 'jpeg') {
    // Baseline, not progressive: platforms re-encode uploads, and progressive costs 2–3× the encode time.
    return (hasAlpha ? pipeline.flatten({ background: '#ffffff' }) : pipeline).jpeg({ quality });
  }
  const tagged = pipeline.withIccProfile('srgb');
  switch (format) {
    case 'png':
      return tagged.png({ compressionLevel: 9, palette: quality < 100, quality });
    case 'webp':
      return tagged.webp({ quality });
    case 'avif':
      return tagged.avif({ quality });
  }
}
