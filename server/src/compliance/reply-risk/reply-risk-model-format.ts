/** On-disk form of the trained reply-risk model: one logistic regression per category. */
export const REPLY_RISK_LABELS = ['patient-confirmation', 'medical-advice'] as const;
export type ReplyRiskLabel = (typeof REPLY_RISK_LABELS)[number];

export interface ReplyRiskLabelModel {
  bias: number;
  /** Probability at or above which a reply is blocked (chosen by cross-validation). */
  threshold: number;
  /** Feature bucket → weight (buckets without one weigh 0); features are binary, scaled by 1/√(features in the text). */
  weights: Record<string, number>;
  /** Cross-validated figures at the threshold, on the training rows. */
  cv: { precision: number; recall: number; falsePositiveRate: number };
}

export interface ReplyRiskModelFile {
  version: 1;
  featureBits: number;
  trainedOn: string;
  labels: Record<ReplyRiskLabel, ReplyRiskLabelModel>;
}
