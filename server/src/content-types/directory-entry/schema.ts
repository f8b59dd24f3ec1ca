export default {
  kind: 'collectionType',
  collectionName: 'clearpost_directory_entries',
  info: {
    singularName: 'directory-entry',
    pluralName: 'directory-entries',
    displayName: 'Directory entry',
    description: "The organisation's own public contacts: replies may name them, the compliance gate allows them",
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: true },
    'content-type-builder': { visible: false },
  },
  attributes: {
    kind: { type: 'enumeration', enum: ['person', 'department', 'location'], required: true, default: 'person' },
    name: { type: 'string', required: true, minLength: 1, maxLength: 160 },
    title: { type: 'string', maxLength: 160 },
    department: { type: 'string', maxLength: 160 },
    phone: { type: 'string', maxLength: 40 },
    email: { type: 'email', maxLength: 254 },
  },
};
