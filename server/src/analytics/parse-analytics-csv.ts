import { Readable, pipeline } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import { isValidTimeZone } from '../roi/zoned-time';
import { AnalyticsImportError } from './analytics-import-error';
import type { AnalyticsRow, RejectedRow } from './analytics-row';
import type { DateOrder } from './cell-parsers';
import { FORMAT_FAMILIES, type ExportFormatSpec, type FormatFamily, type MetricName } from './export-formats/format-spec';
import { formatsFor } from './export-formats/format-registry';
import { describeClosestMiss, matchHeader } from './header-detection';
import { normaliseHeader } from './header-names';
import { buildRow, planRow, type RowPlan } from './row-builder';
import { decodeText, type CsvInput } from './text-decoding';

export interface ParseAnalyticsCsvOptions {
  format?: FormatFamily | 'auto';
  /** Zone for timestamps written without an offset (Meta and LinkedIn exports). Default 'UTC'. */
  timezone?: string;
  /** How to read `03/04/2026`. Default 'mdy', which is what the US-English exports use. */
  dateOrder?: DateOrder;
  /** Rows kept in `rejected`; further rejections are only counted. Default 1000. */
  maxRejected?: number;
  /** Rows above the header that may be preamble (sep=, metric name, description). Default 10. */
  headerSearchRows?: number;
}

export interface AnalyticsImportSummary {
  /** The export variant, e.g. 'facebook-posts'; null until the header has been read. */
  source: string | null;
  encoding: string | null;
  accepted: number;
  rejectedCount: number;
  /** The first `maxRejected` rejected rows, with 1-based line numbers. */
  rejected: RejectedRow[];
}

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

function checkOptions(options: ParseAnalyticsCsvOptions): Required<ParseAnalyticsCsvOptions> {
  const format = options.format ?? 'auto';
  if (format !== 'auto' && !(FORMAT_FAMILIES as readonly string[]).includes(format)) {
    throw new AnalyticsImportError('INVALID_OPTIONS', `Unknown format '${format}'`);
  }
  const timezone = options.timezone ?? 'UTC';
  if (!isValidTimeZone(timezone)) throw new AnalyticsImportError('INVALID_OPTIONS', `Unknown time zone '${timezone}'`);
  return {
    format,
    timezone,
    dateOrder: options.dateOrder ?? 'mdy',
    maxRejected: options.maxRejected ?? 1000,
    headerSearchRows: options.headerSearchRows ?? 10,
  };
}

function newlinesIn(record: readonly string[]): number {
  let count = 0;
  for (const cell of record) {
    for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) count += 1;
  }
  return count;
}

/** Reads `sep=X` (Excel's delimiter hint) from the start of the text. */
function delimiterHint(text: string): string | null {
  return /^sep=(.)\r?\n/i.exec(text)?.[1] ?? null;
}

function preambleMetric(spec: ExportFormatSpec, preamble: readonly string[][]): MetricName | undefined {
  if (!spec.preambleMetric) return undefined;
  const names = spec.preambleMetric.names;
  for (const row of [...preamble].reverse()) {
    const name = normaliseHeader(row.filter((c) => c.trim() !== '').join(','));
    if (name in names) {
      const metric = names[name];
      if (metric === null || metric === undefined) {
        const usable = Object.entries(names).filter(([, m]) => m !== null).map(([n]) => n);
        throw new AnalyticsImportError(
          'UNKNOWN_METRIC',
          `This ${spec.label} holds "${row.join(',').trim()}", which ROI does not use; import one of: ${usable.join(', ')}`,
        );
      }
      return metric;
    }
  }
  throw new AnalyticsImportError(
    'UNKNOWN_METRIC',
    `This ${spec.label} does not name its metric on a line above the header (expected one of: ${Object.keys(names).join(', ')})`,
  );
}

/**
 * Streams an analytics export: yields validated rows one at a time and collects rejected ones with their
 * line and reason in `summary`. Whole-file problems (a spreadsheet, no recognisable header) throw an
 * AnalyticsImportError from the iterator.
 */
export class AnalyticsCsvImport implements AsyncIterable<AnalyticsRow> {
  readonly summary: AnalyticsImportSummary = { source: null, encoding: null, accepted: 0, rejectedCount: 0, rejected: [] };
  private readonly options: Required<ParseAnalyticsCsvOptions>;
  private started = false;

  constructor(
    private readonly input: CsvInput,
    options: ParseAnalyticsCsvOptions = {},
  ) {
    this.options = checkOptions(options);
  }

  private reject(line: number, reason: string): void {
    this.summary.rejectedCount += 1;
    if (this.summary.rejected.length < this.options.maxRejected) this.summary.rejected.push({ line, reason });
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<AnalyticsRow> {
    if (this.started) throw new Error('An AnalyticsCsvImport can be iterated only once');
    this.started = true;
    const text = decodeText(this.input, (encoding) => {
      this.summary.encoding = encoding;
    });
    const first = await text.next();
    if (first.done) throw new AnalyticsImportError('HEADER_NOT_FOUND', 'The file is empty');
    const delimiter = delimiterHint(first.value) ?? ',';
    const parser = parse({
      delimiter,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      skip_records_with_error: true,
    });
    parser.on('skip', (error: CsvError & { lines?: number }) => {
      this.reject(error.lines ?? 0, error.message);
    });
    const source = Readable.from(
      (async function* () {
        yield first.value;
        yield* text;
      })(),
    );
    let failure = null as Error | null;
    pipeline(source, parser, (error) => {
      if (error) failure = error;
    });

    const specs = formatsFor(this.options.format);
    const preamble: string[][] = [];
    let plan: RowPlan | null = null;
    try {
      for await (const { record, info } of parser as AsyncIterable<CsvRecord>) {
        // info.lines is where the record ends; quoted fields may span lines.
        const line = info.lines - newlinesIn(record);
        if (plan === null) {
          const match = matchHeader(record, specs);
          if (match === null) {
            preamble.push(record);
            if (preamble.length >= this.options.headerSearchRows) break;
            continue;
          }
          plan = planRow(match.spec, record, match.columns, {
            timezone: this.options.timezone,
            dateOrder: this.options.dateOrder,
            preambleMetric: preambleMetric(match.spec, preamble),
          });
          this.summary.source = match.spec.source;
          continue;
        }
        const built = buildRow(plan, record, line);
        if (built.ok) {
          this.summary.accepted += 1;
          yield built.row;
        } else this.reject(line, built.reason);
      }
    } finally {
      if (!parser.destroyed) parser.destroy();
      source.destroy();
      // The parser reports malformed records as it reads ahead of us, so restore file order.
      this.summary.rejected.sort((a, b) => a.line - b.line);
    }
    if (plan === null) {
      throw new AnalyticsImportError(
        'HEADER_NOT_FOUND',
        `No header row found in the first ${preamble.length} rows: ${describeClosestMiss(preamble, specs)}`,
      );
    }
    if (failure !== null) throw failure;
  }
}

export function parseAnalyticsCsv(input: CsvInput, options: ParseAnalyticsCsvOptions = {}): AnalyticsCsvImport {
  return new AnalyticsCsvImport(input, options);
}

/** Reads a whole (small) file into memory: rows plus the summary. */
export async function readAnalyticsCsv(
  input: CsvInput,
  options: ParseAnalyticsCsvOptions = {},
): Promise<AnalyticsImportSummary & { rows: AnalyticsRow[] }> {
  const parsed = parseAnalyticsCsv(input, options);
  const rows: AnalyticsRow[] = [];
  for await (const row of parsed) rows.push(row);
  return { ...parsed.summary, rows };
}
