import { parse } from 'csv-parse/sync';
import { feedbackKey, incomingFeedbackSchema, MAX_BATCH, type IncomingFeedback } from './incoming-feedback';

export const CSV_COLUMNS = [
  'source',
  'externalId',
  'authorName',
  'rating',
  'text',
  'receivedAt',
  'parentId',
  'concernsDocumentId',
] as const;
const REQUIRED_COLUMNS = ['source', 'externalId', 'text', 'receivedAt'] as const;

export interface CsvRowError {
  /** 1-based line of the row in the file (the header is line 1). */
  line: number;
  messages: string[];
}

export type FeedbackCsvResult =
  | { ok: true; items: IncomingFeedback[] }
  | { ok: false; fileErrors: string[]; rowErrors: CsvRowError[] };

/** Parses the whole file and reports every bad row; the caller writes nothing unless all rows are good. */
export function parseFeedbackCsv(content: string): FeedbackCsvResult {
  let records: string[][];
  try {
    records = parse(content.replace(/^\uFEFF/, ''), {
      skip_empty_lines: true,
      relax_column_count: false,
      trim: true,
    }) as string[][];
  } catch (error) {
    return { ok: false, fileErrors: [`Not a readable CSV file: ${(error as Error).message}`], rowErrors: [] };
  }
  const [header, ...rows] = records;
  if (!header)
    return { ok: false, fileErrors: ['The file is empty: expected a header row and at least one item'], rowErrors: [] };
  const unknown = header.filter((name) => !(CSV_COLUMNS as readonly string[]).includes(name));
  const missing = REQUIRED_COLUMNS.filter((name) => !header.includes(name));
  const fileErrors = [
    ...(unknown.length
      ? [`Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (known: ${CSV_COLUMNS.join(', ')})`]
      : []),
    ...(missing.length ? [`Missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`] : []),
    ...(rows.length === 0 ? ['No rows below the header'] : []),
    ...(rows.length > MAX_BATCH ? [`At most ${MAX_BATCH} rows per import (found ${rows.length}); split the file`] : []),
  ];
  if (fileErrors.length) return { ok: false, fileErrors, rowErrors: [] };

  const items: IncomingFeedback[] = [];
  const rowErrors: CsvRowError[] = [];
  const seen = new Map<string, number>();
  rows.forEach((cells, index) => {
    const line = index + 2;
    const raw: Record<string, unknown> = {};
    header.forEach((name, i) => {
      const cell = cells[i] ?? '';
      if (cell === '') return;
      raw[name] = name === 'rating' && /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
    });
    const parsed = incomingFeedbackSchema.safeParse(raw);
    if (!parsed.success) {
      rowErrors.push({
        line,
        messages: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'row'}: ${issue.message}`),
      });
      return;
    }
    const key = feedbackKey(parsed.data);
    const first = seen.get(key);
    if (first !== undefined) {
      rowErrors.push({
        line,
        messages: [`externalId: ${parsed.data.externalId} from ${parsed.data.source} already appears on line ${first}`],
      });
      return;
    }
    seen.set(key, line);
    items.push(parsed.data);
  });
  return rowErrors.length ? { ok: false, fileErrors: [], rowErrors } : { ok: true, items };
}
