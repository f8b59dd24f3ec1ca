import { createDirectoryService } from './directory';
import { createComplianceGateService } from './compliance-gate';
import { createAuditService } from './audit';
import { createReviewService } from './review';
import { createAnalyticsService } from './analytics';
import { createChannelsService } from './channels';
import { createPlannerService } from './planner';
import { createDeliveryService } from './delivery';
import { createImageAssetsService } from './image-assets';
import { createFeedbackService } from './feedback';
import { createFeedbackIntakeService } from './feedback-intake';
import { createSettingsService } from './settings';
import { createDirectoryEntriesService } from './directory-entries';
import { createCalendarService } from './calendar';
import { createPostPreviewService } from './post-preview';
import { factories } from '@strapi/strapi';
import { UID } from '../constants';

export default {
  directory: createDirectoryService,
  'compliance-gate': createComplianceGateService,
  audit: createAuditService,
  review: createReviewService,
  analytics: createAnalyticsService,
  channels: createChannelsService,
  planner: createPlannerService,
  delivery: createDeliveryService,
  'image-assets': createImageAssetsService,
  feedback: createFeedbackService,
  'feedback-intake': createFeedbackIntakeService,
  settings: createSettingsService,
  'directory-entries': createDirectoryEntriesService,
  calendar: createCalendarService,
  'post-preview': createPostPreviewService,
  // Core services behind the content-API routes.
  post: factories.createCoreService(UID.post),
  'reply-template': factories.createCoreService(UID.replyTemplate),
};
