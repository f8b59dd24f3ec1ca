import type { DeliveryResult, PublicationRecord } from './publication-record';

/**
 * The processor's view of the database. Every transition is guarded by the state it leaves, so two
 * workers racing on one publication see exactly one of them win.
 */
export interface PublicationStore {
  /** scheduled|queued → publishing (attempts + 1); null if another worker has it or it is no longer pending. */
  claim(documentId: string, contentHash: string, now: Date): Promise<PublicationRecord | null>;
  /** publishing → published. */
  markPublished(documentId: string, result: DeliveryResult, now: Date): Promise<boolean>;
  /** publishing → failed. */
  markFailed(documentId: string, error: string): Promise<boolean>;
  /** publishing → unknown: the platform may have the post; a person has to check. */
  markUnknown(documentId: string, error: string): Promise<boolean>;
  /** publishing → queued, to be tried again at retryAt. */
  release(documentId: string, error: string, retryAt: Date): Promise<boolean>;
}
