import { collectFeatures, FEATURE_BITS } from './clickbait-features';
import { decodeQuantised, type ClickbaitModelFile } from './clickbait-model-format';
import modelFile from './clickbait-model.json';

export interface ClickbaitScorer {
  /** Probability (0–1) that the text is a clickbait headline. */
  score(text: string): number;
  /** `score` of features already collected in this scorer's feature space (two models of one space share one collection). */
  scoreFeatures(features: { buckets: Int32Array; count: number }): number;
  readonly threshold: number;
}

/** How a model turns text into hashed feature buckets, and how its weights file is rebuilt. */
export interface FeatureSpace {
  bits: number;
  collect(text: string): { buckets: Int32Array; count: number };
  /** Named in the error when the committed weights no longer fit the code. */
  modelName: string;
  trainCommand: string;
}

export const HEADLINE_FEATURES: FeatureSpace = {
  bits: FEATURE_BITS,
  collect: collectFeatures,
  modelName: 'clickbait-model.json',
  trainCommand: 'npm run train:clickbait',
};

export function createClickbaitScorer(model: ClickbaitModelFile, space: FeatureSpace = HEADLINE_FEATURES): ClickbaitScorer {
  if (model.featureBits !== space.bits) {
    throw new Error(
      `${space.modelName} was trained with ${model.featureBits} feature bits, code expects ${space.bits}; run ${space.trainCommand}`,
    );
  }
  const collect = space.collect;
  // Kept as int16 (half the memory of floats, so more of it stays in cache); scaled once per score.
  const weights = decodeQuantised(model);
  const scoreFeatures = ({ buckets, count }: { buckets: Int32Array; count: number }): number => {
    let sum = 0;
    for (let i = 0; i < count; i++) sum += weights[buckets[i]];
    const z = model.bias + (count > 0 ? (sum * model.scale) / Math.sqrt(count) : 0);
    return 1 / (1 + Math.exp(-z));
  };
  return {
    threshold: model.threshold,
    score: (text: string): number => scoreFeatures(collect(text)),
    scoreFeatures,
  };
}

let shared: ClickbaitScorer | undefined;

/** The committed model, decoded once on first use. */
export function clickbaitScorer(): ClickbaitScorer {
  shared ??= createClickbaitScorer(modelFile as ClickbaitModelFile);
  return shared;
}
