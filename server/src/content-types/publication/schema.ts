import { UID } from '../../constants';
import { PUBLICATION_STATUSES } from '../../delivery/publication-status';

const system = { configurable: false, writable: false } as const;

/** One post going out on one channel at one time. Written only by the delivery service. */
export default {
  kind: 'collectionType',
  collectionName: 'clearpost_publications',
  info: {
    singularName: 'publication',
    pluralName: 'publications',
    displayName: 'Publication',
    description: 'A scheduled delivery of an approved post to one channel',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    // Linked to the post's draft row, which lives as long as the document; postDocumentId is what queries use.
    post: { type: 'relation', relation: 'manyToOne', target: UID.post, ...system },
    channel: { type: 'relation', relation: 'manyToOne', target: UID.channel, ...system },
    postDocumentId: { type: 'string', required: true, maxLength: 64, ...system },
    channelDocumentId: { type: 'string', required: true, maxLength: 64, ...system },
    platform: { type: 'string', required: true, maxLength: 32, ...system },
    scheduledAt: { type: 'datetime', required: true, ...system },
    timezone: { type: 'string', maxLength: 64, default: 'UTC', ...system },
    status: { type: 'enumeration', enum: [...PUBLICATION_STATUSES], default: 'scheduled', required: true, ...system },
    attempts: { type: 'integer', default: 0, min: 0, ...system },
    nextAttemptAt: { type: 'datetime', ...system },
    publishingStartedAt: { type: 'datetime', ...system },
    sentAt: { type: 'datetime', ...system },
    remoteId: { type: 'string', maxLength: 255, ...system },
    remoteUrl: { type: 'string', maxLength: 2048, ...system },
    lastError: { type: 'text', ...system },
    contentHash: { type: 'string', required: true, maxLength: 64, ...system },
    jobId: { type: 'string', required: true, maxLength: 128, ...system },
    planReason: { type: 'string', maxLength: 255, ...system },
    // What was approved, per platform, frozen when the post was published.
    payload: { type: 'json', required: true, ...system },
  },
};
