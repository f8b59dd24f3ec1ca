export const PLUGIN_ID = 'clearpost';
