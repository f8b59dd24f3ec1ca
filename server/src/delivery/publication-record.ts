import type { PlatformName } from '../platforms';
import type { PublicationStatus } from './publication-status';

/** What goes out, frozen from the approved post when it was published. */
export interface PublicationPayload {
  text: string;
  link?: string;
  images: Array<{ url: string; altText: string; mimeType: string }>;
}

export interface PublicationRecord {
  documentId: string;
  postDocumentId: string;
  channelDocumentId: string;
  platform: PlatformName;
  scheduledAt: Date;
  status: PublicationStatus;
  attempts: number;
  contentHash: string;
  jobId: string;
  payload: PublicationPayload;
  publishingStartedAt: Date | null;
}

export interface DeliveryResult {
  remoteId: string;
  remoteUrl?: string;
}
