import { createDirectoryService } from './directory';
import { createComplianceGateService } from './compliance-gate';
import { createAuditService } from './audit';
import { createReviewService } from './review';

export default {
  directory: createDirectoryService,
  'compliance-gate': createComplianceGateService,
  audit: createAuditService,
  review: createReviewService,
};
