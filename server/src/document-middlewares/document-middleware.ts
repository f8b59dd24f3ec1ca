import type { Core } from '@strapi/strapi';

export type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];
