import type { DeliveryResult, PublicationRecord } from './publication-record';
import { PENDING_STATUSES, type PublicationStatus } from './publication-status';
import type { PublicationStore } from './publication-store';

export interface StoredPublication extends PublicationRecord {
  remoteId?: string;
  lastError?: string;
  sentAt?: Date;
}

/** PublicationStore in memory, with the same guarded transitions: for benchmarks and unit tests. */
export class MemoryPublicationStore implements PublicationStore {
  readonly rows = new Map<string, StoredPublication>();

  add(record: PublicationRecord): void {
    this.rows.set(record.documentId, { ...record });
  }

  private from(documentId: string, expected: readonly PublicationStatus[]): StoredPublication | null {
    const row = this.rows.get(documentId);
    return row && expected.includes(row.status) ? row : null;
  }

  async claim(documentId: string, contentHash: string, now: Date): Promise<PublicationRecord | null> {
    const row = this.from(documentId, PENDING_STATUSES);
    if (!row || row.contentHash !== contentHash) return null;
    row.status = 'publishing';
    row.attempts += 1;
    row.publishingStartedAt = now;
    return { ...row };
  }

  private move(documentId: string, to: PublicationStatus, patch: Partial<StoredPublication>): boolean {
    const row = this.from(documentId, ['publishing']);
    if (!row) return false;
    Object.assign(row, patch, { status: to });
    return true;
  }

  async markPublished(documentId: string, result: DeliveryResult, now: Date): Promise<boolean> {
    return this.move(documentId, 'published', { remoteId: result.remoteId, sentAt: now });
  }

  async markFailed(documentId: string, error: string): Promise<boolean> {
    return this.move(documentId, 'failed', { lastError: error });
  }

  async markUnknown(documentId: string, error: string): Promise<boolean> {
    return this.move(documentId, 'unknown', { lastError: error });
  }

  async release(documentId: string, error: string): Promise<boolean> {
    return this.move(documentId, 'queued', { lastError: error });
  }
}
