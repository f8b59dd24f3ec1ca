import type { ColumnAliases, ExportFormatSpec } from './export-formats/format-spec';
import { normaliseHeader } from './header-names';

export interface HeaderMatch {
  spec: ExportFormatSpec;
  /** Normalised header name → column index (first occurrence wins). */
  columns: Map<string, number>;
}

export function indexHeader(cells: readonly string[]): Map<string, number> {
  const columns = new Map<string, number>();
  cells.forEach((cell, i) => {
    const name = normaliseHeader(cell);
    if (name !== '' && !columns.has(name)) columns.set(name, i);
  });
  return columns;
}

export function findColumn(columns: Map<string, number>, aliases: ColumnAliases | undefined): number | undefined {
  if (!aliases) return undefined;
  for (const alias of aliases) {
    const index = columns.get(alias);
    if (index !== undefined) return index;
  }
  return undefined;
}

function missingRequired(spec: ExportFormatSpec, columns: Map<string, number>): ColumnAliases[] {
  return spec.required.filter((aliases) => findColumn(columns, aliases) === undefined);
}

/** The first spec whose required headers this record has, or null when it is not a header row. */
export function matchHeader(cells: readonly string[], specs: readonly ExportFormatSpec[]): HeaderMatch | null {
  const columns = indexHeader(cells);
  const spec = specs.find((s) => missingRequired(s, columns).length === 0);
  return spec ? { spec, columns } : null;
}

/** For the error message when no row matched: the closest spec and what it lacked. */
export function describeClosestMiss(rows: readonly (readonly string[])[], specs: readonly ExportFormatSpec[]): string {
  let best: { spec: ExportFormatSpec; missing: ColumnAliases[] } | null = null;
  for (const row of rows) {
    const columns = indexHeader(row);
    for (const spec of specs) {
      const missing = missingRequired(spec, columns);
      const present = spec.required.length - missing.length;
      const bestPresent = best ? best.spec.required.length - best.missing.length : 0;
      if (present > bestPresent) best = { spec, missing };
    }
  }
  const expected = specs.map((s) => `${s.label} (${s.required.map((r) => r.join(' or ')).join(', ')})`).join('; ');
  if (best === null) return `expected one of: ${expected}`;
  return `closest is ${best.spec.label}, missing ${best.missing.map((r) => `"${r.join('" or "')}"`).join(', ')}`;
}
