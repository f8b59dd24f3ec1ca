import { PLUGIN_ID } from '../constants';

import type { DocumentMiddleware } from './document-middleware';

// Strapi's own non-writable fields (creator, timestamps) are set by Strapi itself on the way in.
const STRAPI_MANAGED = new Set(['createdBy', 'updatedBy', 'createdAt', 'updatedAt', 'publishedAt', 'documentId', 'locale', 'localizations']);

/**
 * Review and processing fields are `writable: false`, but the Content Manager still accepts them.
 * Whoever writes through the document service (an editor, the content API) cannot set them; our
 * services write them with the query engine instead.
 */
export const stripSystemFields: DocumentMiddleware = async (ctx, next) => {
  if ((ctx.action === 'create' || ctx.action === 'update') && ctx.uid.startsWith(`plugin::${PLUGIN_ID}.`)) {
    const params = ctx.params as { data?: Record<string, unknown> };
    const attributes = ctx.contentType.attributes as Record<string, { writable?: boolean }>;
    if (params.data) {
      params.data = Object.fromEntries(
        Object.entries(params.data).filter(([key]) => STRAPI_MANAGED.has(key) || attributes[key]?.writable !== false)
      );
    }
  }
  return next();
};
