import { analyticsRowSchema, type AnalyticsRow } from './analytics-row';
import { parseNumberCell, parseTimestampCell, type DateOrder } from './cell-parsers';
import type { ExportFormatSpec, MetricName } from './export-formats/format-spec';
import { findColumn } from './header-detection';

interface MetricColumns {
  metric: MetricName;
  indexes: number[];
}

export interface RowPlan {
  spec: ExportFormatSpec;
  header: readonly string[];
  time: number;
  periodLength?: number;
  metrics: MetricColumns[];
  postId?: number;
  accountId?: number;
  channelHint?: number;
  timezone: string;
  dateOrder: DateOrder;
}

export type BuiltRow = { ok: true; row: AnalyticsRow } | { ok: false; reason: string };

/** Resolves, once per file, which columns feed which field. */
export function planRow(
  spec: ExportFormatSpec,
  header: readonly string[],
  columns: Map<string, number>,
  options: { timezone: string; dateOrder: DateOrder; preambleMetric?: MetricName },
): RowPlan {
  const metrics: MetricColumns[] = [];
  for (const [metric, sources] of Object.entries(spec.metrics) as [MetricName, NonNullable<ExportFormatSpec['metrics'][MetricName]>][]) {
    for (const source of sources) {
      const indexes = source.map((aliases) => findColumn(columns, aliases)).filter((i): i is number => i !== undefined);
      if (indexes.length > 0) {
        metrics.push({ metric, indexes });
        break;
      }
    }
  }
  if (spec.preambleMetric && options.preambleMetric) {
    metrics.push({ metric: options.preambleMetric, indexes: [findColumn(columns, spec.preambleMetric.column)!] });
  }
  return {
    spec,
    header,
    time: findColumn(columns, spec.time)!,
    periodLength: findColumn(columns, spec.periodLengthColumn),
    metrics,
    postId: findColumn(columns, spec.postId),
    accountId: findColumn(columns, spec.accountId),
    channelHint: findColumn(columns, spec.channelHint),
    timezone: options.timezone,
    dateOrder: options.dateOrder,
  };
}

function text(record: readonly string[], index: number | undefined): string | undefined {
  if (index === undefined) return undefined;
  const value = record[index]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** Turns one CSV record into a validated row, or a reason naming each bad column. */
export function buildRow(plan: RowPlan, record: readonly string[], line: number): BuiltRow {
  const reasons: string[] = [];
  const name = (index: number): string => plan.header[index]?.trim() || `column ${index + 1}`;
  const nonEmpty = record.filter((cell) => cell.trim() !== '').length;
  if (record.length < plan.header.length && nonEmpty > 0) {
    const needed = Math.max(plan.time, ...plan.metrics.flatMap((m) => m.indexes));
    if (needed >= record.length) {
      return { ok: false, reason: `has ${record.length} fields, the header has ${plan.header.length}` };
    }
  }

  const time = parseTimestampCell(record[plan.time], plan.timezone, plan.dateOrder);
  if (!time.ok) reasons.push(`${name(plan.time)}: ${time.reason}`);

  let periodLength: 'day' | 'hour' = plan.spec.periodLength === 'day' ? 'day' : 'hour';
  const declared = text(record, plan.periodLength)?.toLowerCase();
  if (declared !== undefined) {
    if (declared === 'day' || declared === 'hour') periodLength = declared;
    else reasons.push(`${name(plan.periodLength!)}: '${declared}' is not day or hour`);
  } else if (plan.spec.periodLength === 'from-time' && time.ok) {
    periodLength = time.value.hasTime ? 'hour' : 'day';
  }

  const values: Record<MetricName, number | null> = {
    impressions: 0,
    reach: null,
    engagements: 0,
    clicks: 0,
    conversions: 0,
    spend: 0,
    staffMinutes: 0,
  };
  for (const { metric, indexes } of plan.metrics) {
    let sum: number | null = null;
    for (const index of indexes) {
      const cell = parseNumberCell(record[index]);
      if (!cell.ok) reasons.push(`${name(index)}: ${cell.reason}`);
      else if (cell.value !== null && cell.value < 0) reasons.push(`${name(index)}: ${cell.value} is negative`);
      else if (cell.value !== null) sum = (sum ?? 0) + cell.value;
    }
    values[metric] = metric === 'reach' ? sum : (sum ?? 0);
  }
  if (reasons.length > 0) return { ok: false, reason: reasons.join('; ') };

  const candidate = {
    line,
    periodStart: new Date(time.ok ? time.value.ms : Number.NaN),
    periodLength,
    ...values,
    postId: text(record, plan.postId),
    accountId: text(record, plan.accountId),
    channelHint: text(record, plan.channelHint),
    source: plan.spec.source,
  };
  const parsed = analyticsRowSchema.safeParse(candidate);
  if (!parsed.success) {
    return {
      ok: false,
      reason: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
    };
  }
  const row = parsed.data;
  for (const key of ['postId', 'accountId', 'channelHint'] as const) if (row[key] === undefined) delete row[key];
  return { ok: true, row };
}
