export const PLUGIN_ID = 'clearpost';

export const UID = {
  post: 'plugin::clearpost.post',
  imageAsset: 'plugin::clearpost.image-asset',
  replyTemplate: 'plugin::clearpost.reply-template',
  directoryEntry: 'plugin::clearpost.directory-entry',
  auditEvent: 'plugin::clearpost.audit-event',
  channel: 'plugin::clearpost.channel',
  analyticsRecord: 'plugin::clearpost.analytics-record',
  publication: 'plugin::clearpost.publication',
  feedback: 'plugin::clearpost.feedback',
  feedbackWebhookReceipt: 'plugin::clearpost.feedback-webhook-receipt',
} as const;

export type ClearpostUid = (typeof UID)[keyof typeof UID];

export const COMPONENT_UID = {
  platformVariant: 'clearpost.platform-variant',
} as const;

export const QUESTION_CATEGORIES = [
  'appointments',
  'billing',
  'prescriptions',
  'test-results',
  'complaints',
  'general',
] as const;
export type QuestionCategory = (typeof QUESTION_CATEGORIES)[number];

export const SCHEDULE_MODES = ['as-soon-as-approved', 'at-time', 'best-slot'] as const;
export const REVIEW_STATUSES = ['draft', 'in-review', 'changes-requested', 'approved'] as const;
export const TARGETING_MODES = ['let-analytics-choose', 'selected-platforms'] as const;
export const PROCESSING_STATUSES = ['pending', 'processing', 'ready', 'failed'] as const;

export const AUDIT_ACTIONS = [
  'submit',
  'approve',
  'request-changes',
  'override',
  'publish-blocked',
  'publish',
  'unpublish',
  'feedback-received',
  'feedback-drafted',
  'feedback-blocked',
  'feedback-approval-requested',
  'feedback-approved',
  'feedback-sent',
  'feedback-send-failed',
  'feedback-send-unknown',
  'feedback-outcome-resolved',
  'feedback-taken-offline',
  'fraud-flagged',
  'fraud-approved',
  'fraud-reversed',
  'reschedule',
  'cancel-publication',
  'delivery-resolved',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** RBAC actions, registered with the admin permission service and mirrored in admin/src/constants.ts. */
export const ACTIONS = [
  { section: 'plugins', displayName: 'Submit posts for review', uid: 'review.submit', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Approve or send back posts', uid: 'review.approve', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Run the live compliance check', uid: 'compliance.check', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Override compliance findings', uid: 'compliance.override', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Read the audit trail', uid: 'audit.read', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Read analytics, ROI and post plans', uid: 'analytics.read', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Import analytics', uid: 'analytics.import', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Manage channels and their credentials', uid: 'channels.manage', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Operate delivery (queues, unknown publications)', uid: 'delivery.operate', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Upload image assets', uid: 'assets.manage', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Read the feedback inbox', uid: 'feedback.read', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Answer feedback, take it offline, flag fraud', uid: 'feedback.respond', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Approve replies to negative feedback and fraud flags', uid: 'feedback.approve', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Import and pull feedback', uid: 'feedback.import', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Manage settings (directory, compliance options, image presets)', uid: 'settings.manage', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Reschedule or cancel scheduled publications', uid: 'schedule.manage', pluginName: PLUGIN_ID },
] as const;

/** Kept out of PERMISSION, which seed-roles grants wholesale to the Compliance Reviewer: by default only Super Admin holds it. */
export const OPERATOR_PERMISSION = {
  deliveryOperate: 'plugin::clearpost.delivery.operate',
} as const;

export const PERMISSION = {
  submit: 'plugin::clearpost.review.submit',
  approve: 'plugin::clearpost.review.approve',
  check: 'plugin::clearpost.compliance.check',
  override: 'plugin::clearpost.compliance.override',
  auditRead: 'plugin::clearpost.audit.read',
  analyticsRead: 'plugin::clearpost.analytics.read',
  analyticsImport: 'plugin::clearpost.analytics.import',
  channelsManage: 'plugin::clearpost.channels.manage',
  assetsManage: 'plugin::clearpost.assets.manage',
  feedbackRead: 'plugin::clearpost.feedback.read',
  feedbackRespond: 'plugin::clearpost.feedback.respond',
  feedbackApprove: 'plugin::clearpost.feedback.approve',
  feedbackImport: 'plugin::clearpost.feedback.import',
  settingsManage: 'plugin::clearpost.settings.manage',
  scheduleManage: 'plugin::clearpost.schedule.manage',
} as const;

export const COMPLIANCE_REVIEWER_ROLE = {
  code: 'clearpost-compliance-reviewer',
  name: 'Compliance Reviewer',
  description: 'Reviews posts: approves or sends them back, overrides findings with a justification, reads the audit trail.',
} as const;

export const ERROR_CODES = {
  complianceBlocked: 'CLEARPOST_COMPLIANCE_BLOCKED',
  notApproved: 'CLEARPOST_NOT_APPROVED',
  approvalStale: 'CLEARPOST_APPROVAL_STALE',
  selfApproval: 'CLEARPOST_SELF_APPROVAL',
  notInReview: 'CLEARPOST_NOT_IN_REVIEW',
  overrideNotAllowed: 'CLEARPOST_OVERRIDE_NOT_ALLOWED',
  replyNotPossible: 'CLEARPOST_REPLY_NOT_POSSIBLE',
  replyOutcomeUnknown: 'CLEARPOST_REPLY_OUTCOME_UNKNOWN',
  webhookRefused: 'CLEARPOST_WEBHOOK_REFUSED',
} as const;
