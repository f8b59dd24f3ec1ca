import { FEATURE_BITS, FEATURE_DIM } from './hashed-features';
import type { HashedLabelModel, HashedModelFile } from './hashed-model-format';

export interface WeightTable {
  bias: number;
  weights: Float32Array;
}

/** The dense weight tables of a model file's labels, after checking it matches the feature space. */
export function weightTables<L extends string>(
  model: HashedModelFile<L>,
  labels: readonly L[],
  retrain: string,
): Record<L, WeightTable> {
  if (model.featureBits !== FEATURE_BITS) {
    throw new Error(`The model was trained with ${model.featureBits} feature bits, code expects ${FEATURE_BITS}; run ${retrain}`);
  }
  const tables = {} as Record<L, WeightTable>;
  for (const label of labels) {
    const m: HashedLabelModel = model.labels[label];
    const weights = new Float32Array(FEATURE_DIM);
    for (const [b, w] of Object.entries(m.weights)) weights[Number(b)] = w;
    tables[label] = { bias: m.bias, weights };
  }
  return tables;
}

/** Probability from binary features, each scaled by 1/√(feature count) as in training. */
export function logistic(table: WeightTable, buckets: Int32Array, count: number): number {
  const scale = count > 0 ? 1 / Math.sqrt(count) : 0;
  let sum = 0;
  for (let i = 0; i < count; i++) sum += table.weights[buckets[i] as number] as number;
  return 1 / (1 + Math.exp(-(table.bias + sum * scale)));
}
