import { z } from 'zod';
import {
  DEFAULT_PRESETS,
  presetFor,
  presetOverrideSchema,
  renditionPresetSchema,
  type PresetOverride,
  type RenditionPreset,
} from './presets';

/** 'none' is left out on purpose: untrusted uploads must not decode past errors. */
export const FAIL_ON_LEVELS = ['warning', 'error', 'truncated'] as const;
export type FailOnLevel = (typeof FAIL_ON_LEVELS)[number];

export const DEFAULT_LIMIT_INPUT_PIXELS = 100_000_000;

export const imagesConfigInputSchema = z.strictObject({
  limitInputPixels: z.int().positive().max(1_000_000_000).default(DEFAULT_LIMIT_INPUT_PIXELS),
  failOn: z.enum(FAIL_ON_LEVELS).default('warning'),
  /**
   * Keyed by preset name; each value is a partial preset merged over the default, or `false` to drop
   * a default preset. New names need platform, width and height. Checked entry by entry below, so
   * an error names the preset and field.
   */
  presets: z.record(z.string(), z.unknown()).default({}),
});

const PRESET_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;
export type ImagesConfigInput = z.input<typeof imagesConfigInputSchema>;

export interface DecodeLimits {
  limitInputPixels: number;
  failOn: FailOnLevel;
}

export interface ImagesConfig extends DecodeLimits {
  presets: Readonly<Record<string, RenditionPreset>>;
}

export class ImagesConfigError extends Error {
  override readonly name = 'ImagesConfigError';
}

export function resolveImagesConfig(input: unknown = {}): ImagesConfig {
  const parsed = imagesConfigInputSchema.safeParse(input ?? {});
  if (!parsed.success) throw new ImagesConfigError(`Invalid images config:\n${z.prettifyError(parsed.error)}`);
  const { presets: rawOverrides, ...limits } = parsed.data;
  const overrides = parseOverrides(rawOverrides);

  const presets: Record<string, RenditionPreset> = {};
  const names = new Set([...Object.keys(DEFAULT_PRESETS), ...Object.keys(overrides)]);
  for (const name of names) {
    const override = overrides[name];
    if (override === false) continue;
    const merged = mergePreset(name, DEFAULT_PRESETS[name], override);
    const checked = renditionPresetSchema.safeParse(merged);
    if (!checked.success) {
      throw new ImagesConfigError(`Invalid images config, preset '${name}':\n${z.prettifyError(checked.error)}`);
    }
    presets[name] = checked.data;
  }
  return { ...limits, presets };
}

function parseOverrides(raw: Record<string, unknown>): Record<string, PresetOverride | false> {
  const overrides: Record<string, PresetOverride | false> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (!PRESET_NAME.test(name)) {
      throw new ImagesConfigError(`Invalid images config: preset name '${name}' must be lowercase kebab-case`);
    }
    if (value === false) {
      overrides[name] = false;
      continue;
    }
    const parsed = presetOverrideSchema.safeParse(value);
    if (!parsed.success) {
      throw new ImagesConfigError(`Invalid images config, preset '${name}':\n${z.prettifyError(parsed.error)}`);
    }
    overrides[name] = parsed.data;
  }
  return overrides;
}

function mergePreset(name: string, base: RenditionPreset | undefined, override: PresetOverride | undefined): unknown {
  if (base) {
    // A platform change on a default preset brings that platform's budget and minimum along.
    const rebased =
      override?.platform && override.platform !== base.platform
        ? presetFor(override.platform, base.width, base.height)
        : base;
    return { ...rebased, ...override };
  }
  const { platform, width, height } = override ?? {};
  if (!platform || width === undefined || height === undefined) {
    throw new ImagesConfigError(`Invalid images config, preset '${name}': a new preset needs platform, width and height`);
  }
  return { ...presetFor(platform, width, height), ...override };
}
