import { z } from 'zod';
import type { PublicationStatus } from '../delivery/publication-status';

/** The widest window one calendar request may ask for (a month view plus its leading and trailing weeks). */
export const MAX_CALENDAR_WINDOW_DAYS = 62;

const instant = z.iso.datetime({ offset: true });
const documentId = z.string().regex(/^[A-Za-z0-9]{1,64}$/, 'must be a document id');

export const calendarQuery = z
  .object({
    from: instant,
    to: instant,
    channel: documentId.optional(),
  })
  .strict()
  .superRefine((query, ctx) => {
    const from = Date.parse(query.from);
    const to = Date.parse(query.to);
    if (to <= from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be after from' });
    else if (to - from > MAX_CALENDAR_WINDOW_DAYS * 86_400_000) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `the window may span at most ${MAX_CALENDAR_WINDOW_DAYS} days` });
    }
  });
export type CalendarQuery = z.infer<typeof calendarQuery>;

export const publicationIdParams = z.object({ documentId }).strict();

export const rescheduleBody = z.object({ scheduledAt: instant }).strict();
export type RescheduleRequest = z.infer<typeof rescheduleBody>;

export const cancelBody = z.object({ reason: z.string().trim().min(1).max(500).optional() }).strict();
export type CancelRequest = z.infer<typeof cancelBody>;

export interface CalendarChannel {
  documentId: string;
  name: string;
  platform: string;
  enabled: boolean;
}

export interface CalendarEntry {
  documentId: string;
  postDocumentId: string;
  postTitle: string | null;
  channelDocumentId: string;
  platform: string;
  scheduledAt: string;
  status: PublicationStatus;
  sentAt: string | null;
  remoteUrl: string | null;
  lastError: string | null;
  planReason: string | null;
  text: string | null;
}

export interface CalendarResponse {
  /** The plugin's configured time zone: the calendar's days and hours are in it. */
  timezone: string;
  from: string;
  to: string;
  channels: CalendarChannel[];
  publications: CalendarEntry[];
}

export type PublicationChangeResponse = CalendarEntry;
