import { PermanentError, RetryableError, UnknownOutcomeError, isPlatformError, type PlatformAdapter, type PlatformCredentials, type PlatformName } from '../platforms';
import type { PublicationRecord } from './publication-record';
import type { PublicationStore } from './publication-store';
import { retryDelayMs, type RetryPolicy } from './retry-policy';

export type DeliveryOutcome =
  | { kind: 'skipped' }
  | { kind: 'published'; remoteId: string }
  | { kind: 'retry'; delayMs: number; error: string }
  | { kind: 'failed'; error: string }
  | { kind: 'unknown'; error: string };

export interface ProcessorDeps {
  store: PublicationStore;
  adapterFor(platform: PlatformName): PlatformAdapter;
  credentialsFor(record: PublicationRecord): Promise<PlatformCredentials>;
  policy: RetryPolicy;
  now?: () => number;
}

export type PublicationProcessor = (documentId: string, contentHash: string) => Promise<DeliveryOutcome>;

export function describeError(error: unknown): string {
  if (isPlatformError(error)) return `${error.name} ${error.code}${error.status ? ` (HTTP ${error.status})` : ''}: ${error.message}`.slice(0, 2000);
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 2000);
}

/**
 * Sends one publication, whatever engine calls it (a BullMQ worker or the in-process poller). The
 * claim is what makes a second delivery of the same job harmless: only one caller gets past it.
 */
export function createPublicationProcessor(deps: ProcessorDeps): PublicationProcessor {
  const now = deps.now ?? Date.now;

  return async (documentId, contentHash) => {
    const record = await deps.store.claim(documentId, contentHash, new Date(now()));
    if (!record) return { kind: 'skipped' };

    let credentials: PlatformCredentials;
    try {
      credentials = await deps.credentialsFor(record);
    } catch (error) {
      const message = `credentials unavailable: ${describeError(error)}`;
      await deps.store.markFailed(documentId, message);
      return { kind: 'failed', error: message };
    }

    try {
      const result = await deps.adapterFor(record.platform).publish({
        idempotencyKey: record.jobId,
        text: record.payload.text,
        ...(record.payload.link ? { link: record.payload.link } : {}),
        images: record.payload.images,
        credentials,
      });
      await deps.store.markPublished(documentId, { remoteId: result.remoteId, ...(result.url ? { remoteUrl: result.url } : {}) }, new Date(now()));
      return { kind: 'published', remoteId: result.remoteId };
    } catch (error) {
      const message = describeError(error);
      if (error instanceof PermanentError) {
        await deps.store.markFailed(documentId, message);
        return { kind: 'failed', error: message };
      }
      if (error instanceof RetryableError) {
        if (record.attempts >= deps.policy.maxAttempts) {
          const final = `gave up after ${record.attempts} attempts: ${message}`;
          await deps.store.markFailed(documentId, final);
          return { kind: 'failed', error: final };
        }
        const delayMs = retryDelayMs(error, record.attempts, deps.policy);
        await deps.store.release(documentId, message, new Date(now() + delayMs));
        return { kind: 'retry', delayMs, error: message };
      }
      // UnknownOutcomeError, or anything unclassified: the post may exist, so a person decides.
      const unknown = error instanceof UnknownOutcomeError ? message : `unclassified error: ${message}`;
      await deps.store.markUnknown(documentId, unknown);
      return { kind: 'unknown', error: unknown };
    }
  };
}
