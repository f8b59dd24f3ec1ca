import { z } from 'zod';
import { FINDING_CATEGORIES, PLATFORMS, TEXT_KINDS } from '../compliance/types';

export const liveCheckBody = z
  .object({
    text: z.string().max(70_000, 'text is longer than any platform accepts (70,000 characters)'),
    kind: z.enum(TEXT_KINDS),
    platform: z.enum(PLATFORMS).optional(),
    context: z.string().max(70_000).optional(),
  })
  .strict();
export type LiveCheckRequest = z.infer<typeof liveCheckBody>;

export const documentIdParams = z.object({ documentId: z.string().min(1).max(64) }).strict();

export const emptyBody = z.object({}).strict();

export const requestChangesBody = z
  .object({ comment: z.string().trim().min(5, 'comment must say what to change (at least 5 characters)').max(5000) })
  .strict();
export type RequestChangesRequest = z.infer<typeof requestChangesBody>;

export const overrideBody = z
  .object({
    field: z.string().min(1).max(200),
    category: z.enum(FINDING_CATEGORIES),
    type: z.string().min(1).max(60),
    text: z.string().max(70_000),
    justification: z.string().trim().min(20, 'justification must explain the override in at least 20 characters').max(5000),
  })
  .strict();
export type OverrideRequestBody = z.infer<typeof overrideBody>;

export const auditQuery = z
  .object({
    documentId: z.string().min(1).max(64).optional(),
    limit: z.coerce.number().int().min(1).max(10_000).optional(),
  })
  .strict();
