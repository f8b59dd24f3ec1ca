import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { getService } from '../utils/get-service';

import type { DocumentMiddleware } from './document-middleware';

export const createDirectoryInvalidation =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    const result = await next();
    if (ctx.uid === UID.directoryEntry && ctx.action !== 'findOne' && ctx.action !== 'findMany' && ctx.action !== 'findFirst' && ctx.action !== 'count') {
      getService(strapi, 'directory').invalidate();
    }
    return result;
  };
