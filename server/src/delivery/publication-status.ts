export const PUBLICATION_STATUSES = ['scheduled', 'queued', 'publishing', 'published', 'failed', 'cancelled', 'unknown'] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

/** Waiting to be sent: the only states a worker may claim or the reconciler may (re-)enqueue. */
export const PENDING_STATUSES: readonly PublicationStatus[] = ['scheduled', 'queued'];
