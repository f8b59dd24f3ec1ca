/*
 * Training for the hashed-feature text models (reply-risk, phi-risk): L2-regularised logistic regression
 * by full-batch gradient descent (deterministic: no shuffling, no random init), grouped k-fold
 * cross-validation and a threshold chosen at a bounded out-of-fold false-positive rate. Features are
 * binary buckets, each scaled by 1/√(the text's feature count) as the runtime scorer does.
 */
import { fnv1a } from '../../server/src/compliance/text/fnv1a';
import type { HashedLabelModel } from '../../server/src/compliance/hashed-model/hashed-model-format';

export interface Example {
  /** Rows of one group (e.g. replies to one comment) always share a fold. */
  group: string;
  features: number[];
}

export interface FitOptions {
  iterations: number;
  lr: number;
  l2: number;
  /** Features seen in fewer training rows get no weight. */
  minCount: number;
}

/** ITERATIONS, LR, L2 and MIN_COUNT from the environment, with the defaults both trainers use. */
export function fitOptionsFromEnv(): FitOptions {
  return {
    iterations: Number(process.env.ITERATIONS ?? 3000),
    lr: Number(process.env.LR ?? 4),
    l2: Number(process.env.L2 ?? 1e-4),
    minCount: Number(process.env.MIN_COUNT ?? 2),
  };
}

export interface Model {
  bias: number;
  weights: Map<number, number>;
}

export type Rates = HashedLabelModel['cv'];

export function fit(examples: readonly Example[], ys: readonly number[], opts: FitOptions): Model {
  const counts = new Map<number, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<number, number>();
  for (const [f, n] of counts) if (n >= opts.minCount) index.set(f, index.size);
  const rows = examples.map((e) => e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined));
  // Every feature of a text is scaled by 1/√(all its features), kept or not, as at run time.
  const scales = examples.map((e) => (e.features.length > 0 ? 1 / Math.sqrt(e.features.length) : 0));
  const w = new Float64Array(index.size);
  const grad = new Float64Array(index.size);
  let bias = 0;
  const n = examples.length;
  for (let it = 0; it < opts.iterations; it++) {
    grad.fill(0);
    let gBias = 0;
    rows.forEach((row, k) => {
      let z = bias;
      for (const i of row) z += w[i] * scales[k];
      const err = 1 / (1 + Math.exp(-z)) - ys[k];
      gBias += err;
      for (const i of row) grad[i] += err * scales[k];
    });
    for (let i = 0; i < w.length; i++) w[i] -= opts.lr * (grad[i] / n + opts.l2 * w[i]);
    bias -= opts.lr * (gBias / n);
  }
  const weights = new Map<number, number>();
  for (const [f, i] of index) weights.set(f, w[i]);
  return { bias, weights };
}

export function predict(model: Model, features: readonly number[]): number {
  let sum = 0;
  for (const f of features) sum += model.weights.get(f) ?? 0;
  const scale = features.length > 0 ? 1 / Math.sqrt(features.length) : 0;
  return 1 / (1 + Math.exp(-(model.bias + sum * scale)));
}

export function rates(probs: readonly number[], ys: readonly number[], threshold: number): Rates {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let negatives = 0;
  probs.forEach((p, i) => {
    const flagged = p >= threshold;
    if (ys[i] === 0) negatives++;
    if (flagged && ys[i] === 1) tp++;
    else if (flagged) fp++;
    else if (ys[i] === 1) fn++;
  });
  const round = (x: number) => Number(x.toFixed(4));
  return {
    precision: round(tp / Math.max(1, tp + fp)),
    recall: round(tp / Math.max(1, tp + fn)),
    falsePositiveRate: round(fp / Math.max(1, negatives)),
  };
}

/** The fold of each example: by a hash of its group, so a group never sits on both sides. */
export function foldsOf(examples: readonly { group: string }[], folds: number): number[] {
  return examples.map((e) => fnv1a(e.group) % folds);
}

/** Out-of-fold probabilities: each example scored by the model trained on the other folds. */
export function crossValidated(
  examples: readonly Example[],
  ys: readonly number[],
  folds: number,
  opts: FitOptions,
  score: (model: Model, example: Example, index: number) => number = (model, e) => predict(model, e.features),
): number[] {
  const fold = foldsOf(examples, folds);
  const probs = new Array<number>(examples.length).fill(0);
  for (let k = 0; k < folds; k++) {
    const model = fit(
      examples.filter((_, i) => fold[i] !== k),
      ys.filter((_, i) => fold[i] !== k),
      opts,
    );
    examples.forEach((e, i) => {
      if (fold[i] === k) probs[i] = score(model, e, i);
    });
  }
  return probs;
}

/** The lowest threshold on a coarse grid (0.20, 0.25, … 0.90) that `accept` takes; 0.90 when none. */
export function lowestThreshold(accept: (threshold: number) => boolean, from = 0.2): number {
  for (let t = Math.round(from * 100); t <= 90; t += 5) if (accept(t / 100)) return t / 100;
  return 0.9;
}

/** The weights worth writing (|w| ≥ 0.001), by bucket, rounded to 4 places. */
export function exportWeights(model: Model): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const [f, w] of [...model.weights].sort(([a], [b]) => a - b)) {
    if (Math.abs(w) >= 1e-3) weights[f] = Number(w.toFixed(4));
  }
  return weights;
}
