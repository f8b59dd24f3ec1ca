import { createClickbaitScorer, type ClickbaitScorer, type FeatureSpace } from './clickbait-classifier';
import type { ClickbaitModelFile } from './clickbait-model-format';
import modelFile from './post-clickbait-model.json';
import { collectPostFeatures, POST_FEATURE_BITS } from './post-clickbait-features';

export const POST_FEATURES: FeatureSpace = {
  bits: POST_FEATURE_BITS,
  collect: collectPostFeatures,
  modelName: 'post-clickbait-model.json',
  trainCommand: 'npm run train:post-clickbait',
};

let shared: ClickbaitScorer | undefined;

/** The committed healthcare-post model (trained on our own invented posts), decoded once on first use. */
export function postClickbaitScorer(): ClickbaitScorer {
  shared ??= createClickbaitScorer(modelFile as ClickbaitModelFile, POST_FEATURES);
  return shared;
}
