import { FEATURE_BITS } from './hashed-features';
import type { HashedLabelModel, HashedModelFile } from './hashed-model-format';

/**
 * One label's weights. Only a few thousand of the 2^18 buckets carry one, so they sit in a small
 * open-addressed table (a dense 1 MB array missed the cache on nearly every lookup and crowded out
 * the other detectors' tables).
 */
export interface WeightTable {
  bias: number;
  /** Bucket per slot, -1 for an empty slot. */
  keys: Int32Array;
  weights: Float32Array;
  /** 32 minus the table's bits: the slot of a bucket is its Fibonacci hash shifted right by this. */
  shift: number;
}

function slotOf(table: Pick<WeightTable, 'keys' | 'shift'>, bucket: number): number {
  const mask = table.keys.length - 1;
  let slot = Math.imul(bucket, 0x9e3779b1) >>> table.shift;
  while (table.keys[slot] !== -1 && table.keys[slot] !== bucket) slot = (slot + 1) & mask;
  return slot;
}

function weightTable(m: HashedLabelModel): WeightTable {
  const entries = Object.entries(m.weights);
  let bits = 4;
  while (1 << bits < entries.length * 2) bits++;
  const table: WeightTable = { bias: m.bias, keys: new Int32Array(1 << bits).fill(-1), weights: new Float32Array(1 << bits), shift: 32 - bits };
  for (const [b, w] of entries) {
    const slot = slotOf(table, Number(b));
    table.keys[slot] = Number(b);
    table.weights[slot] = w;
  }
  return table;
}

/** The weight tables of a model file's labels, after checking it matches the feature space. */
export function weightTables<L extends string>(
  model: HashedModelFile<L>,
  labels: readonly L[],
  retrain: string,
): Record<L, WeightTable> {
  if (model.featureBits !== FEATURE_BITS) {
    throw new Error(`The model was trained with ${model.featureBits} feature bits, code expects ${FEATURE_BITS}; run ${retrain}`);
  }
  const tables = {} as Record<L, WeightTable>;
  for (const label of labels) tables[label] = weightTable(model.labels[label]);
  return tables;
}

/** Probability from binary features, each scaled by 1/√(feature count) as in training. */
export function logistic(table: WeightTable, buckets: Int32Array, count: number): number {
  const scale = count > 0 ? 1 / Math.sqrt(count) : 0;
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const slot = slotOf(table, buckets[i] as number);
    // A bucket without a weight adds 0, which leaves the sum as it was.
    if (table.keys[slot] !== -1) sum += table.weights[slot] as number;
  }
  return 1 / (1 + Math.exp(-(table.bias + sum * scale)));
}
