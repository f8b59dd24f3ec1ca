import { replyRiskFeatures } from './reply-risk-features';
import { REPLY_RISK_LABELS, type ReplyRiskLabel, type ReplyRiskModelFile } from './reply-risk-model-format';
import modelFile from './reply-risk-model.json';

export type ReplyRiskScores = Record<ReplyRiskLabel, number>;

export interface ReplyRiskScorer {
  /** Probability per category that `text`, answering `context`, confirms a patient or gives advice. */
  score(text: string, context?: string): ReplyRiskScores;
  readonly thresholds: Readonly<ReplyRiskScores>;
}

export function createReplyRiskScorer(model: ReplyRiskModelFile): ReplyRiskScorer {
  const tables = REPLY_RISK_LABELS.map((label) => {
    const m = model.labels[label];
    return { label, bias: m.bias, weights: new Map(Object.entries(m.weights)) };
  });
  const thresholds = Object.fromEntries(REPLY_RISK_LABELS.map((l) => [l, model.labels[l].threshold])) as ReplyRiskScores;
  return {
    thresholds,
    score(text: string, context?: string): ReplyRiskScores {
      const features = replyRiskFeatures(text, context);
      const scale = features.length > 0 ? 1 / Math.sqrt(features.length) : 0;
      const out = {} as ReplyRiskScores;
      for (const { label, bias, weights } of tables) {
        let sum = 0;
        for (const f of features) sum += weights.get(f) ?? 0;
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
