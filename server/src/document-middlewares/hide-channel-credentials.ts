import { UID } from '../constants';

import type { DocumentMiddleware } from './document-middleware';

const FIELD = 'credentialsEncrypted';

function strip(value: unknown, depth = 0): void {
  if (depth > 2 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) strip(item, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  delete record[FIELD];
  // delete() answers { documentId, entries: [...] }.
  if (Array.isArray(record.entries)) strip(record.entries, depth + 1);
}

/**
 * `private` keeps the ciphertext out of the content API, but the Content Manager returns private fields
 * to admins. Every read through the document service drops it; the channels service reads it with the
 * query engine, which this middleware does not touch.
 */
export const hideChannelCredentials: DocumentMiddleware = async (ctx, next) => {
  const result = await next();
  if (ctx.uid === UID.channel) strip(result);
  return result;
};
