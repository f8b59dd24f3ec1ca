import type { Core } from '@strapi/strapi';
import { platformVariantComponent } from './components/platform-variant';
import { stripSystemFields } from './document-middlewares/strip-system-fields';
import { validateDrafts } from './document-middlewares/validate-drafts';

function registerComponents(strapi: Core.Strapi): void {
  const registry = strapi.get('components');
  const { uid } = platformVariantComponent;
  if (registry.get(uid)) return;
  const definition = structuredClone(platformVariantComponent);
  registry.set(uid, { ...definition, __schema__: structuredClone(platformVariantComponent) });
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  registerComponents(strapi);
  strapi.documents.use(stripSystemFields);
  strapi.documents.use(validateDrafts);
};
