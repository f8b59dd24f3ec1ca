import type { Core } from '@strapi/strapi';
import { ensureAuditIndex } from './audit/ensure-audit-index';
import { subscribeChannelCacheInvalidation } from './channels/channel-cache-invalidation';
import { UID } from './constants';
import { subscribePublishDraftCapture } from './gate/publish-draft-capture';
import { ensureFeedbackIndexes } from './inbox/ensure-feedback-indexes';
import { seedRoles } from './rbac/seed-roles';
import { getService } from './utils/get-service';

type RoleService = { createRolesIfNoneExist: () => Promise<void> } & Record<string, unknown>;

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  // The admin creates its default roles after plugins bootstrap; seed ours right after it does.
  strapi.get('services').extend('admin::role', (roleService: RoleService) => ({
    ...roleService,
    async createRolesIfNoneExist() {
      await roleService.createRolesIfNoneExist();
      await seedRoles(strapi);
    },
  }));
  subscribePublishDraftCapture(strapi, [UID.post]);
  subscribeChannelCacheInvalidation(strapi);
  await ensureAuditIndex(strapi);
  await ensureFeedbackIndexes(strapi);
  await getService(strapi, 'delivery').start();
  await getService(strapi, 'image-assets').start();
};
