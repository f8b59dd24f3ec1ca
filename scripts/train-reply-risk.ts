/*
 * Trains the reply-risk model: one L2-regularised logistic regression per category
 * (patient-confirmation, medical-advice) over the features in reply-risk-features.ts, by full-batch
 * gradient descent (deterministic: no shuffling, no random init).
 *
 * Rows: our own invented replies (scripts/data/reply-risk-train.jsonl), plus the replies of the
 * healthcare-posts dev set (read from ../shared/datasets, never committed) and of the probe-posts study
 * set. probe2 is a held-out check and is not read here.
 *
 * The threshold of each category is chosen by 5-fold cross-validation (folds grouped by the comment
 * answered, so a reply and its routing twin never sit on both sides): the lowest threshold on a coarse
 * grid whose out-of-fold false-positive rate on clean replies stays within MAX_FPR.
 * Writes server/src/compliance/reply-risk/reply-risk-model.json. SHOW_ERRORS=1 lists the out-of-fold
 * mistakes at the chosen threshold.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fnv1a } from '../server/src/compliance/text/fnv1a';
import { FEATURE_BITS, replyRiskFeatures } from '../server/src/compliance/reply-risk/reply-risk-features';
import {
  REPLY_RISK_LABELS,
  type ReplyRiskLabel,
  type ReplyRiskLabelModel,
  type ReplyRiskModelFile,
} from '../server/src/compliance/reply-risk/reply-risk-model-format';
import { datasetsDir, readJsonl, repoRoot } from './repo-paths';

interface LabelledReply {
  id: string;
  kind?: string;
  text: string;
  context?: string;
  labels: { patient_confirmation?: boolean; medical_advice?: boolean };
}

interface Example {
  group: string;
  features: number[];
  y: Record<ReplyRiskLabel, number>;
}

const ITERATIONS = Number(process.env.ITERATIONS ?? 3000);
const LR = Number(process.env.LR ?? 4);
const L2 = Number(process.env.L2 ?? 1e-4);
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 2);
const MAX_FPR = Number(process.env.MAX_FPR ?? 0.03);
const FOLDS = 5;
const LABEL_KEY = { 'patient-confirmation': 'patient_confirmation', 'medical-advice': 'medical_advice' } as const;

function loadRows(): { rows: LabelledReply[]; sources: string[] } {
  const root = repoRoot();
  const files = [
    path.join(root, 'scripts/data/reply-risk-train.jsonl'),
    path.join(datasetsDir(), 'healthcare-posts/dev.jsonl'),
    path.join(root, 'tests/fixtures/probe-posts.jsonl'),
  ];
  const rows: LabelledReply[] = [];
  const sources: string[] = [];
  for (const file of files) {
    if (!existsSync(file)) {
      process.stdout.write(`skipping ${file} (not found)\n`);
      continue;
    }
    const replies = readJsonl<LabelledReply>(file).filter((r) => r.kind === undefined || r.kind === 'reply');
    rows.push(...replies);
    sources.push(`${path.basename(file)} (${replies.length} replies)`);
  }
  return { rows, sources };
}

function toExample(r: LabelledReply): Example {
  const y = {} as Record<ReplyRiskLabel, number>;
  for (const label of REPLY_RISK_LABELS) y[label] = r.labels[LABEL_KEY[label]] ? 1 : 0;
  return { group: r.context?.trim() || r.id, features: replyRiskFeatures(r.text, r.context), y };
}

interface Model {
  bias: number;
  weights: Map<number, number>;
}

function fit(examples: readonly Example[], label: ReplyRiskLabel): Model {
  const counts = new Map<number, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<number, number>();
  for (const [f, n] of counts) if (n >= MIN_COUNT) index.set(f, index.size);
  const rows = examples.map((e) => e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined));
  // Every feature of a text is scaled by 1/√(all its features), kept or not, as at run time.
  const scales = examples.map((e) => (e.features.length > 0 ? 1 / Math.sqrt(e.features.length) : 0));
  const w = new Float64Array(index.size);
  const grad = new Float64Array(index.size);
  let bias = 0;
  const n = examples.length;
  for (let it = 0; it < ITERATIONS; it++) {
    grad.fill(0);
    let gBias = 0;
    rows.forEach((row, k) => {
      let z = bias;
      for (const i of row) z += w[i] * scales[k];
      const err = 1 / (1 + Math.exp(-z)) - examples[k].y[label];
      gBias += err;
      for (const i of row) grad[i] += err * scales[k];
    });
    for (let i = 0; i < w.length; i++) w[i] -= LR * (grad[i] / n + L2 * w[i]);
    bias -= LR * (gBias / n);
  }
  const weights = new Map<number, number>();
  for (const [f, i] of index) weights.set(f, w[i]);
  return { bias, weights };
}

function predict(model: Model, features: readonly number[]): number {
  let sum = 0;
  for (const f of features) sum += model.weights.get(f) ?? 0;
  const scale = features.length > 0 ? 1 / Math.sqrt(features.length) : 0;
  return 1 / (1 + Math.exp(-(model.bias + sum * scale)));
}

function rates(probs: readonly number[], ys: readonly number[], threshold: number): ReplyRiskLabelModel['cv'] {
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

function crossValidated(examples: readonly Example[], label: ReplyRiskLabel): number[] {
  const fold = examples.map((e) => fnv1a(e.group) % FOLDS);
  const probs = new Array<number>(examples.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const model = fit(examples.filter((_, i) => fold[i] !== k), label);
    examples.forEach((e, i) => {
      if (fold[i] === k) probs[i] = predict(model, e.features);
    });
  }
  return probs;
}

function chooseThreshold(probs: readonly number[], ys: readonly number[]): { threshold: number; cv: ReplyRiskLabelModel['cv'] } {
  // Coarse grid, lowest first: the most recall whose false-positive rate stays within MAX_FPR.
  for (let t = 20; t <= 90; t += 5) {
    const cv = rates(probs, ys, t / 100);
    if (cv.falsePositiveRate <= MAX_FPR) return { threshold: t / 100, cv };
  }
  return { threshold: 0.9, cv: rates(probs, ys, 0.9) };
}

function main(): void {
  const { rows, sources } = loadRows();
  const examples = rows.map(toExample);
  const labels = {} as Record<ReplyRiskLabel, ReplyRiskLabelModel>;
  for (const label of REPLY_RISK_LABELS) {
    const ys = examples.map((e) => e.y[label]);
    const probs = crossValidated(examples, label);
    const { threshold, cv } = chooseThreshold(probs, ys);
    const at50 = rates(probs, ys, 0.5);
    if (process.env.SHOW_ERRORS) {
      examples.forEach((e, i) => {
        if ((probs[i] >= threshold) !== (ys[i] === 1)) {
          process.stdout.write(`  ${ys[i] ? 'missed' : 'false '} ${probs[i].toFixed(2)} ${rows[i].id}: ${rows[i].text}\n`);
        }
      });
    }
    process.stdout.write(
      `${label}: ${ys.filter((y) => y === 1).length}/${ys.length} positive\n` +
        `  cv @0.50  P ${at50.precision} R ${at50.recall} FPR ${at50.falsePositiveRate}\n` +
        `  cv @${threshold.toFixed(2)}  P ${cv.precision} R ${cv.recall} FPR ${cv.falsePositiveRate} (chosen)\n`,
    );
    const model = fit(examples, label);
    const weights: Record<string, number> = {};
    for (const [f, w] of [...model.weights].sort(([a], [b]) => a - b)) {
      if (Math.abs(w) >= 1e-3) weights[f] = Number(w.toFixed(4));
    }
    labels[label] = { bias: Number(model.bias.toFixed(4)), threshold, weights, cv };
  }
  const file: ReplyRiskModelFile = {
    version: 1,
    featureBits: FEATURE_BITS,
    trainedOn: `${sources.join(', ')}; iterations ${ITERATIONS}, lr ${LR}, l2 ${L2}, min count ${MIN_COUNT}, max cv fpr ${MAX_FPR}`,
    labels,
  };
  const out = path.join(repoRoot(), 'server/src/compliance/reply-risk/reply-risk-model.json');
  writeFileSync(out, JSON.stringify(file, null, 1) + '\n');
  process.stdout.write(`wrote ${path.relative(repoRoot(), out)}\n`);
}

main();
