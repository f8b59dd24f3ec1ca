import { COMPONENT_UID } from '../constants';
import { PLATFORMS } from '../compliance/types';

/** Strapi has no first-class plugin components, so register() adds this one to the registry. */
export const platformVariantComponent = {
  uid: COMPONENT_UID.platformVariant,
  category: 'clearpost',
  modelName: 'platform-variant',
  modelType: 'component',
  globalId: 'ComponentClearpostPlatformVariant',
  collectionName: 'components_clearpost_platform_variants',
  info: { displayName: 'Platform variant', icon: 'message', description: 'Text used instead of the body on one platform' },
  options: {},
  attributes: {
    platform: { type: 'enumeration', enum: [...PLATFORMS], required: true },
    text: { type: 'text', required: true, maxLength: 63206 },
  },
};
