/*
 * L2-regularised logistic regression over sparse binary features (Adagrad, fixed-seed shuffles), shared
 * by the clickbait trainers so every model is trained and scored the same way and reproducibly.
 */
import type { FeatureVector } from '../../server/src/compliance/clickbait/clickbait-features';
import { mulberry32 } from './seeded-random';

export interface TrainOptions {
  dim: number;
  seed: number;
  epochs: number;
  l2: number;
  lr: number;
  /** Print the mean loss after each epoch. */
  log?: boolean;
}

export interface LogisticModel {
  w: Float64Array;
  bias: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function scoreVector(model: LogisticModel, x: FeatureVector): number {
  let z = model.bias;
  for (const i of x.indices) z += model.w[i] * x.value;
  return sigmoid(z);
}

export function trainLogistic(xs: FeatureVector[], ys: number[], opts: TrainOptions): LogisticModel {
  const w = new Float64Array(opts.dim);
  const g2 = new Float64Array(opts.dim).fill(1e-8);
  const model = { w, bias: 0 };
  let biasG2 = 1e-8;
  const rand = mulberry32(opts.seed);
  const order = xs.map((_, i) => i);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let loss = 0;
    for (const k of order) {
      const x = xs[k];
      const p = scoreVector(model, x);
      const y = ys[k];
      loss -= y * Math.log(p + 1e-12) + (1 - y) * Math.log(1 - p + 1e-12);
      const err = p - y;
      // Adagrad; L2 applied to the weights this example touches.
      for (const i of x.indices) {
        const g = err * x.value + opts.l2 * w[i];
        g2[i] += g * g;
        w[i] -= (opts.lr * g) / Math.sqrt(g2[i]);
      }
      biasG2 += err * err;
      model.bias -= (opts.lr * err) / Math.sqrt(biasG2);
    }
    if (opts.log) process.stdout.write(`epoch ${epoch + 1}/${opts.epochs} loss ${(loss / order.length).toFixed(4)}\n`);
  }
  return model;
}

export function prf(probs: readonly number[], ys: readonly number[], threshold: number): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  probs.forEach((p, i) => {
    const pred = p >= threshold;
    if (pred && ys[i] === 1) tp++;
    else if (pred) fp++;
    else if (ys[i] === 1) fn++;
  });
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return { precision, recall, f1: (2 * precision * recall) / Math.max(1e-12, precision + recall) };
}
