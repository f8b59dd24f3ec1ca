import type { FakePlatforms } from '../../../../tests/fake-platforms';
import { createFacebookAdapter } from '../facebook-adapter';
import { createInstagramAdapter } from '../instagram-adapter';
import { createLinkedInAdapter } from '../linkedin-adapter';
import type { PlatformAdapter, PublishImage, PublishRequest, SocialPlatform } from '../types';
import { createXAdapter } from '../x-adapter';

export const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export const IMAGE: PublishImage = {
  url: 'https://cdn.example.org/clinic/flu-shot.png',
  altText: 'A nurse gives a patient a flu shot',
  mimeType: 'image/png',
  bytes: async () => PIXEL_PNG,
};

export const ACCOUNTS: Record<SocialPlatform, string> = {
  facebook: '104857600123',
  instagram: '17841400000000001',
  x: '2244994945',
  linkedin: 'urn:li:organization:5515715',
};

let counter = 0;

export function publishRequest(platform: SocialPlatform, overrides: Partial<PublishRequest> = {}): PublishRequest {
  counter++;
  return {
    idempotencyKey: `pub-${counter}`,
    text: `Flu shots are free this week at our clinic (${counter}).`,
    images: [],
    credentials: { accessToken: `token-${platform}`, accountId: ACCOUNTS[platform] },
    ...overrides,
  };
}

/** Generous, so a loaded CI machine never turns a normal call into a timeout. */
export const TIMEOUT_MS = 5_000;
/** For tests that wait for a deliberate hang to time out. */
export const HANG_TIMEOUT_MS = 500;

export function adapterFor(
  platform: SocialPlatform,
  fake: FakePlatforms,
  { now, timeoutMs = TIMEOUT_MS }: { now?: () => number; timeoutMs?: number } = {},
): PlatformAdapter {
  const options = { baseUrl: fake.baseUrlFor(platform), timeoutMs, now };
  switch (platform) {
    case 'facebook':
      return createFacebookAdapter(options);
    case 'instagram':
      return createInstagramAdapter({ ...options, pollIntervalMs: 5 });
    case 'x':
      return createXAdapter(options);
    case 'linkedin':
      return createLinkedInAdapter(options);
  }
}

export async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected the promise to reject');
}
