import { stableStringify } from '../utils/stable-stringify';
import type { ComplianceReport, Finding } from '../compliance';
import { NON_OVERRIDABLE_PHI_TYPES, type PhiType } from '../compliance';

/** A finding located in one field of a document (`body`, `variants.0.text`, `images.1.altText`, …). */
export interface GateFinding extends Finding {
  field: string;
  overridden?: { by: string; justification: string; at: string };
}

export interface GateReport {
  verdict: 'pass' | 'block';
  findings: GateFinding[];
  engineVersion: string;
  checkedAt: string;
  /** For a post: the hash of everything the report depends on (check-basis.ts); a report with the same basis is reused. */
  basis?: string;
}

export interface FindingOverride {
  field: string;
  category: string;
  type: string;
  text: string;
  justification: string;
  by: string;
  byId: number;
  at: string;
}

export function inField(field: string, report: ComplianceReport): GateFinding[] {
  return report.findings.map((finding) => ({ ...finding, field }));
}

export function isOverridable(finding: Pick<Finding, 'category' | 'type'>): boolean {
  return !(finding.category === 'phi' && NON_OVERRIDABLE_PHI_TYPES.includes(finding.type as PhiType));
}

export function matchesOverride(finding: GateFinding, override: FindingOverride): boolean {
  return (
    override.field === finding.field &&
    override.category === finding.category &&
    override.type === finding.type &&
    override.text === finding.text
  );
}

/** Overridden findings stay in the report, as warnings that say who overrode them and why. */
export function applyOverrides(findings: GateFinding[], overrides: readonly FindingOverride[]): GateFinding[] {
  return findings.map((finding) => {
    if (finding.severity !== 'block' || !isOverridable(finding)) return finding;
    const override = overrides.find((o) => matchesOverride(finding, o));
    if (!override) return finding;
    return {
      ...finding,
      severity: 'warn',
      overridden: { by: override.by, justification: override.justification, at: override.at },
    };
  });
}

export function verdictOf(findings: readonly Finding[]): 'pass' | 'block' {
  return findings.some((f) => f.severity === 'block') ? 'block' : 'pass';
}

/** One sentence an editor can act on: how many findings, and the first few in the engine's words. */
export function blockedMessage(findings: readonly GateFinding[]): string {
  const blocking = findings.filter((f) => f.severity === 'block');
  const shown = blocking.slice(0, 3).map((f) => `${f.message}${f.field === 'body' ? '' : ` (in ${f.field})`}`);
  const more = blocking.length > shown.length ? ` …and ${blocking.length - shown.length} more.` : '';
  const noun = blocking.length === 1 ? 'a compliance finding' : `${blocking.length} compliance findings`;
  return `Publishing blocked by ${noun}: ${shown.join(' ')}${more}`;
}

/** Same engine, same findings: storing the new report again would change nothing a reviewer reads. */
export function sameFindings(stored: unknown, fresh: GateReport): boolean {
  const previous = stored as Partial<GateReport> | null | undefined;
  return (
    previous?.engineVersion === fresh.engineVersion &&
    stableStringify(previous.findings ?? null) === stableStringify(fresh.findings)
  );
}
