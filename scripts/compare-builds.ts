/*
 * Compliance engine speed of two builds, side by side:
 *   npm run compare-builds -- A_DIST B_DIST [--rounds N]
 * where each DIST is a copy of a build's dist/ (e.g. `cp -r dist /tmp/dist-before` before a change). Each round runs
 * one child process per build, in turn, A first in odd rounds and B first in even ones; a child times the bench's
 * generated posts and the fixtures' labelled posts and replies (the same inputs for both builds) over several passes
 * and keeps its best. On a shared machine one run swings by a third, and two builds in one process distort each other
 * (the one loaded second runs slower), so the figures that count are the best and the median over the rounds.
 * Last, each build's regex executions per check on the same sets: a count, steady where the timings are not.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CheckInput } from '../server/src/compliance/types';
import { BENCH_DIRECTORY, generatePosts, labelledInput, labelledItems } from './lib/compliance-bench-inputs';
import { regExpCallsPerItem } from './lib/regexp-call-counter';

const PASSES = 4;
const SETS = ['bench posts', 'labelled posts', 'labelled replies'] as const;
type Rates = Record<(typeof SETS)[number], number>;

function inputs(): Record<(typeof SETS)[number], CheckInput[]> {
  const labelled = labelledItems();
  return {
    'bench posts': generatePosts(10_000).map((p) => ({ ...p, directory: BENCH_DIRECTORY })),
    'labelled posts': labelled.posts.map(labelledInput),
    'labelled replies': labelled.replies.map(labelledInput),
  };
}

/** In the child: the best rate of PASSES passes over each set, as JSON on stdout. */
function measure(dist: string): void {
  const { check } = require(path.resolve(dist, 'server/src/compliance/engine.js')) as { check: (input: CheckInput) => unknown };
  const sets = inputs();
  const rates = {} as Rates;
  for (const name of SETS) {
    const items = sets[name];
    for (const item of items.slice(0, 2_000)) check(item);
    let best = Infinity;
    for (let pass = 0; pass < PASSES; pass++) {
      const start = performance.now();
      for (const item of items) check(item);
      best = Math.min(best, performance.now() - start);
    }
    rates[name] = Math.round((items.length / best) * 1000);
  }
  process.stdout.write(JSON.stringify(rates));
}

/** In the child: regex executions per check on each set, as JSON on stdout (in a process of its own: counting slows every regex after it). */
function countCalls(dist: string): void {
  const { check } = require(path.resolve(dist, 'server/src/compliance/engine.js')) as { check: (input: CheckInput) => unknown };
  const sets = inputs();
  const calls = {} as Rates;
  for (const name of SETS) calls[name] = regExpCallsPerItem(sets[name], check);
  process.stdout.write(JSON.stringify(calls));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function compare(a: string, b: string, rounds: number): void {
  for (const dist of [a, b]) if (!existsSync(path.join(dist, 'server/src/compliance/engine.js'))) throw new Error(`${dist} holds no compiled engine (server/src/compliance/engine.js)`);
  const runs: Record<string, Rates[]> = { [a]: [], [b]: [] };
  for (let round = 1; round <= rounds; round++) {
    for (const dist of round % 2 === 1 ? [a, b] : [b, a]) {
      const rates = JSON.parse(execFileSync(process.execPath, [__filename, '--child', dist], { encoding: 'utf8' })) as Rates;
      (runs[dist] as Rates[]).push(rates);
      process.stdout.write(`round ${round} ${path.basename(dist).padEnd(16)} ${SETS.map((s) => `${s} ${rates[s]}/s`).join('   ')}\n`);
    }
  }
  process.stdout.write(`\nper second over ${rounds} rounds (best / median), and B's time per item as a share of A's:\n`);
  for (const set of SETS) {
    const ra = runs[a]!.map((r) => r[set]);
    const rb = runs[b]!.map((r) => r[set]);
    const [bestA, bestB, medianA, medianB] = [Math.max(...ra), Math.max(...rb), median(ra), median(rb)];
    process.stdout.write(
      `${set.padEnd(17)} A ${bestA} / ${medianA}   B ${bestB} / ${medianB}   B/A ${(bestA / bestB).toFixed(3)} (best), ${(medianA / medianB).toFixed(3)} (median)\n`,
    );
  }
  const [callsA, callsB] = [a, b].map((dist) => JSON.parse(execFileSync(process.execPath, [__filename, '--count', dist], { encoding: 'utf8' })) as Rates);
  process.stdout.write('\nregex executions per check (the same on a busy machine):\n');
  for (const set of SETS) process.stdout.write(`${set.padEnd(17)} A ${callsA![set].toFixed(1)}   B ${callsB![set].toFixed(1)}   B/A ${(callsB![set] / callsA![set]).toFixed(3)}\n`);
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return measure(args[1] as string);
  if (args[0] === '--count') return countCalls(args[1] as string);
  const roundsAt = args.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 5;
  const dists = args.filter((x, i) => !x.startsWith('--') && (roundsAt < 0 || i !== roundsAt + 1));
  if (dists.length !== 2 || !Number.isInteger(rounds) || rounds < 1) {
    process.stderr.write('usage: npm run compare-builds -- A_DIST B_DIST [--rounds N]\n');
    process.exit(2);
  }
  compare(dists[0] as string, dists[1] as string, rounds);
}

main();
