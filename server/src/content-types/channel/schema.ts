export const CHANNEL_PLATFORMS = ['facebook', 'instagram', 'x', 'linkedin', 'webhook', 'outbox'] as const;

export default {
  kind: 'collectionType',
  collectionName: 'clearpost_channels',
  info: {
    singularName: 'channel',
    pluralName: 'channels',
    displayName: 'Channel',
    description: 'A connected account on one platform',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: true },
    'content-type-builder': { visible: false },
  },
  attributes: {
    platform: { type: 'enumeration', enum: [...CHANNEL_PLATFORMS], required: true },
    name: { type: 'string', required: true, minLength: 1, maxLength: 120 },
    accountId: { type: 'string', maxLength: 255 },
    timezone: { type: 'string', maxLength: 64, default: 'UTC', required: true },
    enabled: { type: 'boolean', default: true, required: true },
    dailyCap: { type: 'integer', min: 1, max: 100, default: 3, required: true },
    minGapMinutes: { type: 'integer', min: 0, max: 10080, default: 120, required: true },
    // AES-256-GCM ciphertext; never returned by any API. visible:false keeps it out of the Content Manager edit view.
    credentialsEncrypted: { type: 'text', private: true, configurable: false, writable: false, visible: false },
    /** When the credentials were last set (null: none); the one thing about them the Settings page shows. */
    credentialsSetAt: { type: 'datetime', configurable: false, writable: false, visible: false },
  },
};
