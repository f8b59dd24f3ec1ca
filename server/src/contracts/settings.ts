import type { EffectiveSettings, SettingsOverrides } from '../settings/settings-overrides';

export type { SettingsOverrides, EffectiveSettings };

/** GET/PUT /clearpost/settings: what is stored, and what the engine and image pipeline use (defaults < config file < overrides). */
export interface SettingsView {
  overrides: SettingsOverrides;
  effective: EffectiveSettings;
}
