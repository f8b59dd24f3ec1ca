import { collectFeatures, FEATURE_BITS } from './clickbait-features';
import { decodeQuantised, type ClickbaitModelFile } from './clickbait-model-format';
import modelFile from './clickbait-model.json';

export interface ClickbaitScorer {
  /** Probability (0–1) that the text is a clickbait headline. */
  score(text: string): number;
  readonly threshold: number;
}

export function createClickbaitScorer(model: ClickbaitModelFile): ClickbaitScorer {
  if (model.featureBits !== FEATURE_BITS) {
    throw new Error(
      `clickbait-model.json was trained with ${model.featureBits} feature bits, code expects ${FEATURE_BITS}; run npm run train:clickbait`,
    );
  }
  // Kept as int16 (half the memory of floats, so more of it stays in cache); scaled once per score.
  const weights = decodeQuantised(model);
  return {
    threshold: model.threshold,
    score(text: string): number {
      const { buckets, count } = collectFeatures(text);
      let sum = 0;
      for (let i = 0; i < count; i++) sum += weights[buckets[i]];
      const z = model.bias + (count > 0 ? (sum * model.scale) / Math.sqrt(count) : 0);
      return 1 / (1 + Math.exp(-z));
    },
  };
}

let shared: ClickbaitScorer | undefined;

/** The committed model, decoded once on first use. */
export function clickbaitScorer(): ClickbaitScorer {
  shared ??= createClickbaitScorer(modelFile as ClickbaitModelFile);
  return shared;
}
