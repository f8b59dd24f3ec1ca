import type { Core } from '@strapi/strapi';
import { COMPLIANCE_REVIEWER_ROLE, PERMISSION, UID } from '../constants';

const READABLE = [UID.post, UID.replyTemplate, UID.imageAsset, UID.directoryEntry, UID.feedback];
const EDITOR_ROLE_CODES = ['strapi-editor', 'strapi-author'];
// Importing analytics and handling channel credentials are for whoever runs the accounts (Super Admin by default).
const NOT_FOR_REVIEWERS: ReadonlySet<string> = new Set([PERMISSION.analyticsImport, PERMISSION.channelsManage, PERMISSION.settingsManage]);

interface PermissionInput {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}

/** Every field path of a content type, components expanded, as the Content Manager's permissions list them. */
function fieldsOf(strapi: Core.Strapi, uid: string): string[] {
  const model = strapi.getModel(uid as never) as { attributes: Record<string, { type: string; component?: string }> };
  return Object.entries(model.attributes).flatMap(([name, attribute]) => {
    if (attribute.type === 'component' && attribute.component) {
      const component = strapi.getModel(attribute.component as never) as { attributes: Record<string, unknown> };
      return Object.keys(component.attributes).map((child) => `${name}.${child}`);
    }
    return [name];
  });
}

async function missingPermissions(strapi: Core.Strapi, roleId: number, wanted: PermissionInput[]): Promise<PermissionInput[]> {
  const existing = (await strapi.db.query('admin::permission').findMany({ where: { role: { id: roleId } }, select: ['action', 'subject'] })) as Array<{ action: string; subject: string | null }>;
  return wanted.filter((p) => !existing.some((e) => e.action === p.action && (e.subject ?? null) === (p.subject ?? null)));
}

/** Seeds the Compliance Reviewer role and lets Strapi's Editor and Author roles submit and check. Idempotent. */
export async function seedRoles(strapi: Core.Strapi): Promise<void> {
  const roleService = strapi.service('admin::role');

  let reviewer = await strapi.db.query('admin::role').findOne({ where: { code: COMPLIANCE_REVIEWER_ROLE.code } });
  if (!reviewer) reviewer = await roleService.create({ ...COMPLIANCE_REVIEWER_ROLE });
  const reviewerPermissions: PermissionInput[] = [
    ...Object.values(PERMISSION).filter((action) => !NOT_FOR_REVIEWERS.has(action)).map((action) => ({ action })),
    ...READABLE.map((subject) => ({
      action: 'plugin::content-manager.explorer.read',
      subject,
      properties: { fields: fieldsOf(strapi, subject) },
    })),
  ];
  const reviewerMissing = await missingPermissions(strapi, reviewer.id, reviewerPermissions);
  if (reviewerMissing.length > 0) await roleService.addPermissions(reviewer.id, reviewerMissing);

  const editors = (await strapi.db.query('admin::role').findMany({ where: { code: { $in: EDITOR_ROLE_CODES } } })) as Array<{ id: number }>;
  for (const role of editors) {
    const missing = await missingPermissions(strapi, role.id, [{ action: PERMISSION.submit }, { action: PERMISSION.check }, { action: PERMISSION.analyticsRead }, { action: PERMISSION.assetsManage }, { action: PERMISSION.feedbackRead }, { action: PERMISSION.feedbackRespond }]);
    if (missing.length > 0) await roleService.addPermissions(role.id, missing);
  }

  // Editors plan the calendar; Authors only write.
  const editor = (await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } })) as { id: number } | null;
  if (editor) {
    const missing = await missingPermissions(strapi, editor.id, [{ action: PERMISSION.scheduleManage }]);
    if (missing.length > 0) await roleService.addPermissions(editor.id, missing);
  }
}
