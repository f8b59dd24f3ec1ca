export type SocialPlatform = 'facebook' | 'instagram' | 'x' | 'linkedin';
export type PlatformName = SocialPlatform | 'webhook' | 'outbox';

export interface PublishImage {
  /** Public URL; Facebook and Instagram fetch it themselves, so it must be reachable from the internet. */
  url: string;
  /** Raw bytes for platforms that need an upload (X, LinkedIn); when absent the adapter downloads `url`. */
  bytes?: () => Promise<Buffer>;
  altText: string;
  mimeType: string;
}

export interface PlatformCredentials {
  accessToken: string;
  /** Page id (Facebook), IG user id (Instagram), user id (X), author URN (LinkedIn), integration id (webhook). */
  accountId: string;
  /** Webhook only: target URL; falls back to the adapter's baseUrl. */
  endpointUrl?: string;
}

export interface PublishRequest {
  /** Stable per publication attempt; forwarded where a platform or receiver can deduplicate with it. */
  idempotencyKey: string;
  text: string;
  link?: string;
  images: PublishImage[];
  credentials: PlatformCredentials;
}

export interface PublishResult {
  remoteId: string;
  url?: string;
}

export interface PlatformAdapter {
  readonly platform: PlatformName;
  publish(req: PublishRequest): Promise<PublishResult>;
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface AdapterOptions {
  baseUrl: string;
  fetch?: FetchLike;
  timeoutMs: number;
  now?: () => number;
}
