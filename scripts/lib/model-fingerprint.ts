/*
 * A fingerprint of what the trained models see: the hashed features of the committed training rows
 * (scripts/data), which need nothing from ../shared. Training writes it into the model file and a unit test
 * recomputes it, so a vocabulary or feature change that would make `npm run train:*` build a different
 * model fails a test instead of drifting silently from the committed weights.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { phiRiskFeatures } from '../../server/src/compliance/phi-risk/phi-risk-features';
import { replyRiskFeatures } from '../../server/src/compliance/reply-risk/reply-risk-features';
import { sentenceSpans } from '../../server/src/compliance/text/sentences';
import type { TextKind } from '../../server/src/compliance/types';
import { readJsonl, repoRoot } from '../repo-paths';

interface OwnRow {
  kind?: TextKind;
  text: string;
  context?: string;
}

function digest(featureLists: Iterable<readonly number[] | undefined>): string {
  const hash = createHash('sha256');
  for (const features of featureLists) hash.update(features ? features.join(',') : '-').update(';');
  return hash.digest('hex').slice(0, 16);
}

function ownRows(file: string): OwnRow[] {
  return readJsonl<OwnRow>(path.join(repoRoot(), 'scripts/data', file));
}

export function replyRiskFingerprint(): string {
  return digest(ownRows('reply-risk-train.jsonl').map((r) => replyRiskFeatures(r.text, r.context)));
}

/** Every sentence of every own row, scored without a directory's known words. */
export function phiRiskFingerprint(): string {
  function* features(): Generator<number[] | undefined> {
    for (const row of ownRows('phi-risk-train.jsonl')) {
      const kind = row.kind ?? 'post';
      const context = kind === 'reply' ? row.context ?? '' : '';
      for (const s of sentenceSpans(row.text)) yield phiRiskFeatures(row.text.slice(s.start, s.end), kind, context);
    }
  }
  return digest(features());
}
