import { createDirectoryService } from './directory';
import { createComplianceGateService } from './compliance-gate';
import { createAuditService } from './audit';
import { createReviewService } from './review';
import { factories } from '@strapi/strapi';
import { UID } from '../constants';

export default {
  directory: createDirectoryService,
  'compliance-gate': createComplianceGateService,
  audit: createAuditService,
  review: createReviewService,
  // Core services behind the content-API routes.
  post: factories.createCoreService(UID.post),
  'reply-template': factories.createCoreService(UID.replyTemplate),
};
