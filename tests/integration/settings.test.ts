import { bootStrapi, type TestStrapi } from '../helpers/boot-strapi';
import { textPng } from '../../server/src/images/__tests__/helpers/make-images';
import { createAdminUser, registerFirstAdmin, type AdminSession } from '../helpers/admin-users';
import { createHttpClient } from '../helpers/http-client';

const CM = '/content-manager/collection-types';
const POST = 'plugin::clearpost.post';
const CHANNEL = 'plugin::clearpost.channel';
// 139 characters: under X's 280, over a limit of 100.
const TWEET =
  'Flu shots are available at all three clinics this month. Walk-ins welcome, no appointment needed. Bring your insurance card along, please.';

let app: TestStrapi;
let admin: AdminSession;
let editor: AdminSession;
let reviewer: AdminSession;

beforeAll(async () => {
  app = await bootStrapi();
  admin = await registerFirstAdmin(app.baseUrl);
  editor = await createAdminUser(app.strapi, app.baseUrl, {
    email: 'editor@clearpost.test',
    firstname: 'Eddie',
    roleCodes: ['strapi-editor'],
  });
  reviewer = await createAdminUser(app.strapi, app.baseUrl, {
    email: 'reviewer@clearpost.test',
    firstname: 'Rita',
    lastname: 'Reviewer',
    roleCodes: ['clearpost-compliance-reviewer'],
  });
});

afterAll(async () => {
  if (app) {
    // The local upload provider writes into the repo's public/uploads; leave it as it was.
    const files = await app.strapi.db.query('plugin::upload.file').findMany({});
    for (const file of files)
      await app.strapi
        .plugin('upload')
        .service('upload')
        .remove(file)
        .catch(() => undefined);
  }
  await app?.destroy();
});

const liveCheck = (session: AdminSession, text: string, platform?: string) =>
  session.http.post('/clearpost/compliance/check', { text, kind: 'post', ...(platform ? { platform } : {}) });

const lengthFindings = (body: { findings: Array<{ type: string; severity: string; rule: string }> }) =>
  body.findings.filter((f) => f.type === 'length');

describe('compliance settings', () => {
  it('a lower platform limit makes the live check report the length finding', async () => {
    const before = await liveCheck(editor, TWEET, 'x');
    expect(before.status).toBe(200);
    expect(lengthFindings(before.body)).toEqual([]);

    const put = await admin.http.put('/clearpost/settings', { compliance: { platformLimits: { x: 100 } } });
    expect(put.status).toBe(200);
    expect(put.body.data.effective.compliance.platformLimits).toMatchObject({ x: 100, instagram: 2200 });

    const after = await liveCheck(editor, TWEET, 'x');
    const [finding] = lengthFindings(after.body);
    expect(finding).toMatchObject({ severity: 'block', rule: 'digestibility.length.x.limit' });
    expect(after.body.verdict).toBe('block');
  });

  it('the publish gate uses the same limit: a post with an X variant over it is blocked', async () => {
    const created = await editor.http.post(`${CM}/${POST}`, {
      title: 'Flu shots',
      body: 'Flu shots this month.',
      variants: [{ platform: 'x', text: TWEET }],
    });
    expect(created.status).toBe(201);
    const res = await editor.http.post(`${CM}/${POST}/${created.body.data.documentId}/actions/publish`, created.body.data);
    expect(res.status).toBe(400);
    expect(res.body.error.details.code).toBe('CLEARPOST_COMPLIANCE_BLOCKED');
    expect(
      res.body.error.details.findings.some(
        (f: { field: string; type: string }) => f.field === 'variants.0.text' && f.type === 'length'
      )
    ).toBe(true);
  });

  it('refuses invalid settings with a 400 naming the field, and keeps what was stored', async () => {
    const res = await admin.http.put('/clearpost/settings', {
      compliance: { platformLimits: { x: -5 } },
      ocr: { enabled: false },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/compliance\.platformLimits\.x/);
    expect(res.body.error.details.errors[0].path).toEqual(['compliance', 'platformLimits', 'x']);

    const unknownKey = await admin.http.put('/clearpost/settings', { compliance: { readabilityGrade: 9, colour: 'red' } });
    expect(unknownKey.status).toBe(400);
    expect(unknownKey.body.error.message).toMatch(/colour/);

    const badPreset = await admin.http.put('/clearpost/settings', {
      images: { presets: { x: { quality: 40, minQuality: 60 } } },
    });
    expect(badPreset.status).toBe(400);
    expect(badPreset.body.error.message).toMatch(/images\.presets.*minQuality/s);

    const stored = await admin.http.get('/clearpost/settings');
    expect(stored.body.data.overrides).toEqual({ compliance: { platformLimits: { x: 100 } } });
    expect(stored.body.data.effective.ocr.enabled).toBe(true);
  });

  it('changes the OCR switch and the image presets the renditions use', async () => {
    const res = await admin.http.put('/clearpost/settings', {
      compliance: { platformLimits: { x: 100 } },
      ocr: { enabled: false },
      images: { presets: { x: { width: 1200, height: 675 }, 'instagram-landscape': false } },
    });
    expect(res.status).toBe(200);
    const settings = app.strapi.plugin('clearpost').service('settings');
    expect(await settings.ocrEnabled()).toBe(false);
    const images = await settings.imagesConfig();
    expect(images.presets.x).toMatchObject({ platform: 'x', width: 1200, height: 675, budgetBytes: 5_000_000 });
    expect(images.presets['instagram-landscape']).toBeUndefined();
    expect(images.presets.facebook).toMatchObject({ width: 1200, height: 630 });
  });

  it('rendition jobs use the overridden presets and skip OCR when it is switched off', async () => {
    const form = new FormData();
    const bytes = await textPng('Room 412 - J. Smith, DOB 03/14/1948', 1600, 1350);
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), 'whiteboard.png');
    form.append('altText', 'A whiteboard in a hallway');
    const uploaded = await fetch(`${app.baseUrl}/clearpost/image-assets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.token}` },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const { documentId } = ((await uploaded.json()) as { data: { documentId: string } }).data;
    let row: any = null;
    for (let i = 0; i < 400 && !(row && (row.processingStatus === 'ready' || row.processingStatus === 'failed')); i += 1) {
      await new Promise((r) => setTimeout(r, 150));
      row = await app.strapi.db.query('plugin::clearpost.image-asset').findOne({ where: { documentId } });
    }
    expect(row).toMatchObject({ processingStatus: 'ready', ocrText: null, ocrFindings: null });
    const renditions = row.renditions as Array<{ preset: string; width: number; height: number }>;
    expect(renditions.find((r) => r.preset === 'x')).toMatchObject({ width: 1200, height: 675 });
    expect(renditions.map((r) => r.preset)).not.toContain('instagram-landscape');
  });

  it('going back to {} restores the config file and the defaults', async () => {
    const res = await admin.http.put('/clearpost/settings', {});
    expect(res.status).toBe(200);
    expect(res.body.data.effective.compliance.platformLimits.x).toBe(280);
    expect(lengthFindings((await liveCheck(editor, TWEET, 'x')).body)).toEqual([]);
  });

  it('is refused without the settings permission (403) and without a session (401)', async () => {
    expect((await editor.http.get('/clearpost/settings')).status).toBe(403);
    expect((await reviewer.http.put('/clearpost/settings', { compliance: { maxLinks: 3 } })).status).toBe(403);
    expect((await editor.http.post('/clearpost/directory-entries', { kind: 'person', name: 'Dr. Who' })).status).toBe(403);
    expect((await createHttpClient(app.baseUrl).get('/clearpost/settings')).status).toBe(401);
    expect((await admin.http.get('/clearpost/settings')).body.data.overrides).toEqual({});
  });
});

describe('directory entries', () => {
  const NAME_TEXT = 'Say hello to Dr. Priya Raman at the open day on Saturday.';
  const nameFindings = async () =>
    ((await liveCheck(editor, NAME_TEXT)).body.findings as Array<{ category: string; type: string; text: string }>).filter(
      (f) => f.type === 'name'
    );

  it('adding an entry stops the live check flagging that name, at once; deleting it flags it again', async () => {
    expect((await nameFindings()).map((f) => f.text).join(' ')).toMatch(/Priya Raman/);

    const created = await admin.http.post('/clearpost/directory-entries', {
      kind: 'person',
      name: 'Dr. Priya Raman',
      title: 'Paediatrician',
      email: '',
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ kind: 'person', name: 'Dr. Priya Raman', email: null });
    expect(await nameFindings()).toEqual([]);

    const list = await admin.http.get('/clearpost/directory-entries');
    expect(list.body.data.map((e: { name: string }) => e.name)).toContain('Dr. Priya Raman');

    const id = created.body.data.documentId;
    const renamed = await admin.http.put(`/clearpost/directory-entries/${id}`, { name: 'Dr. Priya Ramanathan' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.data).toMatchObject({ name: 'Dr. Priya Ramanathan', title: 'Paediatrician' });

    expect((await admin.http.del(`/clearpost/directory-entries/${id}`)).status).toBe(204);
    expect((await nameFindings()).length).toBeGreaterThan(0);
    expect((await admin.http.del(`/clearpost/directory-entries/${id}`)).status).toBe(404);
  });

  it('refuses a bad entry with a 400 naming the field, and stores nothing', async () => {
    const res = await admin.http.post('/clearpost/directory-entries', { kind: 'robot', name: '', email: 'nope' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/kind/);
    expect(res.body.error.message).toMatch(/name/);
    expect(res.body.error.message).toMatch(/email/);
    expect(await app.strapi.db.query('plugin::clearpost.directory-entry').count()).toBe(0);
  });
});

describe('channels from the settings page', () => {
  let channelId = '';

  it('connects a channel, updates enable/caps/timezone, and never shows credentials', async () => {
    const created = await admin.http.post('/clearpost/channels', { platform: 'x', name: 'Clinic on X' });
    expect(created.status).toBe(201);
    channelId = created.body.data.documentId;

    const updated = await admin.http.put(`/clearpost/channels/${channelId}`, {
      enabled: false,
      dailyCap: 5,
      timezone: 'America/Chicago',
    });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({ enabled: false, dailyCap: 5, timezone: 'America/Chicago', hasCredentials: false });

    const creds = await admin.http.put(`/clearpost/channels/${channelId}/credentials`, {
      credentials: { accessToken: 'secret-token-123', accountId: '42' },
    });
    expect(creds.status).toBe(200);
    expect(creds.body.data).toMatchObject({ hasCredentials: true, credentialsSetAt: expect.any(String) });
    expect(JSON.stringify(creds.body)).not.toContain('secret-token-123');
    const cm = await admin.http.get(`${CM}/${CHANNEL}/${channelId}`);
    expect(JSON.stringify(cm.body)).not.toContain('credentialsEncrypted');

    const cleared = await admin.http.del(`/clearpost/channels/${channelId}/credentials`);
    expect(cleared.body.data).toMatchObject({ hasCredentials: false, credentialsSetAt: null });
  });

  it('refuses a bad update with a 400 naming the field and changes nothing', async () => {
    const res = await admin.http.put(`/clearpost/channels/${channelId}`, { timezone: 'Mars/Olympus', dailyCap: 0 });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/timezone/);
    expect(res.body.error.message).toMatch(/dailyCap/);
    expect((await admin.http.put(`/clearpost/channels/${channelId}`, { platform: 'facebook' })).status).toBe(400);
    expect((await admin.http.put(`/clearpost/channels/${channelId}`, {})).status).toBe(400);
    const current = await admin.http.get(`/clearpost/channels/${channelId}`);
    expect(current.body.data).toMatchObject({ platform: 'x', timezone: 'America/Chicago', dailyCap: 5 });
    expect((await editor.http.put(`/clearpost/channels/${channelId}`, { enabled: true })).status).toBe(403);
  });

  it('keeps the credentials box out of the Content Manager edit view', async () => {
    const res = await admin.http.get(`/content-manager/content-types/${CHANNEL}/configuration`);
    expect(res.status).toBe(200);
    const editFields = (res.body.data.contentType.layouts.edit as Array<Array<{ name: string }>>).flat().map((f) => f.name);
    expect(editFields).toContain('dailyCap');
    expect(editFields).not.toContain('credentialsEncrypted');
  });
});

describe("the reviewer's request-changes comment", () => {
  it('is stored on the post for the editor, and an editor cannot write it', async () => {
    const created = await editor.http.post(`${CM}/${POST}`, {
      title: 'Open day',
      body: 'Our open day is on Saturday from 10 to 2.',
      reviewComment: { comment: 'forged' },
    });
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId;
    expect(created.body.data.reviewComment ?? null).toBeNull();
    expect((await editor.http.post(`/clearpost/posts/${documentId}/submit`, {})).status).toBe(200);
    const sent = await reviewer.http.post(`/clearpost/posts/${documentId}/request-changes`, {
      comment: 'Please add the address of the clinic.',
    });
    expect(sent.status).toBe(200);

    const seen = await editor.http.get(`${CM}/${POST}/${documentId}`);
    expect(seen.body.data.reviewStatus).toBe('changes-requested');
    expect(seen.body.data.reviewComment).toMatchObject({
      comment: 'Please add the address of the clinic.',
      by: 'Rita Reviewer',
      at: expect.any(String),
    });

    const forged = await editor.http.put(`${CM}/${POST}/${documentId}`, {
      ...seen.body.data,
      reviewComment: { comment: 'all good', by: 'nobody' },
    });
    expect(forged.status).toBe(200);
    expect((await editor.http.get(`${CM}/${POST}/${documentId}`)).body.data.reviewComment.comment).toBe(
      'Please add the address of the clinic.'
    );
  });
});
