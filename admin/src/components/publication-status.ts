import type { PublicationStatus } from '../../../server/src/delivery/publication-status';

export type { PublicationStatus };

/** Every status a publication can have, in the order a legend lists them. */
export const PUBLICATION_STATUS_ORDER: readonly PublicationStatus[] = [
  'scheduled',
  'queued',
  'publishing',
  'published',
  'failed',
  'unknown',
  'cancelled',
];

/**
 * Light background with dark text for contrast (axe checks it); the strip's strong colour tells the
 * statuses apart at a glance, and the label says it in words for those who cannot see the colour.
 */
export const STATUS_COLOURS: Record<PublicationStatus, { background: string; strip: string }> = {
  scheduled: { background: 'primary100', strip: 'primary600' },
  queued: { background: 'secondary100', strip: 'secondary600' },
  publishing: { background: 'alternative100', strip: 'alternative600' },
  published: { background: 'success100', strip: 'success600' },
  failed: { background: 'danger100', strip: 'danger600' },
  unknown: { background: 'warning100', strip: 'warning600' },
  cancelled: { background: 'neutral150', strip: 'neutral500' },
};

export const STATUS_LABELS: Record<PublicationStatus, string> = {
  scheduled: 'Scheduled',
  queued: 'Waiting to retry',
  publishing: 'Sending',
  published: 'Sent',
  failed: 'Failed',
  unknown: 'Outcome unknown',
  cancelled: 'Cancelled',
};

/** Waiting to be sent: the only publications that can be moved or cancelled. */
export const isPending = (status: PublicationStatus): boolean => status === 'scheduled' || status === 'queued';
