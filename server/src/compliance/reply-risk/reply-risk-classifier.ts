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
  const tables = REPLY_RISK_LABELS.map((label) => {
    const m = model.labels[label];
    const weights = new Float32Array(FEATURE_DIM);
    for (const [b, w] of Object.entries(m.weights)) weights[Number(b)] = w;
    return { label, bias: m.bias, weights };
  });
  const thresholds = Object.fromEntries(REPLY_RISK_LABELS.map((l) => [l, model.labels[l].threshold])) as ReplyRiskScores;
  return {
    thresholds,
    score(text: string, context?: string): ReplyRiskScores {
      const { buckets, count } = collectReplyRiskFeatures(text, context);
      const scale = count > 0 ? 1 / Math.sqrt(count) : 0;
      const out = {} as ReplyRiskScores;
      for (const { label, bias, weights } of tables) {
        let sum = 0;
        for (let i = 0; i < count; i++) sum += weights[buckets[i] as number] as number;
        out[label] = 1 / (1 + Math.exp(-(bias + sum * scale)));
      }
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
