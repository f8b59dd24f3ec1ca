import { Readable } from 'node:stream';
import { AnalyticsImportError } from '../analytics-import-error';
import { analyticsJsonImportSchema, analyticsJsonRowSchema } from '../analytics-row';
import { parseAnalyticsCsv, readAnalyticsCsv } from '../parse-analytics-csv';
import { trickle } from './csv-fixtures';

const HEADER = 'period_start,impressions,engagements,clicks,conversions,spend';

describe('rows that fail validation', () => {
  it('reports each bad row with its line number and reason, and keeps the good ones', async () => {
    const csv = [
      HEADER, //                                              line 1
      '2026-03-01T09:00:00Z,100,5,2,1,3.50', //               2 ok
      '2026-02-30T09:00:00Z,100,5,2,1,0', //                  3 impossible date
      '2026-03-01T10:00:00Z,lots,5,2,1,0', //                 4 not a number
      '2026-03-01T11:00:00Z,100,-5,2,1,0', //                 5 negative
      '2026-03-01T12:00:00Z,100', //                          6 too few fields
      '', //                                                  7 blank: skipped silently
      '2026-03-01T13:00:00Z,"1,200",5,2,1,"$1,020.50"', //    8 ok
      'yesterday,abc,5,2,1,0', //                             9 two reasons
      '"2026-03-01T14:00:00Z",100,5,2,1,"0', //               10 quote never closed
    ].join('\n');
    const result = await readAnalyticsCsv(Buffer.from(csv));
    expect(result.rows.map((r) => [r.line, r.impressions, r.spend])).toEqual([
      [2, 100, 3.5],
      [8, 1200, 1020.5],
    ]);
    expect(result.rejected).toEqual([
      { line: 3, reason: "period_start: '2026-02-30T09:00:00Z' is not a date" },
      { line: 4, reason: "impressions: 'lots' is not a number" },
      { line: 5, reason: 'engagements: -5 is negative' },
      { line: 6, reason: 'has 2 fields, the header has 6' },
      { line: 9, reason: "period_start: 'yesterday' is not a date; impressions: 'abc' is not a number" },
      { line: 10, reason: expect.stringMatching(/^Quote Not Closed/) },
    ]);
    expect(result.accepted).toBe(2);
    expect(result.rejectedCount).toBe(6);
  });

  it('numbers a row by the line it starts on when an earlier field spans lines', async () => {
    const csv = 'Post ID,Page name,Publish time,Reach,"Reactions, Comments and Shares",Description\n1,Clinic,01/05/2026 09:00,10,1,"two\nline text"\n2,Clinic,not a date,10,1,x\n';
    const result = await readAnalyticsCsv(Buffer.from(csv));
    expect(result.rows[0]!.line).toBe(2);
    expect(result.rejected).toEqual([{ line: 4, reason: "Publish time: 'not a date' is not a date" }]);
  });

  it('keeps only the first maxRejected rejections but counts them all', async () => {
    const bad = Array.from({ length: 50 }, () => 'x,1,1,1,1,1').join('\n');
    const result = await readAnalyticsCsv(Buffer.from(`${HEADER}\n${bad}\n`), { maxRejected: 5 });
    expect(result.rejected).toHaveLength(5);
    expect(result.rejectedCount).toBe(50);
  });
});

describe('files that cannot be imported', () => {
  it('rejects an .xlsx (zip) file by its magic bytes and says to save it as CSV', async () => {
    const xlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), Buffer.alloc(200)]);
    const error = await readAnalyticsCsv(xlsx, { format: 'linkedin' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnalyticsImportError);
    expect(error).toMatchObject({ code: 'SPREADSHEET_NOT_SUPPORTED' });
    expect((error as Error).message).toMatch(/\.xlsx.*save it as CSV/s);
  });

  it('rejects an .xls (OLE2) file, even when it arrives in small chunks', async () => {
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    await expect(readAnalyticsCsv(trickle(xls, 3))).rejects.toMatchObject({
      code: 'SPREADSHEET_NOT_SUPPORTED',
      message: expect.stringContaining('Excel 97–2003 workbook (.xls)'),
    });
  });

  it('says which headers are missing when no row is a header', async () => {
    const csv = 'Post ID,Publish time,Views\n1,01/05/2026 09:00,10\n';
    await expect(readAnalyticsCsv(Buffer.from(csv), { format: 'facebook' })).rejects.toMatchObject({
      code: 'HEADER_NOT_FOUND',
      message: expect.stringContaining('closest is Facebook post export, missing "page id" or "page name" or "reactions, comments and shares"'),
    });
  });

  it('does not read a file as another platform when the format is given', async () => {
    const csv = 'Date,Impressions,Engagements\n2026-03-01,1,1\n';
    await expect(readAnalyticsCsv(Buffer.from(csv), { format: 'linkedin' })).rejects.toMatchObject({ code: 'HEADER_NOT_FOUND' });
    expect((await readAnalyticsCsv(Buffer.from(csv), { format: 'auto' })).source).toBe('x-overview');
  });

  it('rejects an empty file and unknown options', async () => {
    await expect(readAnalyticsCsv(Buffer.alloc(0))).rejects.toMatchObject({ code: 'HEADER_NOT_FOUND' });
    expect(() => parseAnalyticsCsv(Buffer.from('x'), { timezone: 'Nowhere/Town' })).toThrow(/time zone/);
  });
});

describe('streaming', () => {
  it('yields rows as they are parsed from a stream, one chunk at a time', async () => {
    let produced = 0;
    async function* source() {
      yield Buffer.from(`${HEADER}\n`);
      for (let i = 0; i < 10_000; i += 1) {
        produced += 1;
        yield Buffer.from(`2026-03-01T09:00:00Z,${i},1,1,0,0\n`);
      }
    }
    const parsed = parseAnalyticsCsv(Readable.from(source()));
    let seen = 0;
    for await (const row of parsed) {
      if (seen === 0) {
        // The first row arrives long before the source is exhausted: nothing is read whole.
        expect(produced).toBeLessThan(5_000);
      }
      expect(row.impressions).toBe(seen);
      seen += 1;
    }
    expect(seen).toBe(10_000);
    expect(parsed.summary.accepted).toBe(10_000);
  });

  it('can stop early without reading the rest', async () => {
    const parsed = parseAnalyticsCsv(Readable.from([`${HEADER}\n`, ...Array.from({ length: 100 }, () => '2026-03-01,1,1,1,0,0\n')]));
    for await (const row of parsed) {
      expect(row.line).toBe(2);
      break;
    }
    expect(parsed.summary.accepted).toBe(1);
  });
});

describe('JSON import rows', () => {
  it('fills defaults and needs an unambiguous timestamp', () => {
    const row = analyticsJsonRowSchema.parse({ periodStart: '2026-03-10T09:00:00-05:00', impressions: 10 });
    expect(row).toEqual({
      periodStart: new Date('2026-03-10T14:00:00Z'),
      periodLength: 'day',
      impressions: 10,
      reach: null,
      engagements: 0,
      clicks: 0,
      conversions: 0,
      spend: 0,
      staffMinutes: 0,
    });
    expect(analyticsJsonRowSchema.safeParse({ periodStart: '2026-03-10T09:00:00' }).success).toBe(false);
    expect(analyticsJsonRowSchema.safeParse({ periodStart: '2026-03-10T09:00:00Z', clicks: -1 }).success).toBe(false);
    expect(analyticsJsonRowSchema.safeParse({ periodStart: '2026-03-10T09:00:00Z', click: 1 }).success).toBe(false);
  });

  it('wraps rows with the channel they belong to', () => {
    const body = analyticsJsonImportSchema.parse({ channelId: 'li', rows: [{ periodStart: '2026-03-10T09:00:00Z', periodLength: 'hour' }] });
    expect(body.rows[0]!.periodLength).toBe('hour');
    expect(analyticsJsonImportSchema.safeParse({ channelId: 'li', rows: [] }).success).toBe(false);
  });
});
