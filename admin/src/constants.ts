import type { PERMISSION as SERVER_PERMISSION } from '../../server/src/constants';

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
  /** The Clearpost menu: the review queue (approvers) and the audit (auditors). */
  menu: [permission(PERMISSION.approve), permission(PERMISSION.auditRead), permission(PERMISSION.analyticsRead)],
  analyticsRead: [permission(PERMISSION.analyticsRead)],
  analyticsImport: [permission(PERMISSION.analyticsImport)],
  scheduleManage: [permission(PERMISSION.scheduleManage)],
};

export const UID = {
  post: 'plugin::clearpost.post',
  imageAsset: 'plugin::clearpost.image-asset',
  replyTemplate: 'plugin::clearpost.reply-template',
} as const;

export const CHECKED_MODELS: readonly string[] = [UID.post, UID.imageAsset, UID.replyTemplate];

/** Delay between the last keystroke and the live check. */
export const CHECK_DEBOUNCE_MS = 400;
