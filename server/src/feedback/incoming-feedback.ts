import { z } from 'zod';
import { FEEDBACK_SOURCES } from './feedback-values';

export const MAX_BATCH = 500;

/** One review or comment as senders (webhook, CSV, pull) hand it to us. */
export const incomingFeedbackSchema = z
  .object({
    source: z.enum(FEEDBACK_SOURCES),
    externalId: z.string().trim().min(1).max(255),
    authorName: z.string().trim().max(160).optional(),
    rating: z.number().int().min(1).max(5).optional(),
    text: z.string().trim().min(1).max(10_000),
    receivedAt: z.iso.datetime({ offset: true }),
    /** The remote post the comment belongs to, when replying needs it. */
    parentId: z.string().trim().min(1).max(255).optional(),
    /** The directory entry (provider or department) it concerns, when the sender knows it. */
    concernsDocumentId: z.string().min(1).max(64).optional(),
  })
  .strict();
export type IncomingFeedback = z.infer<typeof incomingFeedbackSchema>;

export const batchSchema = z.object({ items: z.array(incomingFeedbackSchema).min(1).max(MAX_BATCH) }).strict();

/** A webhook body is one item or `{ items: [...] }`; the shape is picked first so errors name the item's own fields. */
export const webhookSchemaFor = (body: unknown) =>
  typeof body === 'object' && body !== null && !Array.isArray(body) && 'items' in body ? batchSchema : incomingFeedbackSchema;

export const itemsOf = (body: z.infer<typeof batchSchema> | IncomingFeedback): IncomingFeedback[] =>
  'items' in body ? body.items : [body];

/** What makes a feedback item the same item: its source and the source's id for it. */
export const feedbackKey = (item: Pick<IncomingFeedback, 'source' | 'externalId'>): string =>
  `${item.source}\u0000${item.externalId}`;

/** Within one delivery the same (source, externalId) twice is one item. */
export function dedupeIncoming(items: readonly IncomingFeedback[]): IncomingFeedback[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = feedbackKey(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
