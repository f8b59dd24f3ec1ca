import { QUESTION_CATEGORIES, UID } from '../../constants';
import {
  FEEDBACK_SOURCES,
  FEEDBACK_STATUSES,
  FRAUD_FLAG_STATES,
  INTAKE_CHANNELS,
  SENTIMENTS,
} from '../../feedback/feedback-values';

const system = { configurable: false, writable: false } as const;

/**
 * A review or comment from a patient. Visible in the Content Manager to read; every field is written only by
 * the feedback service (writable: false, stripped from CM writes), and documents cannot be created or deleted
 * there (guard-feedback.ts): hiding with an approved fraud flag is the only way out of the inbox.
 */
export default {
  kind: 'collectionType',
  collectionName: 'clearpost_feedback',
  info: {
    singularName: 'feedback',
    pluralName: 'feedbacks',
    displayName: 'Feedback',
    description: 'Patient reviews and comments, answered through approved reply templates',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: true },
    'content-type-builder': { visible: false },
  },
  attributes: {
    source: { type: 'enumeration', enum: [...FEEDBACK_SOURCES], required: true, ...system },
    externalId: { type: 'string', required: true, maxLength: 255, ...system },
    remoteParentId: { type: 'string', maxLength: 255, ...system },
    intake: { type: 'enumeration', enum: [...INTAKE_CHANNELS], ...system },
    channelDocumentId: { type: 'string', maxLength: 64, ...system },
    authorName: { type: 'string', maxLength: 160, ...system },
    rating: { type: 'integer', min: 1, max: 5, ...system },
    text: { type: 'text', required: true, ...system },
    receivedAt: { type: 'datetime', required: true, ...system },
    concerns: { type: 'relation', relation: 'manyToOne', target: UID.directoryEntry, ...system },
    sentiment: { type: 'enumeration', enum: [...SENTIMENTS], ...system },
    category: { type: 'enumeration', enum: [...QUESTION_CATEGORIES], default: 'general', ...system },
    status: { type: 'enumeration', enum: [...FEEDBACK_STATUSES], default: 'new', required: true, ...system },

    draftText: { type: 'text', ...system },
    draftTemplate: { type: 'relation', relation: 'manyToOne', target: UID.replyTemplate, ...system },
    draftReport: { type: 'json', ...system },
    draftedById: { type: 'integer', ...system },
    draftedByName: { type: 'string', ...system },
    draftedAt: { type: 'datetime', ...system },
    /** sha256 of the approved reply text: an edit after approval needs a new approval. */
    approvedTextHash: { type: 'string', maxLength: 64, ...system },
    approvedById: { type: 'integer', ...system },
    approvedByName: { type: 'string', ...system },
    approvedAt: { type: 'datetime', ...system },

    responseText: { type: 'text', ...system },
    responseTemplate: { type: 'relation', relation: 'manyToOne', target: UID.replyTemplate, ...system },
    respondedById: { type: 'integer', ...system },
    respondedByName: { type: 'string', ...system },
    respondedAt: { type: 'datetime', ...system },
    /** Where the reply went: "facebook", "instagram", "x", or "offline". */
    responseChannel: { type: 'string', maxLength: 32, ...system },
    remoteReplyId: { type: 'string', maxLength: 255, ...system },
    offlineNote: { type: 'text', ...system },
    /** "unknown" after a reply call whose answer was lost: check the platform before sending again. */
    replyOutcome: { type: 'enumeration', enum: ['unknown'], ...system },
    lastSendError: { type: 'text', ...system },
    firstResponseAt: { type: 'datetime', ...system },

    fraudFlag: { type: 'enumeration', enum: [...FRAUD_FLAG_STATES], ...system },
    fraudEvidence: { type: 'text', ...system },
    fraudFlaggedById: { type: 'integer', ...system },
    fraudFlaggedByName: { type: 'string', ...system },
    fraudFlaggedAt: { type: 'datetime', ...system },
    fraudApprovedById: { type: 'integer', ...system },
    fraudApprovedByName: { type: 'string', ...system },
    fraudApprovedAt: { type: 'datetime', ...system },
    fraudReversedById: { type: 'integer', ...system },
    fraudReversedByName: { type: 'string', ...system },
    fraudReversedAt: { type: 'datetime', ...system },
    fraudReversalReason: { type: 'text', ...system },
    statusBeforeHidden: { type: 'enumeration', enum: [...FEEDBACK_STATUSES], ...system },
  },
};
