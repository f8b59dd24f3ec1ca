import { PLUGIN_ID } from '../pluginId';

export function prefixTranslations(trad: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(trad).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value]));
}
