import type { ComplianceReport, Finding } from '../compliance/types';

/** The text with each finding's span wrapped as [n:…], where overlapping spans are marked once. */
function markSpans(text: string, findings: readonly Finding[]): string {
  let out = '';
  let at = 0;
  findings.forEach((f, i) => {
    if (f.start < at || f.end <= f.start) return;
    out += `${text.slice(at, f.start)}[${i + 1}:${text.slice(f.start, f.end)}]`;
    at = f.end;
  });
  return out + text.slice(at);
}

export function formatReport(text: string, report: ComplianceReport): string {
  const lines = [`Verdict: ${report.verdict.toUpperCase()}`, ''];
  const spanned = report.findings.filter((f) => f.end - f.start < text.length || text.length === 0);
  lines.push(markSpans(text, spanned), '');
  if (report.findings.length === 0) lines.push('No findings.');
  report.findings.forEach((f, i) => {
    lines.push(`${i + 1}. [${f.severity}] ${f.category}/${f.type} (${f.start}-${f.end}) ${f.message}`);
    if (f.suggestion) lines.push(`   → ${f.suggestion}`);
    lines.push(`   rule: ${f.rule}`);
  });
  return `${lines.join('\n')}\n`;
}
