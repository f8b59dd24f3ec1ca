import type { HashedModelFile } from '../hashed-model/hashed-model-format';

/** On-disk form of the trained phi-risk model: one logistic regression over sentences. */
export const PHI_RISK_LABELS = ['phi'] as const;
export type PhiRiskLabel = (typeof PHI_RISK_LABELS)[number];
export type PhiRiskModelFile = HashedModelFile<PhiRiskLabel>;
