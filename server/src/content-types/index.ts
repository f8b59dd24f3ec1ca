import post from './post';
import imageAsset from './image-asset';
import replyTemplate from './reply-template';
import directoryEntry from './directory-entry';
import auditEvent from './audit-event';
import channel from './channel';
import publication from './publication';
import analyticsRecord from './analytics-record';
import feedback from './feedback';
import feedbackWebhookReceipt from './feedback-webhook-receipt';

export default {
  post,
  'image-asset': imageAsset,
  'reply-template': replyTemplate,
  'directory-entry': directoryEntry,
  'audit-event': auditEvent,
  channel,
  publication,
  'analytics-record': analyticsRecord,
  feedback,
  'feedback-webhook-receipt': feedbackWebhookReceipt,
};
