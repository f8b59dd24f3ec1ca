import type { Core } from '@strapi/strapi';
import { ACTIONS } from './constants';
import { platformVariantComponent } from './components/platform-variant';
import { guardAuditTrail } from './document-middlewares/guard-audit-trail';
import { hideChannelCredentials } from './document-middlewares/hide-channel-credentials';
import { createDirectoryInvalidation } from './document-middlewares/invalidate-directory';
import { createPublishGate } from './document-middlewares/publish-gate';
import { createDeliveryCancellation } from './delivery/cancel-on-unpublish';
import { createImageAssetProcessing } from './document-middlewares/image-asset-processing';
import { stripSystemFields } from './document-middlewares/strip-system-fields';
import { validateDrafts } from './document-middlewares/validate-drafts';
import { guardFeedback } from './document-middlewares/guard-feedback';

function registerComponents(strapi: Core.Strapi): void {
  const registry = strapi.get('components');
  const { uid } = platformVariantComponent;
  if (registry.get(uid)) return;
  const definition = structuredClone(platformVariantComponent);
  registry.set(uid, { ...definition, __schema__: structuredClone(platformVariantComponent) });
}

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  registerComponents(strapi);
  await strapi.service('admin::permission').actionProvider.registerMany([...ACTIONS]);
  strapi.documents.use(guardAuditTrail);
  strapi.documents.use(guardFeedback);
  strapi.documents.use(stripSystemFields);
  strapi.documents.use(hideChannelCredentials);
  strapi.documents.use(validateDrafts);
  strapi.documents.use(createPublishGate(strapi));
  strapi.documents.use(createDeliveryCancellation(strapi));
  strapi.documents.use(createDirectoryInvalidation(strapi));
  strapi.documents.use(createImageAssetProcessing(strapi));
};
