/** The vocabularies of a feedback item, shared by the content type, the contracts and the pure module. */
export const FEEDBACK_SOURCES = ['facebook', 'instagram', 'x', 'linkedin', 'google', 'yelp', 'healthgrades', 'other'] as const;
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];

export const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

export const FEEDBACK_STATUSES = [
  'new',
  'drafted',
  'awaiting-approval',
  'responded',
  'taken-offline',
  'hidden-as-fraudulent',
] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

export const FRAUD_FLAG_STATES = ['pending', 'approved', 'reversed'] as const;
export type FraudFlagState = (typeof FRAUD_FLAG_STATES)[number];

/** How an item reached us (kept for the audit trail and for figures). */
export const INTAKE_CHANNELS = ['webhook', 'import', 'pull'] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];

export const FRAUD_EVIDENCE_MIN_LENGTH = 50;
export const OFFLINE_NOTE_MIN_LENGTH = 20;
