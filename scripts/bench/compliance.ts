import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { check } from '../../server/src/compliance/engine';
import type { CheckInput, TextKind } from '../../server/src/compliance/types';
import { loadNameLexicon } from '../../server/src/compliance/vocab/name-lexicon';
import { BENCH_DIRECTORY, generatePosts, labelledInput, labelledItems, type LabelledItem } from '../lib/compliance-bench-inputs';
import { regExpCallsPerItem } from '../lib/regexp-call-counter';

const POSTS = 10_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * Both sides get the same warm-up before the timed pass, long enough for V8 to have optimised the hot
 * paths (with 300 the first ~1,000 timed checks still ran at a fraction of the steady rate): the
 * figure is the steady state a long-running server sees; the cold start is reported on its own.
 */
const WARM_UP = 2_000;

function timeEach<P extends { text: string }>(label: string, posts: readonly P[], fn: (post: P) => unknown): { perSecond: number; p99: number } {
  for (let i = 0; i < WARM_UP; i++) fn(posts[(i * 7919) % posts.length] as P);
  const times = new Array<number>(posts.length);
  const t0 = performance.now();
  for (let i = 0; i < posts.length; i++) {
    const s = performance.now();
    fn(posts[i] as P);
    times[i] = performance.now() - s;
  }
  const total = performance.now() - t0;
  times.sort((a, b) => a - b);
  const perSecond = (posts.length / total) * 1000;
  const p99 = percentile(times, 99);
  console.log(
    `${label.padEnd(28)} ${Math.round(perSecond).toString().padStart(8)} posts/s   p50 ${(percentile(times, 50) * 1000).toFixed(0)} µs   p99 ${(p99 * 1000).toFixed(0)} µs`,
  );
  return { perSecond, p99 };
}

// A fresh process: load the engine, then time its first check (gazetteers included) and a second one.
const COLD_START_SCRIPT = `
const t0 = process.hrtime.bigint();
const { check } = require(process.argv[1]);
const t1 = process.hrtime.bigint();
const directory = { organisation: 'Riverside Family Health', staff: [{ name: 'Dr. Priya Raman' }] };
check({ text: 'Hi Maria, your A1C results are ready, call 555-201-1234.', kind: 'post', platform: 'x', directory });
const t2 = process.hrtime.bigint();
check({ text: 'Thanks James Okafor for the flu shots on May 3.', kind: 'post', platform: 'facebook', directory });
const t3 = process.hrtime.bigint();
console.log(JSON.stringify([Number(t1 - t0) / 1e6, Number(t2 - t1) / 1e6, Number(t3 - t2) / 1e6]));
`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median over three fresh processes of [load engine, first check, second check] in ms. */
function coldStart(env: NodeJS.ProcessEnv): number[] {
  const engine = path.join(__dirname, '..', '..', 'server', 'src', 'compliance', 'engine.js');
  const runs: number[][] = [];
  for (let i = 0; i < 3; i++) {
    const child = spawnSync(process.execPath, ['-e', COLD_START_SCRIPT, engine], { env: { ...process.env, ...env }, encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`cold-start probe failed: ${child.stderr}`);
    runs.push(JSON.parse(child.stdout) as number[]);
  }
  return [0, 1, 2].map((k) => median(runs.map((r) => r[k] as number)));
}

function reportColdStart(): void {
  // The first process after an install (or a compromise upgrade) derives the lexicon word lists; later ones read the cache.
  const derived = coldStart({ CLEARPOST_NAME_CACHE: 'off' });
  const cached = coldStart({});
  const line = (label: string, [load, first, second]: number[]) =>
    console.log(`${label.padEnd(28)} load ${load!.toFixed(0)} ms + first check ${first!.toFixed(0)} ms = ${(load! + first!).toFixed(0)} ms (second check ${second!.toFixed(1)} ms)`);
  line('cold start, word lists cached', cached);
  line('cold start, nothing cached', derived);
}

/** The longest text the live-check API accepts. */
const LONG_TEXT = 70_000;
/**
 * Pieces that, repeated to LONG_TEXT characters, once made a rule re-read the whole text per match (14 s for
 * "room 4 " as a reply in session 17's build; 7.6 s for "I'd give it a try " before session 21 read each advice clause
 * once): the worst case an editor's paste can hit.
 */
const LONG_TEXT_PIECES = ['room 4 ', 'room 4) ', '~Ünal ', '…', 'aa.', 'a-', 'A', 'AB ', 'MRN ', 'A1C ', 'Mom ', 'Eli (7) ', 'John. ', 'Dr. ', 'Mr ', 'at 95, ', '1.', 'biopsy ', "I'd give it a try ", 'if it were me ', 'you could go up to 3 '];

function checkMs(text: string, kind: TextKind): number {
  const start = performance.now();
  // A reply answers a comment as long as itself: the comment is read by rules of its own.
  check({ text, kind, platform: 'facebook', context: kind === 'reply' ? text : undefined, directory: BENCH_DIRECTORY });
  return performance.now() - start;
}

/** Slowest check of a LONG_TEXT-character text repeating one piece, against the same length of ordinary posts. */
function reportLongTexts(posts: ReadonlyArray<{ text: string }>): void {
  let ordinaryText = '';
  for (let i = 0; ordinaryText.length < LONG_TEXT; i++) ordinaryText += `${posts[i % posts.length]!.text}\n\n`;
  ordinaryText = ordinaryText.slice(0, LONG_TEXT);
  const ordinary = Math.max(checkMs(ordinaryText, 'post'), checkMs(ordinaryText, 'reply'));
  let worst = { ms: 0, piece: '', kind: 'post' as TextKind };
  for (const piece of LONG_TEXT_PIECES)
    for (const kind of ['post', 'reply'] as const) {
      const ms = checkMs(piece.repeat(Math.ceil(LONG_TEXT / piece.length)).slice(0, LONG_TEXT), kind);
      if (ms > worst.ms) worst = { ms, piece, kind };
    }
  console.log(
    `${LONG_TEXT.toLocaleString('en')}-character texts: ordinary posts ${ordinary.toFixed(0)} ms, slowest repeated piece ${worst.ms.toFixed(0)} ms (${JSON.stringify(worst.piece)} as a ${worst.kind}, ${(worst.ms / ordinary).toFixed(1)}× ordinary)`,
  );
}

/** Last: once exec is replaced, V8's regex fast paths stay off in this process. */
function reportRegExpCalls(posts: readonly CheckInput[]): void {
  const { posts: labelledPosts, replies } = labelledItems();
  const perCheck = (items: readonly CheckInput[]) => regExpCallsPerItem(items, check).toFixed(1);
  console.log(
    `regex executions per check (the same on a busy machine): generated posts ${perCheck(posts)}, labelled posts ${perCheck(labelledPosts.map(labelledInput))}, labelled replies ${perCheck(replies.map(labelledInput))}`,
  );
}

function reportLabelledItems(): void {
  const { posts, replies } = labelledItems();
  const average = (list: LabelledItem[]) => Math.round(list.reduce((n, i) => n + i.text.length, 0) / Math.max(1, list.length));
  console.log(`labelled items (tests/fixtures): ${posts.length} posts, ${average(posts)} characters on average; ${replies.length} replies with their comment, ${average(replies)} characters`);
  timeEach('check() labelled posts', posts, (i) => check(labelledInput(i)));
  timeEach('check() labelled replies', replies, (i) => check(labelledInput(i)));
}

export async function run(): Promise<void> {
  const posts = generatePosts(POSTS);
  const avg = Math.round(posts.reduce((n, p) => n + p.text.length, 0) / posts.length);
  console.log(`compliance bench: ${POSTS} generated posts, ${avg} characters on average, one core (node ${process.version}), load average ${loadavg()[0]!.toFixed(1)}`);
  reportColdStart();
  loadNameLexicon();
  // Each post is checked as the kind and platform it was generated for, in the warm-up as in the timed pass.
  const engine = timeEach('check() (all detectors)', posts, (p) => check({ text: p.text, kind: p.kind, platform: p.platform, directory: BENCH_DIRECTORY }));
  const people = timeEach('compromise nlp().people()', posts, (p) => nlp(p.text).people().out('array'));
  console.log(`check() is ${(engine.perSecond / people.perSecond).toFixed(1)}× compromise people() alone (goals: ≥ 20,000 posts/s, ≥ 5×)`);
  reportLabelledItems();
  reportLongTexts(posts);
  reportRegExpCalls(posts.map((p) => ({ ...p, directory: BENCH_DIRECTORY })));
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
