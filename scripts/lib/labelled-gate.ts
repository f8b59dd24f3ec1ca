/* The gate's view of the labelled sets, shared by eval-probes and eval-robustness. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { check } from '../../server/src/compliance/engine';
import { knownPlatform } from '../../server/src/compliance/platform-name';
import type { Directory, TextKind } from '../../server/src/compliance/types';
import { datasetsDir, HELD_OUT_PROBES, repoRoot } from '../repo-paths';

export interface LabelledItem {
  id: string;
  kind: TextKind;
  /** As the CLI reads it: a platform we have no limits for is checked without one. */
  platform?: string;
  text: string;
  context?: string;
  should_block?: boolean;
}

/** The distinct rules of the findings that block `item`. */
export const blockingRules = (item: LabelledItem, directory: Directory): Set<string> =>
  new Set(
    check({ text: item.text, kind: item.kind, platform: item.platform ? knownPlatform(item.platform) : undefined, context: item.context || undefined, directory })
      .findings.filter((f) => f.severity === 'block')
      .map((f) => f.rule),
  );

export const blocks = (item: LabelledItem, directory: Directory): boolean => blockingRules(item, directory).size > 0;

/** The dev set (when ../shared is there) and every probe set that is not held out. */
export function studyFiles(): string[] {
  const fixtures = path.join(repoRoot(), 'tests/fixtures');
  const heldOut = new Set(HELD_OUT_PROBES.map((n) => `probe${n}-posts.jsonl`));
  const probes = readdirSync(fixtures).filter((f) => /^probe\d*-posts\.jsonl$/.test(f) && !heldOut.has(f));
  const dev = path.join(datasetsDir(), 'healthcare-posts/dev.jsonl');
  return [...(existsSync(dev) ? [dev] : []), ...probes.sort().map((f) => path.join(fixtures, f))];
}
