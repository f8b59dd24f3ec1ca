import type { z } from 'zod';
import { UID } from '../constants';
import { parseOrThrow } from '../errors';
import {
  imageAssetCreateSchema,
  imageAssetUpdateSchema,
  postCreateSchema,
  postUpdateSchema,
  replyTemplateCreateSchema,
  replyTemplateUpdateSchema,
} from '../validation/content-schemas';

type Schemas = { create: z.ZodType; update: z.ZodType };

const SCHEMAS: Record<string, Schemas> = {
  [UID.post]: { create: postCreateSchema, update: postUpdateSchema },
  [UID.replyTemplate]: { create: replyTemplateCreateSchema, update: replyTemplateUpdateSchema },
  [UID.imageAsset]: { create: imageAssetCreateSchema, update: imageAssetUpdateSchema },
};

import type { DocumentMiddleware } from './document-middleware';

/** Rejects a bad draft with a 400 that names the field, before anything is written. */
export const validateDrafts: DocumentMiddleware = async (ctx, next) => {
  const schemas = SCHEMAS[ctx.uid];
  if (schemas && (ctx.action === 'create' || ctx.action === 'update')) {
    const data = (ctx.params as { data?: unknown }).data ?? {};
    parseOrThrow(ctx.action === 'create' ? schemas.create : schemas.update, data, 'Invalid data');
  }
  return next();
};
