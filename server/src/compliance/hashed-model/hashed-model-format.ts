/** On-disk form of a trained hashed-feature model: one logistic regression per label. */
export interface HashedLabelModel {
  bias: number;
  /** Probability at or above which a text is blocked (chosen by cross-validation). */
  threshold: number;
  /** Feature bucket → weight (buckets without one weigh 0); features are binary, scaled by 1/√(features in the text). */
  weights: Record<string, number>;
  /** Cross-validated figures at the threshold, on the training rows. */
  cv: {
    precision: number;
    recall: number;
    falsePositiveRate: number;
    /** Share of the clean items the rules pass that the model blocks (reply-risk: natural replies only). */
    newlyBlocked?: number;
  };
}

export interface HashedModelFile<L extends string> {
  version: 1;
  featureBits: number;
  trainedOn: string;
  /** Features of the committed training rows when the model was trained (scripts/lib/model-fingerprint.ts). */
  ownRowsFingerprint?: string;
  labels: Record<L, HashedLabelModel>;
}
