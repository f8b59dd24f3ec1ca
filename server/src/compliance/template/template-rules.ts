import { isDirectoryPhone } from '../directory/directory-index';
import { indexDirectory } from '../directory/directory-index';
import type { Detector, Finding } from '../types';
import { execAll } from '../text/exec-all';

export const KNOWN_PLACEHOLDERS = ['providerName', 'department', 'phone', 'email', 'organisation', 'website', 'firstName'] as const;
const ROUTING_PLACEHOLDERS = new Set(['phone', 'providerName', 'department']);
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const PHONE_LIKE = /\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}/g;

/** Reply templates must send the person somewhere we know, and use only placeholders we can fill. */
export const detectTemplateIssues: Detector = (ctx) => {
  if (ctx.kind !== 'template') return [];
  const { text } = ctx;
  const dir = indexDirectory(ctx.directory);
  const findings: Finding[] = [];
  let routed = false;
  for (const m of execAll(PLACEHOLDER, text)) {
    const name = m[1] as string;
    if ((KNOWN_PLACEHOLDERS as readonly string[]).includes(name)) {
      if (ROUTING_PLACEHOLDERS.has(name)) routed = true;
      continue;
    }
    findings.push({
      category: 'template',
      type: 'unknown-placeholder',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      severity: 'block',
      message: `Unknown placeholder '${m[0]}': nothing fills '${name}', so it would be published as written. Known placeholders: ${KNOWN_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}.`,
      suggestion: 'Fix the spelling or use one of the known placeholders.',
      rule: 'template.placeholder.unknown',
    });
  }
  if (!routed) for (const m of execAll(PHONE_LIKE, text)) if (isDirectoryPhone(dir, m[0])) routed = true;
  if (!routed) {
    const lower = text.toLowerCase();
    const names = [
      ...ctx.directory.departments.map((d) => d.name),
      ...ctx.directory.staff.map((s) => s.name.replace(/^(?:dr\.?|nurse practitioner)\s+/i, '').replace(/,.*$/, '')),
    ];
    routed = names.some((n) => n.trim().length > 2 && lower.includes(n.trim().toLowerCase()));
  }
  if (!routed) {
    findings.push({
      category: 'template',
      type: 'no-routing',
      start: 0,
      end: text.length,
      text,
      severity: 'block',
      message:
        "This reply template doesn't route the person anywhere. Add a department phone or provider from the directory, or the {{phone}}, {{providerName}} or {{department}} placeholder.",
      suggestion: 'Add e.g. "Call {{department}} at {{phone}}."',
      rule: 'template.routing.missing',
    });
  }
  return findings;
};
