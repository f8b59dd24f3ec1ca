/*
 * Runs this folder's four detectors (clickbait, medical advice, patient confirmation,
 * digestibility) on the healthcare-posts dev set and the Chakraborty dev headlines, and prints
 * recall / false rate per label plus per-detector cost. Usage: node dist/scripts/eval-detectors.js [--misses]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { detectClickbait } from '../server/src/compliance/clickbait/clickbait-detector';
import { detectMedicalAdvice } from '../server/src/compliance/advice/medical-advice-detector';
import { detectUnroutedCrisis } from '../server/src/compliance/advice/crisis-routing';
import { detectPatientConfirmation } from '../server/src/compliance/confirmation/patient-confirmation-detector';
import { detectDigestibility } from '../server/src/compliance/digestibility/digestibility-detector';
import { DEFAULT_CHECK_OPTIONS } from '../server/src/compliance/default-options';
import type { Detector, DetectorContext, Directory, FindingCategory, Platform, TextKind } from '../server/src/compliance/types';
import { datasetsDir, readJsonl } from './repo-paths';


const OPTIONS = DEFAULT_CHECK_OPTIONS;

interface PostRow {
  id: string;
  kind: TextKind;
  platform?: Platform;
  text: string;
  context?: string;
  labels: Record<'phi' | 'patient_confirmation' | 'medical_advice' | 'clickbait', boolean>;
}

const LABELS: Array<{ label: keyof PostRow['labels']; category: FindingCategory; detector: Detector }> = [
  { label: 'clickbait', category: 'clickbait', detector: detectClickbait },
  { label: 'medical_advice', category: 'medical-advice', detector: (ctx) => [...detectMedicalAdvice(ctx), ...detectUnroutedCrisis(ctx)] },
  { label: 'patient_confirmation', category: 'patient-confirmation', detector: detectPatientConfirmation },
];

function pct(n: number, d: number): string {
  return d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
}

function evalPosts(dir: string, directory: Directory, showMisses: boolean): void {
  const rows = readJsonl<PostRow>(path.join(dir, 'healthcare-posts/dev.jsonl'));
  process.stdout.write(`healthcare-posts dev (${rows.length} items)\n`);
  for (const { label, category, detector } of LABELS) {
    let tp = 0;
    let pos = 0;
    let fp = 0;
    let neg = 0;
    const misses: string[] = [];
    for (const row of rows) {
      const ctx: DetectorContext = { text: row.text, kind: row.kind, platform: row.platform, context: row.context, directory, options: OPTIONS };
      const hits = detector(ctx).filter((f) => f.category === category && f.severity === 'block');
      const flagged = hits.length > 0;
      if (row.labels[label]) {
        pos++;
        if (flagged) tp++;
        else misses.push(`  MISS ${row.id} ${row.kind}: ${row.text}`);
      } else {
        neg++;
        if (flagged) {
          fp++;
          misses.push(`  FALSE ${row.id} ${row.kind}: [${hits.map((h) => `${h.rule} "${h.text}"`).join('; ')}] ${row.text}`);
        }
      }
    }
    process.stdout.write(
      `  ${label.padEnd(21)} recall ${pct(tp, pos)} (${tp}/${pos})   false rate ${pct(fp, neg)} (${fp}/${neg})\n`,
    );
    if (showMisses) for (const m of misses) process.stdout.write(m + '\n');
  }
}

function evalHeadlines(dir: string, directory: Directory): void {
  const rows = readJsonl<{ text: string; label: number }>(path.join(dir, 'clickbait/chakraborty-dev.jsonl'));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const row of rows) {
    const flagged = detectClickbait({ text: row.text, kind: 'post', directory, options: OPTIONS }).some((f) => f.severity === 'block');
    if (flagged && row.label === 1) tp++;
    else if (flagged) fp++;
    else if (row.label === 1) fn++;
  }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  process.stdout.write(
    `chakraborty dev via detectClickbait (${rows.length} headlines): P ${p.toFixed(4)} R ${r.toFixed(4)} F1 ${((2 * p * r) / (p + r)).toFixed(4)}\n`,
  );
}

function timeDetectors(dir: string, directory: Directory): void {
  const rows = readJsonl<PostRow>(path.join(dir, 'healthcare-posts/dev.jsonl'));
  const detectors: Array<[string, Detector]> = [
    ['clickbait', detectClickbait],
    ['medical-advice', detectMedicalAdvice],
    ['crisis-routing', detectUnroutedCrisis],
    ['patient-confirmation', detectPatientConfirmation],
    ['digestibility', detectDigestibility],
  ];
  process.stdout.write('cost per item, dev posts (each detector on every item as kind post, then as reply):\n');
  for (const [name, detector] of detectors) {
    for (const kind of ['post', 'reply'] as const) {
      const ctxs: DetectorContext[] = rows.map((r) => ({ text: r.text, kind, platform: r.platform, context: r.context, directory, options: OPTIONS }));
      for (const c of ctxs) detector(c);
      const rounds = 200;
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < rounds; i++) for (const c of ctxs) detector(c);
      const us = Number(process.hrtime.bigint() - t0) / 1000 / (rounds * ctxs.length);
      process.stdout.write(`  ${name.padEnd(21)} ${kind.padEnd(5)} ${us.toFixed(2)} µs\n`);
    }
  }
}

function main(): void {
  const dir = datasetsDir();
  const directory = JSON.parse(readFileSync(path.join(dir, 'healthcare-posts/directory.json'), 'utf8')) as Directory;
  const showMisses = process.argv.includes('--misses');
  evalPosts(dir, directory, showMisses);
  evalHeadlines(dir, directory);
  if (!process.argv.includes('--no-timing')) timeDetectors(dir, directory);
}

main();
