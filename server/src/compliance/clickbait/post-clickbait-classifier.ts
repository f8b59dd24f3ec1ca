import { createClickbaitScorer, type ClickbaitScorer, type FeatureSpace } from './clickbait-classifier';
import type { ClickbaitModelFile } from './clickbait-model-format';
import modelFile from './post-clickbait-model.json';
import spanishModelFile from './post-clickbait-model-es.json';
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

let sharedSpanish: ClickbaitScorer | undefined;

/** The model of Spanish posts (npm run train:post-clickbait-es): the one above learnt from English posts and headlines. */
export function spanishPostClickbaitScorer(): ClickbaitScorer {
  sharedSpanish ??= createClickbaitScorer(spanishModelFile as ClickbaitModelFile, {
    ...POST_FEATURES,
    modelName: 'post-clickbait-model-es.json',
    trainCommand: 'npm run train:post-clickbait-es',
  });
  return sharedSpanish;
}
