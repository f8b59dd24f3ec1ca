import { collectReplyRiskFeatures, FEATURE_BITS, FEATURE_DIM } from './reply-risk-features';
import { REPLY_RISK_LABELS, type ReplyRiskLabel, type ReplyRiskModelFile } from './reply-risk-model-format';
import modelFile from './reply-risk-model.json';

export type ReplyRiskScores = Record<ReplyRiskLabel, number>;

export interface ReplyRiskScorer {
  /** Probability per category that `text`, answering `context`, confirms a patient or gives advice. */
  score(text: string, context?: string): ReplyRiskScores;
  readonly thresholds: Readonly<ReplyRiskScores>;
}

export function createReplyRiskScorer(model: ReplyRiskModelFile): ReplyRiskScorer {
  if (model.featureBits !== FEATURE_BITS) {
    throw new Error(
      `reply-risk-model.json was trained with ${model.featureBits} feature bits, code expects ${FEATURE_BITS}; run npm run train:reply-risk`,
    );
  }
  // Both categories' weights for a bucket side by side: one cache line per feature instead of one per category.
  const labels = REPLY_RISK_LABELS.length;
  const weights = new Float32Array(FEATURE_DIM * labels);
  const biases = REPLY_RISK_LABELS.map((label, l) => {
    const m = model.labels[label];
    for (const [b, w] of Object.entries(m.weights)) weights[Number(b) * labels + l] = w;
    return m.bias;
  });
  const thresholds = Object.fromEntries(REPLY_RISK_LABELS.map((l) => [l, model.labels[l].threshold])) as ReplyRiskScores;
  const sums = new Float64Array(labels);
  return {
    thresholds,
    score(text: string, context?: string): ReplyRiskScores {
      const { buckets, count } = collectReplyRiskFeatures(text, context);
      const scale = count > 0 ? 1 / Math.sqrt(count) : 0;
      sums.fill(0);
      for (let i = 0; i < count; i++) {
        const at = (buckets[i] as number) * labels;
        for (let l = 0; l < labels; l++) sums[l] = (sums[l] as number) + (weights[at + l] as number);
      }
      const out = {} as ReplyRiskScores;
      REPLY_RISK_LABELS.forEach((label, l) => {
        out[label] = 1 / (1 + Math.exp(-((biases[l] as number) + (sums[l] as number) * scale)));
      });
      return out;
    },
  };
}

let shared: ReplyRiskScorer | undefined;

/** The committed model, loaded once on first use. */
export function replyRiskScorer(): ReplyRiskScorer {
  shared ??= createReplyRiskScorer(modelFile as ReplyRiskModelFile);
  return shared;
}
