import { collectReplyRiskFeatures, FEATURE_BITS, forEachSpanFeatures } from './reply-risk-features';
import { REPLY_RISK_LABELS, type ReplyRiskLabel, type ReplyRiskModelFile } from './reply-risk-model-format';
import modelFile from './reply-risk-model.json';
import spanishModelFile from './reply-risk-model-es.json';

export type ReplyRiskScores = Record<ReplyRiskLabel, number>;

export interface ReplyRiskScorer {
  /** Probability per category that `text`, answering `context`, confirms a patient or gives advice. */
  score(text: string, context?: string): ReplyRiskScores;
  /** `score` of each span of `text` (spans that start and end between words, like sentences), in order. */
  scoreSpans(text: string, spans: ReadonlyArray<{ start: number; end: number }>, context?: string): ReplyRiskScores[];
  readonly thresholds: Readonly<ReplyRiskScores>;
}

export function createReplyRiskScorer(model: ReplyRiskModelFile): ReplyRiskScorer {
  if (model.featureBits !== FEATURE_BITS) {
    throw new Error(
      `reply-risk-model.json was trained with ${model.featureBits} feature bits, code expects ${FEATURE_BITS}; run npm run train:reply-risk`,
    );
  }
  // Only a few thousand of the 2^18 buckets carry a weight: keep those in a small open-addressed table (both
  // categories side by side) rather than 2 MB of mostly zeros that every feature lookup would miss the cache on.
  const labels = REPLY_RISK_LABELS.length;
  const present = [...new Set(REPLY_RISK_LABELS.flatMap((label) => Object.keys(model.labels[label].weights).map(Number)))];
  let bits = 4;
  while (1 << bits < present.length * 2) bits++;
  const mask = (1 << bits) - 1;
  const slotOf = (bucket: number): number => Math.imul(bucket, 0x9e3779b1) >>> (32 - bits);
  const keys = new Int32Array(1 << bits).fill(-1);
  const weights = new Float32Array((1 << bits) * labels);
  const find = (bucket: number): number => {
    let slot = slotOf(bucket);
    while (keys[slot] !== -1 && keys[slot] !== bucket) slot = (slot + 1) & mask;
    return slot;
  };
  const biases = REPLY_RISK_LABELS.map((label, l) => {
    const m = model.labels[label];
    for (const [b, w] of Object.entries(m.weights)) {
      const slot = find(Number(b));
      keys[slot] = Number(b);
      weights[slot * labels + l] = w;
    }
    return m.bias;
  });
  const thresholds = Object.fromEntries(REPLY_RISK_LABELS.map((l) => [l, model.labels[l].threshold])) as ReplyRiskScores;
  const sums = new Float64Array(labels);
  const scoreBuckets = (buckets: Int32Array, count: number): ReplyRiskScores => {
    const scale = count > 0 ? 1 / Math.sqrt(count) : 0;
    sums.fill(0);
    for (let i = 0; i < count; i++) {
      const slot = find(buckets[i] as number);
      // A bucket without a weight adds 0, which leaves every sum as it was.
      if (keys[slot] === -1) continue;
      const at = slot * labels;
      for (let l = 0; l < labels; l++) sums[l] = (sums[l] as number) + (weights[at + l] as number);
    }
    const out = {} as ReplyRiskScores;
    REPLY_RISK_LABELS.forEach((label, l) => {
      out[label] = 1 / (1 + Math.exp(-((biases[l] as number) + (sums[l] as number) * scale)));
    });
    return out;
  };
  return {
    thresholds,
    score(text: string, context?: string): ReplyRiskScores {
      const { buckets, count } = collectReplyRiskFeatures(text, context);
      return scoreBuckets(buckets, count);
    },
    scoreSpans(text, spans, context = '') {
      const out: ReplyRiskScores[] = [];
      forEachSpanFeatures(text, spans, context, (_, buckets, count) => out.push(scoreBuckets(buckets, count)));
      return out;
    },
  };
}

let shared: ReplyRiskScorer | undefined;
let sharedSpanish: ReplyRiskScorer | undefined;

/** The committed model, loaded once on first use. */
export function replyRiskScorer(): ReplyRiskScorer {
  shared ??= createReplyRiskScorer(modelFile as ReplyRiskModelFile);
  return shared;
}

/** The committed model of Spanish replies (npm run train:reply-risk-es), loaded once on first use. */
export function spanishReplyRiskScorer(): ReplyRiskScorer {
  sharedSpanish ??= createReplyRiskScorer(spanishModelFile as ReplyRiskModelFile);
  return sharedSpanish;
}
