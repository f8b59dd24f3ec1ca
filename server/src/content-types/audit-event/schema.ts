import { AUDIT_ACTIONS } from '../../constants';

const system = { configurable: false, writable: false } as const;

export default {
  kind: 'collectionType',
  collectionName: 'clearpost_audit_events',
  info: {
    singularName: 'audit-event',
    pluralName: 'audit-events',
    displayName: 'Audit event',
    description: 'Append-only, hash-chained record of review and publishing decisions',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    sequence: { type: 'biginteger', required: true, unique: true, ...system },
    action: { type: 'enumeration', enum: [...AUDIT_ACTIONS], required: true, ...system },
    actorId: { type: 'integer', ...system },
    actorName: { type: 'string', ...system },
    subjectUid: { type: 'string', ...system },
    subjectDocumentId: { type: 'string', ...system },
    contentHash: { type: 'string', maxLength: 64, ...system },
    findings: { type: 'json', ...system },
    details: { type: 'json', ...system },
    occurredAt: { type: 'datetime', required: true, ...system },
    prevHash: { type: 'string', required: true, maxLength: 64, ...system },
    hash: { type: 'string', required: true, maxLength: 64, ...system },
  },
};
