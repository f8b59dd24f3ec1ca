import { bootStrapi, type TestStrapi } from '../helpers/boot-strapi';
import { createAdminUser, registerFirstAdmin, type AdminSession } from '../helpers/admin-users';
import { createTempDatabase } from '../helpers/postgres';

const CM = '/content-manager/collection-types';
const CHANNEL = 'plugin::clearpost.channel';
const POST = 'plugin::clearpost.post';
const RECORD = 'plugin::clearpost.analytics-record';
const SECRET = 'EAAG-very-secret-page-token-0042';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let app: TestStrapi;
let admin: AdminSession;
let editor: AdminSession;
const channels: Record<'facebook' | 'linkedin' | 'x', string> = { facebook: '', linkedin: '', x: '' };

/** Every response we look at goes through here, so a leaked credential anywhere fails the test. */
function expectNoCredentials(body: unknown): void {
  const text = JSON.stringify(body);
  expect(text).not.toContain(SECRET);
  expect(text).not.toContain('credentialsEncrypted');
  expect(text).not.toMatch(/"v1\.[\w-]+\.[\w-]+\.[\w-]+"/);
}

async function upload(session: AdminSession, fields: Record<string, string>, csv: string | null, filename = 'linkedin.csv') {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (csv !== null) form.append('file', new Blob([csv], { type: 'text/csv' }), filename);
  const res = await fetch(`${app.baseUrl}/clearpost/analytics/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.token}` },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as any };
}

interface GeneratedRow {
  at: Date;
  impressions: number;
  engagements: number;
  clicks: number;
  conversions: number;
  spend: number;
  staffMinutes: number;
}

/** Four weeks of hourly LinkedIn rows at 09, 12 and 15 UTC, in Clearpost's generic template. */
function linkedinRows(now: number): GeneratedRow[] {
  const rows: GeneratedRow[] = [];
  const today = Math.floor(now / DAY) * DAY;
  for (let day = 28; day >= 1; day -= 1) {
    for (const hour of [9, 12, 15]) {
      const i = rows.length;
      const impressions = 800 + ((i * 37) % 400) + (hour === 12 ? 600 : 0);
      const engagements = Math.round(impressions * (hour === 12 ? 0.09 : 0.04));
      const clicks = 10 + (i % 7);
      rows.push({ at: new Date(today - day * DAY + hour * HOUR), impressions, engagements, clicks, conversions: i % 3 === 0 ? 2 : 1, spend: 4.5, staffMinutes: 6 });
    }
  }
  return rows;
}

function genericCsv(rows: GeneratedRow[]): string {
  const header = 'period_start,period_length,channel,account_id,post_id,impressions,reach,engagements,clicks,conversions,spend,staff_minutes';
  const lines = rows.map((r) => [r.at.toISOString(), 'hour', 'Clinic LinkedIn', '', '', r.impressions, '', r.engagements, r.clicks, r.conversions, r.spend.toFixed(2), r.staffMinutes].join(','));
  return `${header}\n${lines.join('\n')}\n`;
}

async function recordCount(): Promise<number> {
  return app.strapi.db.query(RECORD).count({});
}

async function roiFor(channelDocumentId: string) {
  const res = await admin.http.get('/clearpost/analytics/roi');
  expect(res.status).toBe(200);
  expectNoCredentials(res.body);
  return res.body.data.channels.find((c: { channelDocumentId: string }) => c.channelDocumentId === channelDocumentId);
}

let dropDatabase: (() => Promise<void>) | null = null;

/** CLEARPOST_TEST_ANALYTICS_PG=1 runs this file on a fresh PostgreSQL database instead of SQLite. */
async function databaseEnv(): Promise<Record<string, string>> {
  if (process.env.CLEARPOST_TEST_ANALYTICS_PG !== '1') return {};
  const db = await createTempDatabase('clearpost_analytics');
  if ('skip' in db) throw new Error(db.skip);
  dropDatabase = db.drop;
  return { DATABASE_CLIENT: 'postgres', DATABASE_URL: db.url };
}

beforeAll(async () => {
  app = await bootStrapi({ env: await databaseEnv() });
  admin = await registerFirstAdmin(app.baseUrl);
  editor = await createAdminUser(app.strapi, app.baseUrl, { email: 'editor@clearpost.test', firstname: 'Eddie', roleCodes: ['strapi-editor'] });
  const specs = [
    { key: 'facebook', body: { platform: 'facebook', name: 'Clinic Facebook', accountId: '1111', timezone: 'America/Chicago', credentials: { accessToken: SECRET, accountId: '1111' } } },
    { key: 'linkedin', body: { platform: 'linkedin', name: 'Clinic LinkedIn', timezone: 'America/Chicago', dailyCap: 2, minGapMinutes: 180 } },
    { key: 'x', body: { platform: 'x', name: 'Clinic X', timezone: 'UTC' } },
  ] as const;
  for (const spec of specs) {
    const res = await admin.http.post('/clearpost/channels', spec.body);
    expect(res.status).toBe(201);
    expectNoCredentials(res.body);
    channels[spec.key] = res.body.data.documentId;
  }
});

afterAll(async () => {
  await app?.destroy();
  await dropDatabase?.();
});

describe('channel credentials', () => {
  it('are stored sealed, readable by the delivery service, and in no response', async () => {
    const created = await admin.http.get(`/clearpost/channels/${channels.facebook}`);
    expect(created.status).toBe(200);
    expect(created.body.data).toMatchObject({ platform: 'facebook', hasCredentials: true });
    expectNoCredentials(created.body);

    const row = await app.strapi.db.query(CHANNEL).findOne({ where: { documentId: channels.facebook } });
    expect(row.credentialsEncrypted).toMatch(/^v1\./);
    expect(row.credentialsEncrypted).not.toContain(SECRET);
    const service = app.strapi.plugin('clearpost').service('channels');
    expect(await service.getCredentials(channels.facebook)).toEqual({ accessToken: SECRET, accountId: '1111' });
    expect(await service.getCredentials(channels.x)).toBeNull();

    const put = await admin.http.put(`/clearpost/channels/${channels.x}/credentials`, { credentials: { accessToken: SECRET, accountId: 'x-42' } });
    expect(put.status).toBe(200);
    expect(put.body.data.hasCredentials).toBe(true);
    expectNoCredentials(put.body);
    expect(await service.getCredentials(channels.x)).toEqual({ accessToken: SECRET, accountId: 'x-42' });

    const list = await admin.http.get('/clearpost/channels');
    expect(list.body.data).toHaveLength(3);
    expectNoCredentials(list.body);

    const cmList = await admin.http.get(`${CM}/${CHANNEL}`);
    expect(cmList.status).toBe(200);
    expect(cmList.body.results).toHaveLength(3);
    expectNoCredentials(cmList.body);
    const cmOne = await admin.http.get(`${CM}/${CHANNEL}/${channels.facebook}`);
    expect(cmOne.status).toBe(200);
    expect(cmOne.body.data.name).toBe('Clinic Facebook');
    expectNoCredentials(cmOne.body);

    // An edit in the Content Manager can neither read nor overwrite the sealed value.
    const cmEdit = await admin.http.put(`${CM}/${CHANNEL}/${channels.facebook}`, { ...cmOne.body.data, dailyCap: 4, credentialsEncrypted: 'v1.a.b.c' });
    expect(cmEdit.status).toBe(200);
    expectNoCredentials(cmEdit.body);
    expect(await service.getCredentials(channels.facebook)).toEqual({ accessToken: SECRET, accountId: '1111' });

    const publicApi = await fetch(`${app.baseUrl}/api/clearpost/channels`);
    expect(JSON.stringify(await publicApi.text())).not.toContain(SECRET);
  });

  it('rejects credentials with unknown keys or missing fields, and clears them on DELETE', async () => {
    const bad = await admin.http.put(`/clearpost/channels/${channels.x}/credentials`, { credentials: { accessToken: 'a', accountId: 'b', password: 'c' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/password/);
    const missing = await admin.http.put(`/clearpost/channels/${channels.x}/credentials`, { credentials: { accountId: 'b' } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/credentials\.accessToken/);
    const unknown = await admin.http.put('/clearpost/channels/nope/credentials', { credentials: { accessToken: 'a', accountId: 'b' } });
    expect(unknown.status).toBe(404);
    const cleared = await admin.http.del(`/clearpost/channels/${channels.x}/credentials`);
    expect(cleared.status).toBe(200);
    expect(cleared.body.data.hasCredentials).toBe(false);
  });

  it('are managed by admins only: an editor gets 403', async () => {
    expect((await editor.http.get('/clearpost/channels')).status).toBe(403);
    expect((await editor.http.put(`/clearpost/channels/${channels.x}/credentials`, { credentials: { accessToken: 'a', accountId: 'b' } })).status).toBe(403);
  });
});

describe('analytics import and ROI', () => {
  const rows = linkedinRows(Date.now());
  const csv = genericCsv(rows);
  const sum = (key: keyof Omit<GeneratedRow, 'at'>) => rows.reduce((total, r) => total + r[key], 0);

  it('imports a CSV export and reports ROI with an interval over HTTP', async () => {
    const res = await upload(admin, { channelId: channels.linkedin }, csv);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ source: 'generic', accepted: rows.length, written: rows.length, replaced: 0, rejected: [] });
    expect(await recordCount()).toBe(rows.length);

    const roi = await roiFor(channels.linkedin);
    expect(roi.totals).toMatchObject({ records: rows.length, clicks: sum('clicks'), conversions: sum('conversions'), impressions: sum('impressions') });
    expect(roi.totals.spend).toBeCloseTo(sum('spend'), 6);
    const cost = sum('spend') + (sum('staffMinutes') / 60) * 60;
    expect(roi.cost).toBeCloseTo(cost, 6);
    expect(roi.roi).toBeCloseTo((sum('conversions') * 100 - cost) / cost, 6);
    expect(roi.roiLow).toBeLessThan(roi.expectedRoi);
    expect(roi.expectedRoi).toBeLessThan(roi.roiHigh);
    expect(roi.rank).toBe(1);
  });

  it('re-importing the same file replaces the periods instead of counting them twice', async () => {
    const res = await upload(admin, { channelId: channels.linkedin }, csv);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ accepted: rows.length, written: rows.length, replaced: rows.length });
    expect(await recordCount()).toBe(rows.length);
    expect((await roiFor(channels.linkedin)).totals.clicks).toBe(sum('clicks'));
  });

  it('refuses a file with bad rows, listing each by line, and writes nothing', async () => {
    const lines = csv.trimEnd().split('\n');
    lines[2] = lines[2]!.replace(/^[^,]+/, 'yesterday-ish');
    lines[5] = lines[5]!.replace(/,hour,Clinic LinkedIn,,,\d+/, ',hour,Clinic LinkedIn,,,-40');
    lines[9] = lines[9]!.replace(/,hour,Clinic LinkedIn,,,\d+,,\d+/, ',hour,Clinic LinkedIn,,,100,,lots');
    const shifted = lines.map((line, i) => (i === 0 ? line : line.replace(/^\d{4}-\d\d-\d\dT\d\d/, (m) => m.slice(0, 11) + String((Number(m.slice(11)) + 1) % 24).padStart(2, '0'))));
    const before = await recordCount();
    const lastId = (await app.strapi.db.query(RECORD).findOne({ orderBy: { id: 'desc' } })).id;
    const res = await upload(admin, { channelId: channels.linkedin }, `${shifted.join('\n')}\n`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/3 rows rejected, nothing imported/);
    expect(res.body.error.details.rejected.map((r: { line: number }) => r.line)).toEqual([3, 6, 10]);
    for (const rejected of res.body.error.details.rejected) expect(rejected.reason).toEqual(expect.any(String));
    expect(await recordCount()).toBe(before);

    const skipping = await upload(admin, { channelId: channels.linkedin, skipBadRows: 'true' }, `${shifted.join('\n')}\n`);
    expect(skipping.status).toBe(200);
    expect(skipping.body.data).toMatchObject({ accepted: rows.length - 3, rejectedCount: 3, replaced: 0 });
    expect(await recordCount()).toBe(before + rows.length - 3);
    await app.strapi.db.query(RECORD).deleteMany({ where: { id: { $gt: lastId } } });
    expect(await recordCount()).toBe(before);
  });

  it('refuses another platform\'s export, unknown fields, a missing file and bad query parameters with 400', async () => {
    const facebookExport = '\uFEFFPost ID,Page ID,Page name,Title,Publish time,Views,Reach,"Reactions, Comments and Shares",Total clicks\n1_2,1111,Clinic,Hello,03/10/2026 09:00,1000,800,40,12\n';
    const wrong = await upload(admin, { channelId: channels.linkedin }, facebookExport, 'fb.csv');
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toMatch(/Facebook post export .*Clinic LinkedIn.*linkedin/);

    const extra = await upload(admin, { channelId: channels.linkedin, colour: 'blue' }, csv);
    expect(extra.status).toBe(400);
    expect(extra.body.error.message).toMatch(/colour/);
    const noFile = await upload(admin, { channelId: channels.linkedin }, null);
    expect(noFile.status).toBe(400);
    expect(noFile.body.error.message).toMatch(/file/);
    const noChannel = await upload(admin, { channelId: 'missing' }, csv);
    expect(noChannel.status).toBe(400);
    expect(noChannel.body.error.message).toMatch(/channelId: no channel/);
    const badFormat = await upload(admin, { channelId: channels.linkedin, format: 'myspace' }, csv);
    expect(badFormat.status).toBe(400);
    const spreadsheet = await upload(admin, { channelId: channels.linkedin }, 'PK\u0003\u0004 not really a sheet', 'export.xlsx');
    expect(spreadsheet.status).toBe(400);

    const json = await admin.http.post('/clearpost/analytics/import', { channelId: channels.linkedin });
    expect(json.status).toBe(400);
    expect((await admin.http.get('/clearpost/analytics/roi?from=last-week')).status).toBe(400);
    expect((await admin.http.get('/clearpost/analytics/roi?window=7')).status).toBe(400);
    expect((await admin.http.get('/clearpost/analytics/roi?from=2026-03-10&to=2026-03-01')).status).toBe(400);
    expect((await admin.http.get('/clearpost/analytics/heatmap')).status).toBe(400);
    expect((await admin.http.get('/clearpost/analytics/heatmap?channelId=nope')).status).toBe(400);
    const badJson = await admin.http.post('/clearpost/analytics/import-json', { channelId: channels.facebook, rows: [{ periodStart: '2026-03-10T09:00:00', clicks: 3 }], dryRun: true });
    expect(badJson.status).toBe(400);
    expect(badJson.body.error.message).toMatch(/dryRun/);
    expect(badJson.body.error.message).toMatch(/rows\.0\.periodStart/);
    expect(await recordCount()).toBe(rows.length);
  });

  it('imports JSON rows, and the ROI window follows from/to', async () => {
    const now = Date.now();
    const jsonRows = Array.from({ length: 20 }, (_, i) => ({
      periodStart: new Date(Math.floor(now / DAY) * DAY - (i + 1) * DAY + 10 * HOUR).toISOString(),
      periodLength: 'hour',
      impressions: 2000,
      engagements: 50,
      clicks: 30,
      conversions: 1,
      spend: 25,
      accountId: '1111',
    }));
    const res = await admin.http.post('/clearpost/analytics/import-json', { channelId: channels.facebook, rows: jsonRows });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ source: 'json', accepted: 20, written: 20, replaced: 0 });
    const again = await admin.http.post('/clearpost/analytics/import-json', { channelId: channels.facebook, rows: jsonRows });
    expect(again.body.data.replaced).toBe(20);
    const foreign = await admin.http.post('/clearpost/analytics/import-json', { channelId: channels.facebook, rows: [{ ...jsonRows[0], accountId: '9999' }] });
    expect(foreign.status).toBe(400);

    const facebook = await roiFor(channels.facebook);
    expect(facebook.totals.clicks).toBe(600);
    expect(facebook.rank).toBe(2);
    const x = await roiFor(channels.x);
    expect(x.rank).toBeNull();
    expect(x.note).toMatch(/no clicks yet/);

    const from = new Date(Math.floor(now / DAY) * DAY - 5 * DAY).toISOString();
    const windowed = await admin.http.get(`/clearpost/analytics/roi?from=${encodeURIComponent(from)}`);
    expect(windowed.status).toBe(200);
    const fb = windowed.body.data.channels.find((c: { channelDocumentId: string }) => c.channelDocumentId === channels.facebook);
    expect(fb.totals.records).toBe(5);
  });

  it('gives a 7×24 heatmap in the channel\'s time zone with the best slots', async () => {
    const res = await admin.http.get(`/clearpost/analytics/heatmap?channelId=${channels.linkedin}`);
    expect(res.status).toBe(200);
    const { cells, topSlots, timezone } = res.body.data;
    expect(timezone).toBe('America/Chicago');
    expect(cells).toHaveLength(7);
    for (const row of cells) expect(row).toHaveLength(24);
    expect(topSlots).toHaveLength(6);
    // 12:00 UTC is 06:00 or 07:00 in Chicago; those rows engage best.
    expect([6, 7]).toContain(topSlots[0].hour);
    expectNoCredentials(res.body);
  });

  it('lets editors and reviewers read ROI but not import or manage channels (403)', async () => {
    expect((await editor.http.get('/clearpost/analytics/roi')).status).toBe(200);
    const res = await upload(editor, { channelId: channels.linkedin }, csv);
    expect(res.status).toBe(403);
    expect((await editor.http.post('/clearpost/analytics/import-json', { channelId: channels.facebook, rows: [] })).status).toBe(403);
    expect(await recordCount()).toBe(rows.length + 20);

    const reviewer = await createAdminUser(app.strapi, app.baseUrl, { email: 'reviewer@clearpost.test', firstname: 'Rita', roleCodes: ['clearpost-compliance-reviewer'] });
    expect((await reviewer.http.get('/clearpost/analytics/roi')).status).toBe(200);
    expect((await upload(reviewer, { channelId: channels.linkedin }, csv)).status).toBe(403);
    expect((await reviewer.http.get('/clearpost/channels')).status).toBe(403);
  });
});

describe('post plans', () => {
  async function createPost(data: Record<string, unknown>): Promise<string> {
    const res = await editor.http.post(`${CM}/${POST}`, { title: 'Flu clinic', body: 'Flu shots are available at all three clinics this month.', ...data });
    expect(res.status).toBe(201);
    return res.body.data.documentId;
  }

  it('lets analytics choose the channels and the best slots, each with a reason', async () => {
    const documentId = await createPost({ targeting: 'let-analytics-choose', scheduleMode: 'best-slot' });
    const res = await editor.http.post(`/clearpost/posts/${documentId}/plan`);
    expect(res.status).toBe(200);
    const { picks, skipped } = res.body.data;
    const picked = picks.map((p: { channelDocumentId: string }) => p.channelDocumentId);
    expect(picked).toEqual(expect.arrayContaining([channels.linkedin, channels.facebook]));
    for (const pick of picks) {
      expect(new Date(pick.at).getTime()).toBeGreaterThan(Date.now() - 60_000);
      expect(pick.reason).toMatch(/^Clinic (LinkedIn|Facebook|X): /);
    }
    const linkedin = picks.find((p: { channelDocumentId: string }) => p.channelDocumentId === channels.linkedin);
    expect(linkedin.reason).toMatch(/ROI .*best (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d\d:00 America\/Chicago/);
    for (const s of skipped) expect(s.reason).toEqual(expect.any(String));
    expectNoCredentials(res.body);
  });

  it('honours selected platforms, as-soon-as-approved and at-time, and caps against scheduled publications', async () => {
    const asap = await createPost({ targeting: 'selected-platforms', targetPlatforms: ['linkedin'], scheduleMode: 'as-soon-as-approved' });
    const now = await editor.http.post(`/clearpost/posts/${asap}/plan`);
    expect(now.status).toBe(200);
    expect(now.body.data.picks).toHaveLength(1);
    expect(now.body.data.picks[0]).toMatchObject({ channelDocumentId: channels.linkedin, platform: 'linkedin' });
    expect(Math.abs(new Date(now.body.data.picks[0].at).getTime() - Date.now())).toBeLessThan(60_000);
    expect(now.body.data.picks[0].reason).toMatch(/editor's choice.*as soon as approved: now/);

    const at = new Date(Date.now() + 3 * DAY);
    at.setUTCMinutes(30, 0, 0);
    const timed = await createPost({ targeting: 'selected-platforms', targetPlatforms: ['linkedin', 'facebook'], scheduleMode: 'at-time', scheduledAt: at.toISOString() });
    const plan = await editor.http.post(`/clearpost/posts/${timed}/plan`);
    expect(plan.status).toBe(200);
    expect(plan.body.data.picks.map((p: { at: string }) => p.at)).toEqual([at.toISOString(), at.toISOString()]);
    expect(plan.body.data.picks[0].reason).toMatch(/at the requested/);

    // A publication already scheduled on LinkedIn an hour later blocks that time (LinkedIn's gap is 180 min).
    {
      await app.strapi.db.query('plugin::clearpost.publication' as never).create({
        data: {
          postDocumentId: 'other-post',
          channelDocumentId: channels.linkedin,
          platform: 'linkedin',
          scheduledAt: new Date(at.getTime() + HOUR),
          status: 'scheduled',
          contentHash: 'x'.repeat(64),
          jobId: 'job-other-post',
          payload: {},
        },
      });
      const blocked = await editor.http.post(`/clearpost/posts/${timed}/plan`);
      expect(blocked.body.data.picks.map((p: { channelDocumentId: string }) => p.channelDocumentId)).toEqual([channels.facebook]);
      const skip = blocked.body.data.skipped.find((s: { channelDocumentId: string }) => s.channelDocumentId === channels.linkedin);
      expect(skip.reason).toMatch(/within 180 min of another post/);
    }
  });

  it('answers 400 for a plan it cannot make, unknown keys, and 404 for an unknown post', async () => {
    const noTime = await createPost({ scheduleMode: 'at-time' });
    const res = await editor.http.post(`/clearpost/posts/${noTime}/plan`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/scheduledAt is required/);
    const noPlatforms = await createPost({ targeting: 'selected-platforms', scheduleMode: 'best-slot' });
    expect((await editor.http.post(`/clearpost/posts/${noPlatforms}/plan`)).status).toBe(400);
    expect((await editor.http.post(`/clearpost/posts/${noTime}/plan`, { force: true })).status).toBe(400);
    expect((await editor.http.post('/clearpost/posts/does-not-exist/plan')).status).toBe(404);
  });

  it('is what the planner service gives delivery', async () => {
    const documentId = await createPost({ targeting: 'selected-platforms', targetPlatforms: ['facebook'], scheduleMode: 'best-slot' });
    const plan = await app.strapi.plugin('clearpost').service('planner').planForPost(documentId);
    expect(plan.picks).toHaveLength(1);
    expect(plan.picks[0]).toEqual({ channelDocumentId: channels.facebook, platform: 'facebook', at: expect.any(Date), reason: expect.stringMatching(/^Clinic Facebook: /) });
  });
});
