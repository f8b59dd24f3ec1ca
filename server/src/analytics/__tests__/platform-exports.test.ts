import { readAnalyticsCsv } from '../parse-analytics-csv';
import { GENERIC_TEMPLATE_EXAMPLE, GENERIC_TEMPLATE_HEADERS } from '../export-formats/generic-format';
import { csvLine, trickle, utf16be, utf16le, utf8Bom } from './csv-fixtures';

const FB_HEADERS = [
  'Post ID', 'Page ID', 'Page name', 'Title', 'Description', 'Duration (sec)', 'Publish time', 'Caption type',
  'Permalink', 'Post type', 'Languages', 'Custom labels', 'Funded content status', 'Data comment', 'Date', 'Views',
  'Reach', 'Reactions, Comments and Shares', 'Reactions', 'Comments', 'Shares', 'Total clicks', 'Link clicks',
  'Other Clicks', 'Seconds viewed', 'Average Seconds viewed', 'Estimated earnings (USD)',
];

function facebookPostRow(id: string, publish: string, views: string, reach: string, rcs: string, clicks: string) {
  const values: Record<string, string> = {
    'Post ID': id, 'Page ID': '1029384756', 'Page name': 'Riverside Clinic', Title: '', Description: 'Flu shots, now, walk-in',
    'Publish time': publish, 'Post type': 'Photos', Date: 'Lifetime', Views: views, Reach: reach,
    'Reactions, Comments and Shares': rcs, 'Total clicks': clicks,
  };
  return csvLine(FB_HEADERS.map((h) => values[h] ?? ''));
}

describe('Facebook exports', () => {
  it('reads the post-level CSV: BOM, quoted thousands, publish time in the page time zone', async () => {
    const csv = [
      csvLine(FB_HEADERS),
      facebookPostRow('1029384756_1', '03/27/2026 06:08', '12,400', '9,800', '310', '1,024'),
      facebookPostRow('1029384756_2', '03/02/2026 18:30', '800', '700', '12', '3'),
    ].join('\r\n');
    const result = await readAnalyticsCsv(utf8Bom(csv), { format: 'facebook', timezone: 'America/New_York' });
    expect(result.source).toBe('facebook-posts');
    expect(result.encoding).toBe('utf-8');
    expect(result.rejected).toEqual([]);
    expect(result.rows).toHaveLength(2);
    expect(result.rows[0]).toEqual({
      line: 2,
      periodStart: new Date('2026-03-27T10:08:00Z'), // EDT
      periodLength: 'hour',
      impressions: 12400,
      reach: 9800,
      engagements: 310,
      clicks: 1024,
      conversions: 0,
      spend: 0,
      staffMinutes: 0,
      postId: '1029384756_1',
      accountId: '1029384756',
      channelHint: 'Riverside Clinic',
      source: 'facebook-posts',
    });
    expect(result.rows[1]!.periodStart).toEqual(new Date('2026-03-02T23:30:00Z')); // EST
  });

  it('matches a required subset case-insensitively, whatever the other columns', async () => {
    const csv = [
      csvLine(['post id', 'PAGE NAME', 'Publish Time', 'Reach', 'Reactions, comments and shares', 'Negative feedback from users: Hide all']),
      csvLine(['9', 'Clinic', '01/05/2026 09:00', '100', '5', '0']),
    ].join('\n');
    const result = await readAnalyticsCsv(Buffer.from(csv), { format: 'auto' });
    expect(result.source).toBe('facebook-posts');
    // Views is absent: impressions default to 0, reach is known.
    expect(result.rows[0]).toMatchObject({ impressions: 0, reach: 100, engagements: 5, clicks: 0 });
  });

  it('reads the UTF-16 LE page-level daily CSV with its sep= line and metric-name line', async () => {
    const csv = 'sep=,\r\nViews\r\n"Date","Primary"\r\n"2025-08-01T00:00:00","20"\r\n"2025-08-02T00:00:00","1,250"\r\n';
    for (const input of [utf16le(csv), trickle(utf16le(csv)), utf16le(csv, false), utf16be(csv)]) {
      const result = await readAnalyticsCsv(input, { timezone: 'Europe/London' });
      expect(result.source).toBe('facebook-page-daily');
      expect(result.rejected).toEqual([]);
      expect(result.rows.map((r) => [r.line, r.periodStart.toISOString(), r.periodLength, r.impressions, r.reach])).toEqual([
        [4, '2025-07-31T23:00:00.000Z', 'day', 20, null],
        [5, '2025-08-01T23:00:00.000Z', 'day', 1250, null],
      ]);
    }
  });

  it('maps each page-level metric file to its metric', async () => {
    const file = (metric: string) => utf16le(`sep=,\nnext\n"Date","Primary"\n"2025-08-01T00:00:00","7"\n`.replace('next', metric));
    expect((await readAnalyticsCsv(file('Viewers'))).rows[0]).toMatchObject({ reach: 7, impressions: 0 });
    expect((await readAnalyticsCsv(file('Content interactions'))).rows[0]).toMatchObject({ engagements: 7 });
    expect((await readAnalyticsCsv(file('Facebook link clicks'))).rows[0]).toMatchObject({ clicks: 7 });
    await expect(readAnalyticsCsv(file('Facebook follows'))).rejects.toMatchObject({
      code: 'UNKNOWN_METRIC',
      message: expect.stringContaining('"Facebook follows", which ROI does not use'),
    });
  });
});

describe('Instagram export', () => {
  it('maps columns by name in any order and sums interactions', async () => {
    const headers = ['Account username', 'Post ID', 'Saves', 'Publish time', 'Views', 'Account ID', 'Likes', 'Reach', 'Comments', 'Shares', 'Date', 'Post type'];
    const row = ['riverside.clinic', '1790', '4', '03/27/2026 06:08', '"12,400"', '178', '"1,002"', '9000', '12', '3', 'Lifetime', 'IG image'];
    const csv = `${csvLine(headers)}\n${row.join(',')}\n`;
    const result = await readAnalyticsCsv(utf8Bom(csv), { format: 'instagram', timezone: 'America/Chicago' });
    expect(result.source).toBe('instagram-posts');
    expect(result.rows[0]).toMatchObject({
      periodStart: new Date('2026-03-27T11:08:00Z'),
      impressions: 12400,
      reach: 9000,
      engagements: 1002 + 12 + 3 + 4,
      postId: '1790',
      accountId: '178',
      channelHint: 'riverside.clinic',
    });
  });
});

describe('X exports', () => {
  it('reads the legacy tweet activity CSV (offset in time, decimals, dash for not promoted)', async () => {
    const metrics = ['impressions', 'engagements', 'engagement rate', 'retweets', 'replies', 'likes', 'user profile clicks', 'url clicks'];
    const headers = ['Tweet id', 'Tweet permalink', 'Tweet text', 'time', ...metrics, ...metrics.map((m) => `promoted ${m}`)];
    const row = ['1227', 'https://x.com/i/1227', 'Get your flu shot, today', '2020-02-10 18:00 +0000', '1203.0', '41.0', '0.034', '2.0', '1.0', '20.0', '3.0', '15.0', ...metrics.map(() => '-')];
    const result = await readAnalyticsCsv(Buffer.from(`${csvLine(headers)}\n${csvLine(row)}\n`));
    expect(result.source).toBe('x-tweet-activity');
    expect(result.rows[0]).toMatchObject({
      periodStart: new Date('2020-02-10T18:00:00Z'),
      periodLength: 'hour',
      impressions: 1203,
      engagements: 41,
      clicks: 15,
      postId: '1227',
    });
  });

  it('reads the content export: BOM, quoted "Tue, Jul 14, 2026" dates, thousands', async () => {
    const headers = ['Post id', 'Date', 'Post text', 'Post Link', 'Impressions', 'Likes', 'Engagements', 'Bookmarks', 'Shares', 'New follows', 'Replies', 'Reposts', 'Profile visits', 'Detail Expands', 'URL Clicks', 'Hashtag Clicks', 'Permalink Clicks'];
    const row = ['1812', '"Tue, Jul 14, 2026"', 'Hello', 'https://x.com/a/1812', '"1,234"', '10', '"1,050"', '0', '0', '0', '0', '0', '0', '0', '40', '0', '0'];
    const result = await readAnalyticsCsv(utf8Bom(`${csvLine(headers)}\n${row.join(',')}\n`), { format: 'x', timezone: 'America/New_York' });
    expect(result.source).toBe('x-content');
    expect(result.rows[0]).toMatchObject({
      periodStart: new Date('2026-07-14T04:00:00Z'),
      periodLength: 'day',
      impressions: 1234,
      engagements: 1050,
      clicks: 40,
    });
  });

  it('reads the daily overview export', async () => {
    const headers = ['Date', 'Impressions', 'Engagements', 'Likes', 'Replies', 'Reposts', 'New follows', 'Unfollows', 'Bookmarks', 'Shares', 'Profile visits', 'Create Post', 'Video views', 'Media views'];
    const csv = `${csvLine(headers)}\n"Mon, Jul 13, 2026",500,20,1,1,1,0,0,0,0,0,1,0,0\n`;
    const result = await readAnalyticsCsv(Buffer.from(csv), { format: 'x' });
    expect(result.source).toBe('x-overview');
    expect(result.rows[0]).toMatchObject({ periodStart: new Date('2026-07-13T00:00:00Z'), periodLength: 'day', impressions: 500 });
  });
});

describe('LinkedIn sheets saved as CSV', () => {
  it('reads the Metrics sheet with its description row above the header', async () => {
    const headers = ['Date', 'Impressions (organic)', 'Impressions (sponsored)', 'Impressions (total)', 'Unique impressions (organic)', 'Clicks (organic)', 'Clicks (sponsored)', 'Clicks (total)', 'Reactions (organic)', 'Reactions (sponsored)', 'Reactions (total)', 'Comments (organic)', 'Comments (sponsored)', 'Comments (total)', 'Reposts (organic)', 'Reposts (sponsored)', 'Reposts (total)', 'Engagement rate (organic)', 'Engagement rate (sponsored)', 'Engagement rate (total)'];
    const csv = [
      '"Aggregated metrics for your updates, by day. Note: ""sponsored"" includes paid reach."',
      csvLine(headers),
      csvLine(['03/07/2026', 900, 100, '1,000', 850, 30, 5, 35, 10, 2, 12, 3, 0, 3, 1, 0, 1, '0.05', '0.07', '0.051']),
    ].join('\n');
    const result = await readAnalyticsCsv(Buffer.from(csv), { format: 'linkedin', timezone: 'America/Chicago' });
    expect(result.source).toBe('linkedin-metrics');
    expect(result.rejected).toEqual([]);
    expect(result.rows[0]).toMatchObject({
      line: 3,
      periodStart: new Date('2026-03-07T06:00:00Z'),
      periodLength: 'day',
      impressions: 1000,
      reach: 850,
      clicks: 35,
      engagements: 12 + 3 + 1,
    });
  });

  it('reads older Metrics sheets that say Shares instead of Reposts', async () => {
    const csv = 'Date,Impressions (total),Clicks (total),Reactions (total),Comments (total),Shares (total)\n3/7/2026,100,4,5,6,7\n';
    const result = await readAnalyticsCsv(Buffer.from(csv), { format: 'linkedin' });
    expect(result.rows[0]).toMatchObject({ impressions: 100, clicks: 4, engagements: 18, reach: null });
  });

  it('reads the All posts sheet', async () => {
    const headers = ['Post title', 'Post link', 'Post type', 'Posted by', 'Created date', 'Audience', 'Impressions', 'Views', 'Clicks', 'Click through rate (CTR)', 'Likes', 'Comments', 'Reposts', 'Follows', 'Engagement rate', 'Content Type'];
    const csv = `All posts\n${csvLine(headers)}\n${csvLine(['Flu season tips', 'https://www.linkedin.com/feed/update/urn:li:share:1', 'Organic', 'Dana', '03/09/2026', 'All followers', '2,100', '', '60', '0.028', '40', '5', '2', '1', '0.05', 'Text'])}\n`;
    const result = await readAnalyticsCsv(Buffer.from(csv));
    expect(result.source).toBe('linkedin-posts');
    expect(result.rows[0]).toMatchObject({ impressions: 2100, clicks: 60, engagements: 47, periodLength: 'day', channelHint: 'Dana' });
  });
});

describe('generic template', () => {
  it('documents its headers and parses its own example', async () => {
    expect(GENERIC_TEMPLATE_HEADERS).toContain('staff_minutes');
    const result = await readAnalyticsCsv(Buffer.from(GENERIC_TEMPLATE_EXAMPLE), { format: 'generic' });
    expect(result.rows[0]).toEqual({
      line: 2,
      periodStart: new Date('2026-03-10T14:00:00Z'),
      periodLength: 'hour',
      impressions: 1200,
      reach: 950,
      engagements: 48,
      clicks: 30,
      conversions: 2,
      spend: 15.5,
      staffMinutes: 20,
      channelHint: 'Clinic LinkedIn',
      source: 'generic',
    });
  });

  it('reads date-only rows as days, and takes an explicit period_length', async () => {
    const csv = 'Period Start,Impressions,Engagements,Clicks,Conversions,Period_Length\n2026-03-10,10,1,1,0,\n2026-03-10 09:00,10,1,1,0,day\n';
    const result = await readAnalyticsCsv(Buffer.from(csv), { timezone: 'America/New_York' });
    expect(result.rows.map((r) => [r.periodStart.toISOString(), r.periodLength])).toEqual([
      ['2026-03-10T04:00:00.000Z', 'day'],
      ['2026-03-10T13:00:00.000Z', 'day'],
    ]);
  });

  it('shifts a wall-clock time inside the spring-forward gap forward by an hour', async () => {
    const csv = 'period_start,impressions,engagements,clicks,conversions\n2026-03-08T02:30:00,1,1,1,1\n';
    const result = await readAnalyticsCsv(Buffer.from(csv), { timezone: 'America/New_York' });
    expect(result.rows[0]!.periodStart.toISOString()).toBe('2026-03-08T07:30:00.000Z'); // 03:30 EDT
  });
});
