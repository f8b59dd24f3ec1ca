import type { HashedLabelModel, HashedModelFile } from '../hashed-model/hashed-model-format';

/** On-disk form of the trained reply-risk model: one logistic regression per category. */
export const REPLY_RISK_LABELS = ['patient-confirmation', 'medical-advice'] as const;
export type ReplyRiskLabel = (typeof REPLY_RISK_LABELS)[number];

export type ReplyRiskLabelModel = HashedLabelModel;
export type ReplyRiskModelFile = HashedModelFile<ReplyRiskLabel>;
