import { logistic, weightTables, type WeightTable } from '../hashed-model/hashed-scorer';
import type { TextKind } from '../types';
import { collectPhiRiskFeatures, type KnownWords } from './phi-risk-features';
import { PHI_RISK_LABELS, type PhiRiskModelFile } from './phi-risk-model-format';
import modelFile from './phi-risk-model.json';

export interface PhiRiskScorer {
  /**
   * Probability that `sentence` (of a post, or of a reply answering `context`) ties health details to a
   * person; 0 for a sentence without any health or care word.
   */
  score(sentence: string, kind: TextKind, context?: string, known?: KnownWords): number;
  readonly threshold: number;
}

export function createPhiRiskScorer(model: PhiRiskModelFile): PhiRiskScorer {
  const table: WeightTable = weightTables(model, PHI_RISK_LABELS, 'npm run train:phi-risk').phi;
  return {
    threshold: model.labels.phi.threshold,
    score(sentence: string, kind: TextKind, context?: string, known?: KnownWords): number {
      const features = collectPhiRiskFeatures(sentence, kind, context, known);
      return features ? logistic(table, features.buckets, features.count) : 0;
    },
  };
}

let shared: PhiRiskScorer | undefined;

/** The committed model, loaded once on first use. */
export function phiRiskScorer(): PhiRiskScorer {
  shared ??= createPhiRiskScorer(modelFile as PhiRiskModelFile);
  return shared;
}
