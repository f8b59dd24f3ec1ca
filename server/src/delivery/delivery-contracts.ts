import { z } from 'zod';
import { PUBLICATION_STATUSES } from './publication-status';

export const publicationParams = z.object({ documentId: z.string().regex(/^[A-Za-z0-9]{1,64}$/, 'must be a document id') });

export const publicationListQuery = z
  .object({
    status: z.enum(PUBLICATION_STATUSES).optional(),
    postDocumentId: z.string().regex(/^[A-Za-z0-9]{1,64}$/).optional(),
    limit: z.coerce.number().int().min(1).max(1000).optional(),
  })
  .strict();
export type PublicationListQuery = z.infer<typeof publicationListQuery>;

/** How an operator settles a publication whose outcome is unknown (or retries a failed one). */
export const resolveBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('published'), remoteId: z.string().trim().min(1).max(255), remoteUrl: z.url().max(2048).optional() }).strict(),
  z.object({ action: z.literal('failed'), reason: z.string().trim().min(3).max(2000) }).strict(),
  z.object({ action: z.literal('retry') }).strict(),
]);
export type ResolveInput = z.infer<typeof resolveBody>;
