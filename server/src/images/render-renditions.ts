import sharp from 'sharp';
import { withAllCores } from './all-cores';
import { attentionPoint } from './attention-point';
import { focalPointSchema, planRendition, toPixelRegion, type FocalPoint, type RenditionPlan, type RenditionWarning } from './crop-plan';
import { encodeWithinBudget } from './encode-rendition';
import type { ImageSource } from './image-source';
import { resolveImagesConfig, type ImagesConfig } from './images-config';
import { inspectImage } from './inspect-image';
import { decodeIntermediate, intermediateSize, type RawImage } from './intermediate';
import type { ImagePlatform, OutputFormat, RenditionPreset } from './presets';
import type { SupportedInputFormat } from './sniff-format';

export interface RenditionProgress {
  /** 0–100; decoding the original counts as one step, each preset as one more. */
  percent: number;
  /** The preset just finished, or null for the decoding step. */
  preset: string | null;
  completed: number;
  total: number;
}

export interface RenderOptions {
  /** From resolveImagesConfig; the defaults when omitted. */
  config?: ImagesConfig;
  /** Preset names to make, in this order; all configured presets when omitted. */
  presets?: readonly string[];
  focalPoint?: FocalPoint | null;
  onProgress?: (progress: RenditionProgress) => void;
  /** Presets encoded at once. sharp runs each on one libvips thread here, so 2 uses two cores. */
  concurrency?: number;
}

export interface Rendition {
  preset: string;
  platform: ImagePlatform;
  format: OutputFormat;
  width: number;
  height: number;
  quality: number;
  bytes: number;
  data: Buffer;
}

export interface RenditionSet {
  source: { format: SupportedInputFormat; width: number; height: number };
  /** Where every crop is centred: the editor's focal point, or the one sharp's attention strategy found. */
  focus: { point: FocalPoint; from: 'editor' | 'attention' };
  renditions: Rendition[];
  /** Presets the source is too small for. Show these to the editor. */
  warnings: RenditionWarning[];
}

export class UnknownPresetError extends Error {
  override readonly name = 'UnknownPresetError';
}

/**
 * Makes every requested rendition of an untrusted image. Throws ImageRejectedError for bad input and
 * RenditionBudgetError when a rendition can't fit its platform's byte budget.
 */
export async function renderRenditions(input: ImageSource, options: RenderOptions = {}): Promise<RenditionSet> {
  const config = options.config ?? resolveImagesConfig();
  const presets = selectPresets(config, options.presets);
  const focal = options.focalPoint ? focalPointSchema.parse(options.focalPoint) : null;
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 2));

  const image = await inspectImage(input, config);
  // Output sizes and the crop shape don't depend on where the crop sits, so the intermediate can be
  // sized before the attention point is known.
  const sizing = presets.map(([name, preset]) => planRendition(name, preset, image, null));
  // Just big enough for the most demanding preset, so each one is a downscale of at most 1:1 (or a
  // JPEG upscale of at most 2%, where that makes the decode much cheaper: see intermediateSize).
  const scale = Math.min(1, Math.max(...sizing.map((plan) => plan.scale)));
  const { intermediate, focus } = await withAllCores(async () => {
    const decoded = await decodeIntermediate(input, image, intermediateSize(image, scale, image.format), config);
    const found = focal
      ? { point: focal, from: 'editor' as const }
      : { point: await attentionPoint(decoded), from: 'attention' as const };
    return { intermediate: decoded, focus: found };
  });
  const plans = presets.map(([name, preset]) => planRendition(name, preset, image, focus.point));

  const total = presets.length + 1;
  let completed = 1;
  const report = (preset: string | null): void =>
    options.onProgress?.({ percent: Math.round((100 * completed) / total), preset, completed, total });
  report(null);

  const renditions = new Array<Rendition>(presets.length);
  // Largest first, so the workers finish together instead of one waiting on a big preset at the end.
  const order = plans.map((plan, index) => ({ index, pixels: plan.width * plan.height })).sort((a, b) => b.pixels - a.pixels);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < order.length) {
      const index = order[next++]!.index;
      const [name, preset] = presets[index]!;
      renditions[index] = await renderOne(intermediate, name, preset, plans[index]!, image.hasAlpha);
      completed += 1;
      report(name);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, presets.length) }, worker));

  return {
    source: { format: image.format, width: image.width, height: image.height },
    focus,
    renditions,
    warnings: plans.flatMap((plan) => plan.warnings),
  };
}

async function renderOne(
  source: RawImage,
  name: string,
  preset: RenditionPreset,
  plan: RenditionPlan,
  hasAlpha: boolean
): Promise<Rendition> {
  const region = toPixelRegion(plan.crop, source);
  const build = () =>
    sharp(source.data, { raw: { width: source.width, height: source.height, channels: source.channels } })
      .extract(region)
      .resize(plan.width, plan.height, { fit: 'fill' });
  const encoded = await encodeWithinBudget(name, preset, build, hasAlpha && source.channels === 4);
  return {
    preset: name,
    platform: preset.platform,
    format: preset.format,
    width: encoded.width,
    height: encoded.height,
    quality: encoded.quality,
    bytes: encoded.data.byteLength,
    data: encoded.data,
  };
}

function selectPresets(config: ImagesConfig, names: readonly string[] | undefined): Array<[string, RenditionPreset]> {
  if (!names) return Object.entries(config.presets);
  if (names.length === 0) throw new UnknownPresetError('no presets requested');
  return names.map((name) => {
    const preset = config.presets[name];
    if (!preset) {
      throw new UnknownPresetError(`unknown preset '${name}'; known: ${Object.keys(config.presets).join(', ')}`);
    }
    return [name, preset];
  });
}
