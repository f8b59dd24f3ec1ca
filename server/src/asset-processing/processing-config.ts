import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../constants';
import { resolveImagesConfig, type ImagesConfig } from '../images';

export interface AssetProcessingConfig {
  images: ImagesConfig;
  ocrEnabled: boolean;
  ocrTimeoutMs: number | undefined;
  redisUrl: string | null;
  /** BullMQ key prefix: the plugin's one prefix (delivery.prefix), so all its Redis keys sit together. */
  prefix: string;
}

interface RawPluginConfig {
  images?: unknown;
  ocr?: { enabled?: boolean; timeoutMs?: number };
  redis?: { url?: string };
  delivery?: { prefix?: string };
}

/** Plugin config as image processing needs it; already validated at boot, so this cannot throw on user input. */
export function resolveAssetProcessingConfig(strapi: Core.Strapi): AssetProcessingConfig {
  const raw = (strapi.config.get(`plugin::${PLUGIN_ID}`) ?? {}) as RawPluginConfig;
  return {
    images: resolveImagesConfig(raw.images ?? {}),
    ocrEnabled: raw.ocr?.enabled ?? true,
    ocrTimeoutMs: raw.ocr?.timeoutMs,
    redisUrl: raw.redis?.url ?? null,
    prefix: raw.delivery?.prefix ?? 'clearpost',
  };
}
