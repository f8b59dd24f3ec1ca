import type { AdapterOptions, PlatformName } from './types';

export const DEFAULT_BASE_URLS: Readonly<Record<Exclude<PlatformName, 'outbox'>, string>> = {
  facebook: 'https://graph.facebook.com/v25.0',
  // Instagram API with Facebook Login; use https://graph.instagram.com/v25.0 for Instagram Login tokens.
  instagram: 'https://graph.facebook.com/v25.0',
  x: 'https://api.x.com/2',
  linkedin: 'https://api.linkedin.com/rest',
  // No sensible default: each webhook credential normally carries its own endpointUrl.
  webhook: '',
};

export const DEFAULT_TIMEOUT_MS = 30_000;

type Env = Record<string, string | undefined>;

/** Reads CLEARPOST_<PLATFORM>_API_URL and CLEARPOST_<PLATFORM>_TIMEOUT_MS; explicit overrides win. */
export function adapterOptionsFromEnv(
  platform: Exclude<PlatformName, 'outbox'>,
  env: Env = process.env,
  overrides: Partial<AdapterOptions> = {},
): AdapterOptions {
  const key = `CLEARPOST_${platform.toUpperCase()}`;
  const baseUrl = (overrides.baseUrl ?? env[`${key}_API_URL`] ?? DEFAULT_BASE_URLS[platform]).replace(/\/+$/, '');
  if (baseUrl !== '' && !/^https?:\/\/[^/]/.test(baseUrl)) {
    throw new Error(`${key}_API_URL must be an absolute http(s) URL, got "${baseUrl}"`);
  }
  const rawTimeout = env[`${key}_TIMEOUT_MS`];
  const timeoutMs = overrides.timeoutMs ?? (rawTimeout === undefined ? DEFAULT_TIMEOUT_MS : Number(rawTimeout));
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
    throw new Error(`${key}_TIMEOUT_MS must be a positive integer (milliseconds), got "${rawTimeout}"`);
  }
  return { ...overrides, baseUrl, timeoutMs };
}
