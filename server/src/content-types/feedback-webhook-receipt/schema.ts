const system = { configurable: false, writable: false } as const;

/** Signatures of accepted webhook deliveries, kept a little longer than the timestamp window so a replay is refused. */
export default {
  kind: 'collectionType',
  collectionName: 'clearpost_feedback_webhook_receipts',
  info: {
    singularName: 'feedback-webhook-receipt',
    pluralName: 'feedback-webhook-receipts',
    displayName: 'Feedback webhook receipt',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    signature: { type: 'string', required: true, maxLength: 100, ...system },
    receivedAt: { type: 'datetime', required: true, ...system },
  },
};
