import { z } from 'zod';
import { resolveOptions, type CheckOptions } from '../compliance';
import { checkOptionsOverrideSchema, type CheckOptionsOverride } from '../compliance/options-schema';
import { ImagesConfigError, resolveImagesConfig, type ImagesConfig } from '../images/images-config';
import { presetOverrideSchema, type PresetOverride } from '../images/presets';

const PRESET_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * What the Settings page may override, stored in the plugin store. The parts are the plugin config's own
 * schemas (compliance, ocr, image presets), so a value the config file would refuse is refused here too.
 */
export const settingsOverridesSchema = z.strictObject({
  compliance: checkOptionsOverrideSchema.optional(),
  ocr: z.strictObject({ enabled: z.boolean() }).optional(),
  images: z
    .strictObject({
      presets: z.record(
        z.string().regex(PRESET_NAME, 'preset names are lowercase kebab-case'),
        z.union([z.literal(false), presetOverrideSchema])
      ),
    })
    .optional(),
});
export type SettingsOverrides = z.infer<typeof settingsOverridesSchema>;

/** The parts of the plugin config (config/plugins.ts) that overrides go over. */
export interface FileSettings {
  compliance?: CheckOptionsOverride;
  ocr?: { enabled?: boolean };
  images?: { presets?: Record<string, unknown> } & Record<string, unknown>;
}

export interface EffectiveSettings {
  compliance: CheckOptions;
  ocr: { enabled: boolean };
  images: ImagesConfig;
}

function mergeCompliance(file: CheckOptionsOverride | undefined, overrides: CheckOptionsOverride | undefined): CheckOptions {
  return resolveOptions({
    ...file,
    ...overrides,
    platformLimits: { ...resolveOptions().platformLimits, ...file?.platformLimits, ...overrides?.platformLimits },
    recommendedLengths: { ...resolveOptions().recommendedLengths, ...file?.recommendedLengths, ...overrides?.recommendedLengths },
  });
}

/** A preset override merges over the config file's entry for the same name; `false` on either side drops it. */
function mergePresets(file: Record<string, unknown> | undefined, overrides: Record<string, PresetOverride | false> | undefined) {
  const merged: Record<string, unknown> = { ...file };
  for (const [name, override] of Object.entries(overrides ?? {})) {
    const base = merged[name];
    merged[name] = override === false || base === false || base === undefined ? override : { ...(base as object), ...override };
  }
  return merged;
}

/** Overrides over the config file over the built-in defaults. Throws ImagesConfigError when presets do not combine. */
export function effectiveSettings(file: FileSettings, overrides: SettingsOverrides): EffectiveSettings {
  return {
    compliance: mergeCompliance(file.compliance, overrides.compliance),
    ocr: { enabled: overrides.ocr?.enabled ?? file.ocr?.enabled ?? true },
    images: resolveImagesConfig({ ...file.images, presets: mergePresets(file.images?.presets, overrides.images?.presets) }),
  };
}

export { ImagesConfigError };
