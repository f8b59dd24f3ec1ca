import type { PlatformName } from '../platforms';

export const DELIVERY_PLATFORM_NAMES: readonly PlatformName[] = ['facebook', 'instagram', 'x', 'linkedin', 'webhook', 'outbox'];

/** One queue per platform, so each has its own rate limiter and a busy platform never holds up another. */
export const deliveryQueueName = (platform: PlatformName): string => `clearpost-delivery-${platform}`;

export const PUBLISH_JOB = 'publish';

export interface PublishJobData {
  publicationDocumentId: string;
  contentHash: string;
}
