import { UID } from '../constants';
import { ForbiddenError } from '../errors';

import type { DocumentMiddleware } from './document-middleware';

const WRITES = new Set(['create', 'update', 'delete', 'clone', 'publish', 'unpublish', 'discardDraft']);

/** The audit trail is append-only, and only the audit service (through the query engine) appends. */
export const guardAuditTrail: DocumentMiddleware = async (ctx, next) => {
  if (ctx.uid === UID.auditEvent && WRITES.has(ctx.action)) {
    throw new ForbiddenError('The audit trail is append-only and cannot be changed through the document service.');
  }
  return next();
};
