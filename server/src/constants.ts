export const PLUGIN_ID = 'clearpost';

export const UID = {
  post: 'plugin::clearpost.post',
  imageAsset: 'plugin::clearpost.image-asset',
  replyTemplate: 'plugin::clearpost.reply-template',
  directoryEntry: 'plugin::clearpost.directory-entry',
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

export const SCHEDULE_MODES = ['as-soon-as-approved', 'at-time', 'best-slot'] as const;
export const REVIEW_STATUSES = ['draft', 'in-review', 'changes-requested', 'approved'] as const;
export const TARGETING_MODES = ['let-analytics-choose', 'selected-platforms'] as const;
export const PROCESSING_STATUSES = ['pending', 'processing', 'ready', 'failed'] as const;
