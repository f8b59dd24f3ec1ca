import { adapterOptionsFromEnv } from './adapter-options';
import { createFacebookAdapter } from './facebook-adapter';
import { createInstagramAdapter } from './instagram-adapter';
import { createLinkedInAdapter } from './linkedin-adapter';
import { createOutboxAdapter, type OutboxAdapterOptions } from './outbox-adapter';
import type { AdapterOptions, FetchLike, PlatformAdapter, PlatformName } from './types';
import { createWebhookAdapter } from './webhook-adapter';
import { createXAdapter } from './x-adapter';

export interface AdapterFactoryInput {
  env?: Record<string, string | undefined>;
  fetch?: FetchLike;
  now?: () => number;
  outbox?: OutboxAdapterOptions;
}

/** Builds one adapter from CLEARPOST_<PLATFORM>_* settings; which platform to use is the caller's choice. */
export function createAdapter(platform: PlatformName, input: AdapterFactoryInput = {}): PlatformAdapter {
  if (platform === 'outbox') return createOutboxAdapter({ now: input.now, ...input.outbox });
  const env = input.env ?? process.env;
  const options: AdapterOptions = adapterOptionsFromEnv(platform, env, {
    ...(input.fetch ? { fetch: input.fetch } : {}),
    ...(input.now ? { now: input.now } : {}),
  });
  switch (platform) {
    case 'facebook':
      return createFacebookAdapter(options);
    case 'instagram':
      return createInstagramAdapter(options);
    case 'x':
      return createXAdapter(options);
    case 'linkedin':
      return createLinkedInAdapter({ ...options, apiVersion: env.CLEARPOST_LINKEDIN_VERSION });
    case 'webhook':
      return createWebhookAdapter(options);
  }
}
