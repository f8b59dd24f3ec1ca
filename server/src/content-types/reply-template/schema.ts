import { QUESTION_CATEGORIES, UID } from '../../constants';

export default {
  kind: 'collectionType',
  collectionName: 'clearpost_reply_templates',
  info: {
    singularName: 'reply-template',
    pluralName: 'reply-templates',
    displayName: 'Reply template',
    description: 'An approved answer that routes a question to the right department',
  },
  options: { draftAndPublish: true },
  pluginOptions: {
    'content-manager': { visible: true },
    'content-type-builder': { visible: false },
  },
  attributes: {
    name: { type: 'string', required: true, minLength: 1, maxLength: 120 },
    category: { type: 'enumeration', enum: [...QUESTION_CATEGORIES], required: true, default: 'general' },
    body: { type: 'text', required: true, minLength: 1, maxLength: 2000 },
    routesTo: { type: 'relation', relation: 'manyToOne', target: UID.directoryEntry },
    complianceReport: { type: 'json', configurable: false, writable: false },
  },
};
