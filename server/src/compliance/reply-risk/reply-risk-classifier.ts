import { logistic, weightTables } from '../hashed-model/hashed-scorer';
import { collectReplyRiskFeatures } from './reply-risk-features';
import { REPLY_RISK_LABELS, type ReplyRiskLabel, type ReplyRiskModelFile } from './reply-risk-model-format';
import modelFile from './reply-risk-model.json';

export type ReplyRiskScores = Record<ReplyRiskLabel, number>;

export interface ReplyRiskScorer {
  /** Probability per category that `text`, answering `context`, confirms a patient or gives advice. */
  score(text: string, context?: string): ReplyRiskScores;
  readonly thresholds: Readonly<ReplyRiskScores>;
}

export function createReplyRiskScorer(model: ReplyRiskModelFile): ReplyRiskScorer {
  const tables = weightTables(model, REPLY_RISK_LABELS, 'npm run train:reply-risk');
  const thresholds = Object.fromEntries(REPLY_RISK_LABELS.map((l) => [l, model.labels[l].threshold])) as ReplyRiskScores;
  return {
    thresholds,
    score(text: string, context?: string): ReplyRiskScores {
      const { buckets, count } = collectReplyRiskFeatures(text, context);
      const out = {} as ReplyRiskScores;
      for (const label of REPLY_RISK_LABELS) out[label] = logistic(tables[label], buckets, count);
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
