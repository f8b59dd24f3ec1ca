import type { PERMISSION as SERVER_PERMISSION } from '../../server/src/constants';
import type { FeedbackStatus } from '../../server/src/feedback/feedback-values';

/** Mirrors PERMISSION in server/src/constants.ts (the server enforces them on every route). */
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

// Compile-time guard: `tsc -p admin` fails when the mirror and the server's list differ.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const mirrorsServer: Same<typeof PERMISSION, typeof SERVER_PERMISSION> = true;
void mirrorsServer;

/** One permission in the full shape useRBAC / Page.Protect / addMenuLink expect (as content-releases does). */
const permission = (action: string) => ({ id: '', createdAt: '', updatedAt: '', action, subject: null, actionParameters: {}, properties: {}, conditions: [] as string[] });

export const PERMISSIONS = {
  submit: [permission(PERMISSION.submit)],
  approve: [permission(PERMISSION.approve)],
  check: [permission(PERMISSION.check)],
  auditRead: [permission(PERMISSION.auditRead)],
  feedbackRead: [permission(PERMISSION.feedbackRead)],
  feedbackRespond: [permission(PERMISSION.feedbackRespond)],
  feedbackApprove: [permission(PERMISSION.feedbackApprove)],
  feedbackImport: [permission(PERMISSION.feedbackImport)],
  override: [permission(PERMISSION.override)],
  channelsManage: [permission(PERMISSION.channelsManage)],
  settingsManage: [permission(PERMISSION.settingsManage)],
  analyticsRead: [permission(PERMISSION.analyticsRead)],
  analyticsImport: [permission(PERMISSION.analyticsImport)],
  scheduleManage: [permission(PERMISSION.scheduleManage)],
  /** The Clearpost menu: review queue (approvers), audit (auditors), calendar and analytics (readers), feedback inbox. */
  menu: [permission(PERMISSION.approve), permission(PERMISSION.auditRead), permission(PERMISSION.analyticsRead), permission(PERMISSION.feedbackRead)],
};

/** The inbox's status filter, in workflow order (values checked against the server's type). */
export const FEEDBACK_STATUSES: readonly FeedbackStatus[] = ['new', 'drafted', 'awaiting-approval', 'responded', 'taken-offline', 'hidden-as-fraudulent'];

export const UID = {
  post: 'plugin::clearpost.post',
  imageAsset: 'plugin::clearpost.image-asset',
  replyTemplate: 'plugin::clearpost.reply-template',
} as const;

export const CHECKED_MODELS: readonly string[] = [UID.post, UID.imageAsset, UID.replyTemplate];

/** Mirrors NON_OVERRIDABLE_PHI_TYPES in server/src/compliance/types.ts: findings that identify a person. */
export const NON_OVERRIDABLE_PHI_TYPES: readonly string[] = ['name', 'id', 'phone', 'email', 'address'];

/** Delay between the last keystroke and the live check. */
export const CHECK_DEBOUNCE_MS = 400;
