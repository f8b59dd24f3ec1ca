import { logistic, weightTables, type WeightTable } from '../hashed-model/hashed-scorer';
import type { TextKind } from '../types';
import { collectPhiRiskFeatures, type KnownWords } from './phi-risk-features';
import { PHI_RISK_LABELS, type PhiRiskModelFile } from './phi-risk-model-format';
import modelFile from './phi-risk-model.json';
import spanishModelFile from './phi-risk-model-es.json';
import { collectSpanishPhiRiskFeatures } from './spanish-phi-risk-features';

export interface PhiRiskScorer {
  /**
   * Probability that `sentence` (of a post, or of a reply answering `context`) ties health details to a
   * person; 0 for a sentence without any health or care word.
   */
  score(sentence: string, kind: TextKind, context?: string, known?: KnownWords): number;
  readonly threshold: number;
}

type CollectFeatures = typeof collectPhiRiskFeatures;

export function createPhiRiskScorer(model: PhiRiskModelFile, collect: CollectFeatures = collectPhiRiskFeatures, retrain = 'npm run train:phi-risk'): PhiRiskScorer {
  const table: WeightTable = weightTables(model, PHI_RISK_LABELS, retrain).phi;
  return {
    threshold: model.labels.phi.threshold,
    score(sentence: string, kind: TextKind, context?: string, known?: KnownWords): number {
      const features = collect(sentence, kind, context, known);
      return features ? logistic(table, features.buckets, features.count) : 0;
    },
  };
}

let shared: PhiRiskScorer | undefined;
let sharedSpanish: PhiRiskScorer | undefined;

/** The committed model, loaded once on first use. */
export function phiRiskScorer(): PhiRiskScorer {
  shared ??= createPhiRiskScorer(modelFile as PhiRiskModelFile);
  return shared;
}

/** The committed model of Spanish sentences (npm run train:phi-risk-es), loaded once on first use. */
export function spanishPhiRiskScorer(): PhiRiskScorer {
  sharedSpanish ??= createPhiRiskScorer(spanishModelFile as PhiRiskModelFile, collectSpanishPhiRiskFeatures, 'npm run train:phi-risk-es');
  return sharedSpanish;
}
