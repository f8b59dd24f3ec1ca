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
import { FEATURE_BITS, replyRiskFeatures } from '../server/src/compliance/reply-risk/reply-risk-features';
import {
  REPLY_RISK_LABELS,
  type ReplyRiskLabel,
  type ReplyRiskLabelModel,
  type ReplyRiskModelFile,
} from '../server/src/compliance/reply-risk/reply-risk-model-format';
import { chooseThreshold, crossValidated, exportWeights, fit, fitOptionsFromEnv, rates, type Example } from './lib/hashed-logistic-trainer';
import { datasetsDir, readJsonl, repoRoot } from './repo-paths';

interface LabelledReply {
  id: string;
  kind?: string;
  text: string;
  context?: string;
  labels: { patient_confirmation?: boolean; medical_advice?: boolean };
}

interface ReplyExample extends Example {
  y: Record<ReplyRiskLabel, number>;
}

const OPTS = fitOptionsFromEnv();
const MAX_FPR = Number(process.env.MAX_FPR ?? 0.03);
const FOLDS = 5;
const LABEL_KEY = { 'patient-confirmation': 'patient_confirmation', 'medical-advice': 'medical_advice' } as const;

function loadRows(): { rows: LabelledReply[]; sources: string[] } {
  const root = repoRoot();
  const files = [
    path.join(root, 'scripts/data/reply-risk-train.jsonl'),
    path.join(datasetsDir(), 'healthcare-posts/dev.jsonl'),
    path.join(root, 'tests/fixtures/probe-posts.jsonl'),
    path.join(root, 'tests/fixtures/probe6-posts.jsonl'),
    path.join(root, 'tests/fixtures/probe8-posts.jsonl'),
    path.join(root, 'tests/fixtures/probe10-posts.jsonl'),
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

function toExample(r: LabelledReply): ReplyExample {
  const y = {} as Record<ReplyRiskLabel, number>;
  for (const label of REPLY_RISK_LABELS) y[label] = r.labels[LABEL_KEY[label]] ? 1 : 0;
  return { group: r.context?.trim() || r.id, features: replyRiskFeatures(r.text, r.context), y };
}

function main(): void {
  const { rows, sources } = loadRows();
  const examples = rows.map(toExample);
  const labels = {} as Record<ReplyRiskLabel, ReplyRiskLabelModel>;
  for (const label of REPLY_RISK_LABELS) {
    const ys = examples.map((e) => e.y[label]);
    const probs = crossValidated(examples, ys, FOLDS, OPTS);
    const { threshold, cv } = chooseThreshold(probs, ys, MAX_FPR);
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
    const model = fit(examples, ys, OPTS);
    labels[label] = { bias: Number(model.bias.toFixed(4)), threshold, weights: exportWeights(model), cv };
  }
  const file: ReplyRiskModelFile = {
    version: 1,
    featureBits: FEATURE_BITS,
    trainedOn: `${sources.join(', ')}; iterations ${OPTS.iterations}, lr ${OPTS.lr}, l2 ${OPTS.l2}, min count ${OPTS.minCount}, max cv fpr ${MAX_FPR}`,
    labels,
  };
  const out = path.join(repoRoot(), 'server/src/compliance/reply-risk/reply-risk-model.json');
  writeFileSync(out, JSON.stringify(file, null, 1) + '\n');
  process.stdout.write(`wrote ${path.relative(repoRoot(), out)}\n`);
}

main();
