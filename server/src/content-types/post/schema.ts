import { COMPONENT_UID, REVIEW_STATUSES, SCHEDULE_MODES, TARGETING_MODES, UID } from '../../constants';

const system = { configurable: false, writable: false } as const;

export default {
  kind: 'collectionType',
  collectionName: 'clearpost_posts',
  info: {
    singularName: 'post',
    pluralName: 'posts',
    displayName: 'Post',
    description: 'A social post: one text, per-platform variants, images and a schedule',
  },
  options: { draftAndPublish: true },
  pluginOptions: {
    'content-manager': { visible: true },
    'content-type-builder': { visible: false },
  },
  attributes: {
    title: { type: 'string', required: true, minLength: 1, maxLength: 120 },
    body: { type: 'text', required: true, minLength: 1, maxLength: 63206 },
    variants: { type: 'component', repeatable: true, component: COMPONENT_UID.platformVariant },
    targeting: { type: 'enumeration', enum: [...TARGETING_MODES], default: 'let-analytics-choose', required: true },
    targetPlatforms: { type: 'json' },
    link: { type: 'string', maxLength: 2048, regex: '^https?://\\S+$' },
    images: { type: 'relation', relation: 'manyToMany', target: UID.imageAsset },
    scheduleMode: { type: 'enumeration', enum: [...SCHEDULE_MODES], default: 'as-soon-as-approved', required: true },
    scheduledAt: { type: 'datetime' },
    timezone: { type: 'string', maxLength: 64, default: 'UTC' },
    reviewStatus: { type: 'enumeration', enum: [...REVIEW_STATUSES], default: 'draft', ...system },
    approvedContentHash: { type: 'string', maxLength: 64, ...system },
    approvedById: { type: 'integer', ...system },
    approvedByName: { type: 'string', ...system },
    approvedAt: { type: 'datetime', ...system },
    complianceReport: { type: 'json', ...system },
    complianceOverrides: { type: 'json', ...system },
    /** The reviewer's latest request-changes comment, { comment, by, at }, for the editor (the audit trail is not theirs to read). */
    reviewComment: { type: 'json', ...system },
  },
};
