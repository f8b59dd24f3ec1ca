/*
 * Trains the healthcare-post clickbait model that sits beside the headline model: logistic regression
 * (scripts/lib/logistic-regression.ts) over the post feature space. Data: our own invented posts
 * (scripts/data/post-clickbait-train.jsonl), plus the posts of the healthcare dev set, of the probe study
 * sets (probe-posts and studyProbeFiles()) and a few hundred plain news headlines, read at training time. The
 * threshold is chosen on out-of-fold scores of the healthcare posts from a fixed-seed, stratified 5-fold
 * cross-validation: the most recall whose false-positive rate stays under MAX_FALSE_RATE. Writes
 * server/src/compliance/clickbait/post-clickbait-model.json.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodeWeights, type ClickbaitModelFile } from '../server/src/compliance/clickbait/clickbait-model-format';
import { extractPostFeatures, POST_FEATURE_BITS, POST_FEATURE_DIM } from '../server/src/compliance/clickbait/post-clickbait-features';
import { prf, scoreVector, trainLogistic, type TrainOptions } from './lib/logistic-regression';
import { mulberry32 } from './lib/seeded-random';
import { datasetsDir, loadDatasetDirectory, readJsonl, repoRoot, studyProbeFiles } from './repo-paths';
import { studyFiles } from './lib/labelled-gate';
import { check } from '../server/src/compliance/engine';
import { knownPlatform } from '../server/src/compliance/platform-name';
import { isSpanishSentence } from '../server/src/compliance/text/spanish-sentence';

interface Example {
  text: string;
  label: number;
  source: string;
  platform?: string;
}

interface LabelledPost {
  kind: string;
  platform?: string;
  text: string;
  labels: { clickbait: boolean };
}

const SEED = 31337;
const FOLDS = 5;
/**
 * 0.5 % (threshold 0.35). With only the dev set and one probe set to learn from, 1 % chose 0.55; trained on every study
 * set (session 17) 1 % chose 0.25, which blocked hand-written clean look-alikes ("Guess what? Our wait times dropped…",
 * "More details tomorrow on our events page"). On the held-out probes 0.35 keeps all but 0.2 points of that recall.
 */
const MAX_FALSE_RATE = Number(process.env.MAX_FALSE_RATE ?? 0.005);
/**
 * With POST_CLICKBAIT_LANGUAGE=es (npm run train:post-clickbait-es): the model of Spanish posts, trained on the Spanish
 * posts of dev and of every probe set not held out, without news headlines or our own rows (both English). Writes
 * post-clickbait-model-es.json.
 */
const SPANISH = process.env.POST_CLICKBAIT_LANGUAGE === 'es';
/**
 * Spanish: the share of the clean Spanish posts the rest of the gate passes that the model may newly block out of fold.
 * Its threshold is the lowest within that share, raised while that costs no recall at the gate (as train-reply-risk.ts).
 */
const MAX_NEW_BLOCKS = Number(process.env.MAX_NEW_BLOCKS ?? 0.005);
/**
 * Spanish: no lower. At the 0.25 the rule above chose, the model blocked five of the clean look-alikes the session tests
 * hold ("Mañana publicaremos los horarios de vacunación de diciembre." scored 0.53); at 0.55 they pass, and on the 228
 * held-out sets it kept 71 of the 73 catches it had added (session 59).
 */
const SPANISH_MIN_THRESHOLD = Number(process.env.MIN_THRESHOLD ?? 0.55);
/**
 * Plain news headlines as extra negatives. Our clean posts run longer than our teasers, so without them
 * the model learns "short = clickbait" and flags terse news (25 of 1,600 plain chakraborty-dev
 * headlines); 300 bring that to 2 without costing cross-validated recall on posts. More cost recall.
 */
const NEWS_NEGATIVES = Number(process.env.NEWS_NEGATIVES ?? 300);
const NEWS = 'news-headlines';
const OPTIONS: TrainOptions = {
  dim: POST_FEATURE_DIM,
  seed: SEED,
  epochs: Number(process.env.EPOCHS ?? 30),
  l2: Number(process.env.L2 ?? 1e-3),
  lr: Number(process.env.LR ?? 0.5),
};

function labelledPosts(file: string, source: string): Example[] {
  if (!existsSync(file)) {
    process.stdout.write(`(skipping ${source}: ${file} not found)\n`);
    return [];
  }
  return readJsonl<LabelledPost>(file)
    .filter((r) => r.kind === 'post')
    .map((r) => ({ text: r.text, label: r.labels.clickbait ? 1 : 0, source }));
}

/** A fixed-seed sample of the plain (non-clickbait) headlines in the headline model's training split. */
function newsNegatives(): Example[] {
  const rows = readJsonl<{ text: string; label: number }>(path.join(datasetsDir(), 'clickbait/chakraborty-train.jsonl')).filter(
    (r) => r.label === 0,
  );
  const rand = mulberry32(SEED ^ 0x2e35);
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  return rows.slice(0, NEWS_NEGATIVES).map((r) => ({ ...r, source: NEWS }));
}

function spanishExamples(): Example[] {
  return studyFiles().flatMap((file) =>
    readJsonl<LabelledPost>(file)
      .filter((r) => r.kind === 'post' && isSpanishSentence(r.text))
      .map((r) => ({ text: r.text, label: r.labels.clickbait ? 1 : 0, source: path.basename(file), platform: r.platform })),
  );
}

function loadExamples(): Example[] {
  if (SPANISH) return spanishExamples();
  const root = repoRoot();
  const ours = readJsonl<{ text: string; label: number }>(path.join(root, 'scripts/data/post-clickbait-train.jsonl')).map((r) => ({
    ...r,
    source: 'ours',
  }));
  return [
    ...ours,
    ...labelledPosts(path.join(datasetsDir(), 'healthcare-posts/dev.jsonl'), 'healthcare-dev'),
    ...labelledPosts(path.join(root, 'tests/fixtures/probe-posts.jsonl'), 'probe-study'),
    ...studyProbeFiles().flatMap((file) => labelledPosts(file, 'probe-study')),
    ...newsNegatives(),
  ];
}

/**
 * Spanish: the fold of each example's file, so a set's look-alike teasers (one writer, one theme) never sit on both sides
 * and the out-of-fold figures are those of a set the model has not seen.
 */
function foldsBySet(examples: readonly Example[]): number[] {
  const files = [...new Set(examples.map((e) => e.source))].sort();
  const foldOf = new Map(files.map((f, i) => [f, i % FOLDS]));
  return examples.map((e) => foldOf.get(e.source)!);
}

/** Stratified fold per example, from a fixed-seed shuffle of each class. */
function assignFolds(examples: readonly Example[]): number[] {
  if (SPANISH) return foldsBySet(examples);
  const rand = mulberry32(SEED ^ 0x5f0d);
  const fold = new Array<number>(examples.length);
  for (const label of [0, 1]) {
    const idx = examples.map((e, i) => (e.label === label ? i : -1)).filter((i) => i >= 0);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    idx.forEach((exampleIndex, k) => (fold[exampleIndex] = k % FOLDS));
  }
  return fold;
}

function falseRate(probs: readonly number[], ys: readonly number[], threshold: number): number {
  let negatives = 0;
  let fp = 0;
  probs.forEach((p, i) => {
    if (ys[i] === 1) return;
    negatives++;
    if (p >= threshold) fp++;
  });
  return fp / Math.max(1, negatives);
}

/** What the gate without the Spanish post model does with each example: catches it as clickbait, passes it whole. */
function gateWithoutModel(examples: readonly Example[]): { catches: boolean; passes: boolean }[] {
  const directory = loadDatasetDirectory();
  return examples.map((e) => {
    const report = check({
      text: e.text,
      kind: 'post',
      platform: e.platform ? knownPlatform(e.platform) : undefined,
      directory,
      options: { spanishClickbaitModel: false },
    });
    return { catches: report.findings.some((f) => f.category === 'clickbait' && f.severity === 'block'), passes: report.verdict === 'pass' };
  });
}

/**
 * The lowest threshold at which the model, out of fold, newly blocks at most MAX_NEW_BLOCKS of the clean posts, raised
 * while that costs no clickbait caught at the gate: a lower threshold that catches nothing more only adds risk.
 */
function spanishGateThreshold(examples: readonly Example[], oof: readonly number[]): number {
  const gate = gateWithoutModel(examples);
  const clean = examples.filter((e) => e.label === 0).length;
  const newBlocks = (t: number) => examples.filter((e, i) => e.label === 0 && gate[i]!.passes && oof[i]! >= t).length / Math.max(1, clean);
  const caught = (t: number) => examples.filter((e, i) => e.label === 1 && (gate[i]!.catches || oof[i]! >= t)).length;
  const grid = Array.from({ length: 18 }, (_, k) => Number((0.1 + 0.05 * k).toFixed(2)));
  const positives = examples.filter((e) => e.label === 1).length;
  for (const t of grid) process.stdout.write(`  gate @${t.toFixed(2)} clickbait caught ${caught(t)}/${positives}, clean posts newly blocked ${newBlocks(t).toFixed(4)}\n`);
  let k = grid.findIndex((t) => t >= SPANISH_MIN_THRESHOLD && newBlocks(t) <= MAX_NEW_BLOCKS);
  if (k < 0) return 0.95;
  while (k + 1 < grid.length && caught(grid[k + 1]!) >= caught(grid[k]!)) k++;
  return grid[k]!;
}

function main(): void {
  const examples = loadExamples();
  const xs = examples.map((e) => extractPostFeatures(e.text));
  const ys = examples.map((e) => e.label);
  const fold = assignFolds(examples);
  const oof = new Array<number>(examples.length).fill(0);
  for (let f = 0; f < FOLDS; f++) {
    const trainIdx = examples.map((_, i) => i).filter((i) => fold[i] !== f);
    const model = trainLogistic(trainIdx.map((i) => xs[i]), trainIdx.map((i) => ys[i]), OPTIONS);
    examples.forEach((_, i) => {
      if (fold[i] === f) oof[i] = scoreVector(model, xs[i]);
    });
  }

  // The threshold is set on healthcare posts only (news headlines are there to teach, not to tune); a
  // coarse grid so it cannot chase single examples.
  const posts = examples.map((e, i) => (e.source === NEWS ? -1 : i)).filter((i) => i >= 0);
  const postProbs = posts.map((i) => oof[i]);
  const postYs = posts.map((i) => ys[i]);
  let threshold = 0.95;
  if (SPANISH) threshold = spanishGateThreshold(examples, oof);
  else
    for (let t = 0.95; t >= 0.0999; t -= 0.05) {
      if (falseRate(postProbs, postYs, t) > MAX_FALSE_RATE) break;
      threshold = Math.round(t * 100) / 100;
    }
  const cv = prf(postProbs, postYs, threshold);
  process.stdout.write(
    `${posts.length} healthcare posts (${postYs.filter((y) => y === 1).length} clickbait) + ${examples.length - posts.length} news headlines, ` +
      `${FOLDS}-fold CV\n` +
      `posts cv @${threshold.toFixed(2)}  P ${cv.precision.toFixed(4)} R ${cv.recall.toFixed(4)} F1 ${cv.f1.toFixed(4)} ` +
      `false-positive rate ${falseRate(postProbs, postYs, threshold).toFixed(4)}\n`,
  );
  for (let t = 0.1; t <= 0.951; t += 0.05) {
    const m = prf(postProbs, postYs, t);
    process.stdout.write(`  @${t.toFixed(2)} R ${m.recall.toFixed(3)} P ${m.precision.toFixed(3)} false-rate ${falseRate(postProbs, postYs, t).toFixed(3)}\n`);
  }
  // Spanish examples are sourced per set file: one line each would bury the figures above.
  for (const source of SPANISH ? [] : [...new Set(examples.map((e) => e.source))]) {
    const idx = examples.map((e, i) => (e.source === source ? i : -1)).filter((i) => i >= 0);
    const m = prf(idx.map((i) => oof[i]), idx.map((i) => ys[i]), threshold);
    const fr = falseRate(idx.map((i) => oof[i]), idx.map((i) => ys[i]), threshold);
    process.stdout.write(`  ${source.padEnd(15)} n ${idx.length}  P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)} false-rate ${fr.toFixed(3)}\n`);
  }
  if (process.env.VERBOSE) {
    examples.forEach((e, i) => {
      if (e.source !== NEWS && (oof[i] >= threshold) !== (e.label === 1)) process.stdout.write(`  miss ${e.label} ${oof[i].toFixed(3)} ${e.text}\n`);
    });
  }

  const { w, bias } = trainLogistic(xs, ys, OPTIONS);
  const model: ClickbaitModelFile = {
    version: 1,
    featureBits: POST_FEATURE_BITS,
    bias,
    ...encodeWeights(w),
    threshold,
    trainedOn:
      `${SPANISH ? `${posts.length} Spanish posts of dev and the probe study sets` : `${posts.length} healthcare posts (ours + healthcare dev + probe study set) + ${examples.length - posts.length} plain news headlines`}, seed ${SEED}, epochs ${OPTIONS.epochs}, ` +
      `l2 ${OPTIONS.l2}, lr ${OPTIONS.lr}; threshold and figures from ${FOLDS}-fold cross-validation`,
    dev: { precision: Number(cv.precision.toFixed(4)), recall: Number(cv.recall.toFixed(4)), f1: Number(cv.f1.toFixed(4)) },
  };
  const out = path.join(repoRoot(), `server/src/compliance/clickbait/post-clickbait-model${SPANISH ? '-es' : ''}.json`);
  writeFileSync(out, JSON.stringify(model) + '\n');
  process.stdout.write(`wrote ${path.relative(repoRoot(), out)}\n`);
}

main();
