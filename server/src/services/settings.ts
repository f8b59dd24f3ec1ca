import type { Core } from '@strapi/strapi';
import type { CheckOptions } from '../compliance';
import { PLUGIN_ID } from '../constants';
import type { SettingsView } from '../contracts/settings';
import { parseOrThrow, ValidationError } from '../errors';
import type { ImagesConfig } from '../images/images-config';
import {
  effectiveSettings,
  ImagesConfigError,
  settingsOverridesSchema,
  type EffectiveSettings,
  type FileSettings,
  type SettingsOverrides,
} from '../settings/settings-overrides';

const STORE_KEY = 'settings';
// Other Strapi processes (a cluster) pick up a change within this time; this one at once.
const CACHE_MS = 30_000;

/** Settings made on the Settings page: overrides kept in the plugin store, merged over the config file. */
export const createSettingsService = ({ strapi }: { strapi: Core.Strapi }) => {
  let cached: { view: SettingsView; at: number } | null = null;
  const store = () => strapi.store({ type: 'plugin', name: PLUGIN_ID });
  const fileSettings = () => (strapi.config.get(`plugin::${PLUGIN_ID}`) ?? {}) as FileSettings;

  const readOverrides = async (): Promise<SettingsOverrides> => {
    const stored = await store().get({ key: STORE_KEY });
    if (stored === null || stored === undefined) return {};
    const parsed = settingsOverridesSchema.safeParse(stored);
    if (parsed.success) return parsed.data;
    // Written by an older version whose schema allowed it: the file config applies until someone saves again.
    strapi.log.warn(`[clearpost] stored settings ignored, they no longer validate: ${parsed.error.message}`);
    return {};
  };

  const load = async (): Promise<SettingsView> => {
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.view;
    const overrides = await readOverrides();
    let effective: EffectiveSettings;
    try {
      effective = effectiveSettings(fileSettings(), overrides);
    } catch (error) {
      strapi.log.warn(`[clearpost] stored settings ignored: ${(error as Error).message}`);
      effective = effectiveSettings(fileSettings(), {});
    }
    const view = { overrides, effective };
    cached = { view, at: Date.now() };
    return view;
  };

  return {
    get: load,

    /** Replaces the stored overrides; `{}` goes back to the config file. Nothing is stored unless all of it is valid. */
    async put(input: unknown): Promise<SettingsView> {
      const overrides = parseOrThrow(settingsOverridesSchema, input, 'Invalid settings');
      let effective: EffectiveSettings;
      try {
        effective = effectiveSettings(fileSettings(), overrides);
      } catch (error) {
        if (!(error instanceof ImagesConfigError)) throw error;
        throw new ValidationError(`Invalid settings: images.presets: ${error.message}`, {
          errors: [{ path: ['images', 'presets'], message: `images.presets: ${error.message}`, name: 'ValidationError' }],
        });
      }
      await store().set({ key: STORE_KEY, value: overrides });
      const view = { overrides, effective };
      cached = { view, at: Date.now() };
      return view;
    },

    async checkOptions(): Promise<CheckOptions> {
      return (await load()).effective.compliance;
    },

    async ocrEnabled(): Promise<boolean> {
      return (await load()).effective.ocr.enabled;
    },

    async imagesConfig(): Promise<ImagesConfig> {
      return (await load()).effective.images;
    },

    invalidate(): void {
      cached = null;
    },
  };
};

export type SettingsService = ReturnType<typeof createSettingsService>;
