/** On-disk form of the trained clickbait model: int16-quantised weights, base64 encoded. */
export interface ClickbaitModelFile {
  version: 1;
  featureBits: number;
  bias: number;
  /** weight = int16 * scale */
  scale: number;
  /** Probability at or above which a headline counts as clickbait (tuned on the dev split). */
  threshold: number;
  weights: string;
  trainedOn: string;
  dev: { precision: number; recall: number; f1: number };
}

export function encodeWeights(weights: Float64Array): { scale: number; weights: string } {
  let maxAbs = 0;
  for (const w of weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const q = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.round(weights[i] / scale);
  return { scale, weights: Buffer.from(q.buffer).toString('base64') };
}

export function decodeQuantised(model: Pick<ClickbaitModelFile, 'weights'>): Int16Array {
  const bytes = Buffer.from(model.weights, 'base64');
  // Copy into an aligned buffer: a base64-decoded Buffer may sit at an odd offset in Node's pool.
  const q = new Int16Array(bytes.byteLength / 2);
  new Uint8Array(q.buffer).set(bytes);
  return q;
}
