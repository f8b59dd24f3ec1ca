/*
 * Gate verdicts on the labelled posts, in process (the same counting as ../shared/tools/score-gate.mjs):
 *   node dist/scripts/eval-probes.js score FILE...        block recall and false blocks per file
 *   node dist/scripts/eval-probes.js verdicts OUT.json     every verdict on dev and the study probes (held-out sets skipped)
 *   node dist/scripts/eval-probes.js diff A.json B.json    catches gained or lost, false blocks added or dropped
 *   node dist/scripts/eval-probes.js rules [RULE]          per rule, the items it alone blocks (catches, false blocks);
 *                                                          with RULE, the keys of the clean items it alone blocks
 * To compare two builds, run `verdicts` from a copy of each build's dist/ and `diff` the files: a rule change is kept
 * only when it loses no catch.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Directory } from '../server/src/compliance/types';
import { blockingRules, blocks, studyFiles, type LabelledItem } from './lib/labelled-gate';
import { loadDatasetDirectory, readJsonl } from './repo-paths';

type Verdicts = Record<string, { shouldBlock: boolean; blocked: boolean }>;

/** The gate's verdict on every labelled item of `file`, keyed by file and id. */
function verdictsOf(file: string, directory: Directory): Verdicts {
  const result: Verdicts = {};
  for (const item of readJsonl<LabelledItem>(file))
    if (typeof item.should_block === 'boolean') result[`${path.basename(file)}:${item.id}`] = { shouldBlock: item.should_block, blocked: blocks(item, directory) };
  return result;
}

function score(files: readonly string[]): void {
  const directory = loadDatasetDirectory();
  for (const file of files) {
    const all = Object.values(verdictsOf(file, directory));
    const positives = all.filter((v) => v.shouldBlock).length;
    const caught = all.filter((v) => v.shouldBlock && v.blocked).length;
    const clean = all.length - positives;
    const falseBlocks = all.filter((v) => !v.shouldBlock && v.blocked).length;
    const recall = (caught / Math.max(1, positives)).toFixed(3);
    const rate = ((100 * falseBlocks) / Math.max(1, clean)).toFixed(1);
    process.stdout.write(`${path.basename(file).padEnd(28)} recall ${recall}  false blocks ${rate} %  (${caught}/${positives}, ${falseBlocks}/${clean})\n`);
  }
}

function verdicts(out: string): void {
  const directory = loadDatasetDirectory();
  const result: Verdicts = Object.assign({}, ...studyFiles().map((file) => verdictsOf(file, directory))) as Verdicts;
  writeFileSync(out, JSON.stringify(result));
  process.stdout.write(`${Object.keys(result).length} verdicts written to ${out}\n`);
}

function diff(before: Verdicts, after: Verdicts): void {
  const moved = { 'catches gained': [] as string[], 'catches lost': [] as string[], 'false blocks added': [] as string[], 'false blocks dropped': [] as string[] };
  for (const [key, b] of Object.entries(after)) {
    const a = before[key];
    if (!a || a.blocked === b.blocked) continue;
    if (b.shouldBlock) (b.blocked ? moved['catches gained'] : moved['catches lost']).push(key);
    else (b.blocked ? moved['false blocks added'] : moved['false blocks dropped']).push(key);
  }
  for (const [what, keys] of Object.entries(moved)) process.stdout.write(`${what}: ${keys.length}${keys.length ? `  ${keys.join(' ')}` : ''}\n`);
}

interface RuleCount {
  catches: number;
  falseBlocks: string[];
}

/**
 * Which rule to weigh next: for each rule, the labelled items (held-out sets skipped) that it alone blocks. A false block
 * with one blocking rule is that rule's to fix; a catch with one blocking rule is what the rule would lose.
 */
function rules(only: string | undefined): void {
  const directory = loadDatasetDirectory();
  const counts = new Map<string, RuleCount>();
  for (const file of studyFiles())
    for (const item of readJsonl<LabelledItem>(file)) {
      if (typeof item.should_block !== 'boolean') continue;
      const blocking = blockingRules(item, directory);
      if (blocking.size !== 1) continue;
      const [rule] = [...blocking] as [string];
      const count = counts.get(rule) ?? { catches: 0, falseBlocks: [] };
      if (item.should_block) count.catches++;
      else count.falseBlocks.push(`${path.basename(file)}:${item.id}`);
      counts.set(rule, count);
    }
  if (only !== undefined) {
    process.stdout.write(`${(counts.get(only)?.falseBlocks ?? []).join('\n')}\n`);
    return;
  }
  const ranked = [...counts].sort(([, a], [, b]) => b.falseBlocks.length - a.falseBlocks.length || b.catches - a.catches);
  process.stdout.write(`${'rule'.padEnd(44)} ${'false blocks'.padStart(12)} ${'catches'.padStart(8)}   (items it alone blocks)\n`);
  for (const [rule, count] of ranked) process.stdout.write(`${rule.padEnd(44)} ${String(count.falseBlocks.length).padStart(12)} ${String(count.catches).padStart(8)}\n`);
}

const readVerdicts = (file: string): Verdicts => JSON.parse(readFileSync(file, 'utf8')) as Verdicts;

function main(args: readonly string[]): void {
  const [command, ...rest] = args;
  if (command === 'score' && rest.length > 0) return score(rest);
  if (command === 'verdicts' && rest.length === 1) return verdicts(rest[0] as string);
  if (command === 'diff' && rest.length === 2) return diff(readVerdicts(rest[0] as string), readVerdicts(rest[1] as string));
  if (command === 'rules' && rest.length <= 1) return rules(rest[0]);
  process.stderr.write('Usage: eval-probes.js score FILE... | verdicts OUT.json | diff BEFORE.json AFTER.json | rules [RULE]\n');
  process.exitCode = 2;
}

main(process.argv.slice(2));
