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

export interface EncodeAttempt {
  quality: number;
  /** JPEG only: optimised Huffman tables, ~3 % smaller files for about twice the encode time. */
  optimiseCoding: boolean;
}

/** Qualities to try, highest first: quality, quality - step, …, ending exactly at minQuality. */
export function qualitySteps(preset: Pick<RenditionPreset, 'quality' | 'minQuality' | 'qualityStep'>): number[] {
  const steps: number[] = [];
  for (let q = preset.quality; q > preset.minQuality; q -= preset.qualityStep) steps.push(q);
  steps.push(preset.minQuality);
  return steps;
}

/**
 * What to try, in order, until a rendition fits its budget. A JPEG is first encoded with standard
 * Huffman tables: renditions are far below the platforms' budgets and the platforms re-encode uploads,
 * so the ~3 % optimised tables save is not worth doubling the encode, the largest CPU cost of a
 * rendition. Only a JPEG over budget gets optimised tables, at the same quality before any lower one.
 */
export function encodeAttempts(preset: Pick<RenditionPreset, 'format' | 'quality' | 'minQuality' | 'qualityStep'>): EncodeAttempt[] {
  const optimised = qualitySteps(preset).map((quality) => ({ quality, optimiseCoding: true }));
  return preset.format === 'jpeg' ? [{ quality: preset.quality, optimiseCoding: false }, ...optimised] : optimised;
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
  for (const attempt of encodeAttempts(preset)) {
    const { quality } = attempt;
    const encoded = await encoder(build(), preset.format, attempt, hasAlpha).toBuffer({ resolveWithObject: true });
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
function encoder(pipeline: Sharp, format: OutputFormat, { quality, optimiseCoding }: EncodeAttempt, hasAlpha: boolean): Sharp {
  if (format === 'jpeg') {
    // Baseline, not progressive: platforms re-encode uploads, and progressive costs 2–3× the encode time.
    return (hasAlpha ? pipeline.flatten({ background: '#ffffff' }) : pipeline).jpeg({ quality, optimiseCoding });
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
