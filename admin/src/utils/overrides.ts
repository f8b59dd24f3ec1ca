import { NON_OVERRIDABLE_PHI_TYPES } from '../constants';
import type { LocatedFinding } from '../components/FindingsList';

/** A stored override (mirrors FindingOverride in server/src/gate/gate-report.ts). */
export interface StoredOverride {
  field: string;
  category: string;
  type: string;
  text: string;
  justification: string;
  by: string;
  at: string;
}

/** The server refuses these anyway; not offering the button saves the reviewer a round trip. */
export function canOverride(finding: LocatedFinding): boolean {
  if (finding.severity !== 'block' || finding.overridden) return false;
  return !(finding.category === 'phi' && NON_OVERRIDABLE_PHI_TYPES.includes(finding.type));
}

/** Marks findings that a reviewer overrode, as the gate does (server/src/gate/gate-report.ts applyOverrides). */
export function withOverrides(findings: LocatedFinding[], overrides: unknown): LocatedFinding[] {
  if (!Array.isArray(overrides) || overrides.length === 0) return findings;
  const list = overrides as StoredOverride[];
  return findings.map((finding) => {
    if (finding.severity !== 'block' || !canOverride(finding)) return finding;
    const match = list.find(
      (o) => o.field === finding.field && o.category === finding.category && o.type === finding.type && o.text === finding.text
    );
    return match
      ? { ...finding, severity: 'warn', overridden: { by: match.by, justification: match.justification, at: match.at } }
      : finding;
  });
}
