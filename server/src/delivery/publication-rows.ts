import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import type { PlatformName } from '../platforms';
import type { PublicationPayload, PublicationRecord } from './publication-record';
import type { PublicationStatus } from './publication-status';

export interface PublicationRow {
  id: number;
  documentId: string;
  postDocumentId: string;
  channelDocumentId: string;
  platform: string;
  scheduledAt: string | number | Date;
  timezone: string | null;
  status: PublicationStatus;
  attempts: number | null;
  nextAttemptAt: string | number | Date | null;
  publishingStartedAt: string | number | Date | null;
  sentAt: string | number | Date | null;
  remoteId: string | null;
  remoteUrl: string | null;
  lastError: string | null;
  contentHash: string;
  jobId: string;
  planReason: string | null;
  payload: unknown;
}

export const publications = (strapi: Core.Strapi) => strapi.db.query(UID.publication as never);

const toDate = (value: string | number | Date | null): Date | null => (value === null || value === undefined ? null : new Date(value));

export function toRecord(row: PublicationRow): PublicationRecord {
  return {
    documentId: row.documentId,
    postDocumentId: row.postDocumentId,
    channelDocumentId: row.channelDocumentId,
    platform: row.platform as PlatformName,
    scheduledAt: new Date(row.scheduledAt),
    status: row.status,
    attempts: row.attempts ?? 0,
    contentHash: row.contentHash,
    jobId: row.jobId,
    payload: (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as PublicationPayload,
    publishingStartedAt: toDate(row.publishingStartedAt),
  };
}

/** When a pending publication should next be tried: its time, or later if a retry was scheduled. */
export function dueAt(row: Pick<PublicationRow, 'scheduledAt' | 'nextAttemptAt'>): Date {
  const scheduled = new Date(row.scheduledAt);
  const next = toDate(row.nextAttemptAt);
  return next && next > scheduled ? next : scheduled;
}

/** The admin's view of a publication (no payload internals beyond the text). */
export function toView(row: PublicationRow) {
  const payload = (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as PublicationPayload | null;
  return {
    documentId: row.documentId,
    postDocumentId: row.postDocumentId,
    channelDocumentId: row.channelDocumentId,
    platform: row.platform,
    scheduledAt: new Date(row.scheduledAt).toISOString(),
    timezone: row.timezone ?? 'UTC',
    status: row.status,
    attempts: row.attempts ?? 0,
    sentAt: toDate(row.sentAt)?.toISOString() ?? null,
    remoteId: row.remoteId,
    remoteUrl: row.remoteUrl,
    lastError: row.lastError,
    contentHash: row.contentHash,
    planReason: row.planReason,
    text: payload?.text ?? null,
  };
}
export type PublicationView = ReturnType<typeof toView>;
