import { PLUGIN_ID } from '../pluginId';

/** The full message id of one of our keys in translations/en.json (registered with the plugin prefix). */
export const getTranslation = (key: string): string => `${PLUGIN_ID}.${key}`;
