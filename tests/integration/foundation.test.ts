import { bootStrapi, type TestStrapi } from '../helpers/boot-strapi';
import { createAdminUser, registerFirstAdmin, type AdminSession } from '../helpers/admin-users';
import { createHttpClient } from '../helpers/http-client';

const CM = '/content-manager/collection-types';
const POST = 'plugin::clearpost.post';
const TEMPLATE = 'plugin::clearpost.reply-template';
const ASSET = 'plugin::clearpost.image-asset';
const ENTRY = 'plugin::clearpost.directory-entry';

let app: TestStrapi;
let admin: AdminSession;

beforeAll(async () => {
  app = await bootStrapi();
  admin = await registerFirstAdmin(app.baseUrl);
});

afterAll(async () => {
  await app?.destroy();
});

async function countRows(uid: string): Promise<number> {
  return app.strapi.db.query(uid as any).count();
}

describe('foundation', () => {
  it('answers the health check', async () => {
    const res = await createHttpClient(app.baseUrl).get('/_health');
    expect(res.status).toBe(204);
  });

  it('lists the four content types in the Content Manager', async () => {
    const res = await admin.http.get('/content-manager/content-types');
    expect(res.status).toBe(200);
    const visible = res.body.data.filter((ct: any) => ct.isDisplayed).map((ct: any) => ct.uid);
    expect(visible).toEqual(expect.arrayContaining([POST, TEMPLATE, ASSET, ENTRY]));
  });

  it('creates, edits and publishes a post through the Content Manager API', async () => {
    const created = await admin.http.post(`${CM}/${POST}`, {
      title: 'Flu shots',
      body: 'Flu shots are available at every clinic this week.',
      variants: [{ platform: 'x', text: 'Flu shots at every clinic this week.' }],
      targeting: 'selected-platforms',
      targetPlatforms: ['x', 'facebook'],
      scheduleMode: 'as-soon-as-approved',
    });
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;
    expect(created.body.data.variants).toEqual([expect.objectContaining({ platform: 'x', text: 'Flu shots at every clinic this week.' })]);
    expect(created.body.data.reviewStatus).toBe('draft');

    const edited = await admin.http.put(`${CM}/${POST}/${documentId}`, {
      ...created.body.data,
      body: 'Flu shots are available at every clinic this week and next.',
    });
    expect(edited.status).toBe(200);
    expect(edited.body.data.body).toBe('Flu shots are available at every clinic this week and next.');

    // Publishing needs a compliance reviewer's approval of exactly this content (the gate's rule).
    const reviewer = await createAdminUser(app.strapi, app.baseUrl, { email: 'rev@clearpost.test', roleCodes: ['clearpost-compliance-reviewer'] });
    expect((await admin.http.post(`/clearpost/posts/${documentId}/submit`)).status).toBe(200);
    expect((await reviewer.http.post(`/clearpost/posts/${documentId}/approve`)).status).toBe(200);

    const published = await admin.http.post(`${CM}/${POST}/${documentId}/actions/publish`, edited.body.data);
    expect(published.status).toBe(200);
    expect(published.body.data.publishedAt).toBeTruthy();
    const live = await app.strapi.documents(POST).findOne({ documentId, status: 'published' });
    expect(live?.body).toBe('Flu shots are available at every clinic this week and next.');
  });

  it('does not let an editor set review fields through the Content Manager', async () => {
    const created = await admin.http.post(`${CM}/${POST}`, {
      title: 'Sneaky',
      body: 'Hello',
      reviewStatus: 'approved',
      approvedContentHash: 'f'.repeat(64),
    });
    expect(created.status).toBe(201);
    expect(created.body.data.reviewStatus).toBe('draft');
    expect(created.body.data.approvedContentHash ?? null).toBeNull();
  });

  describe('validation names the field and writes nothing', () => {
    it.each([
      [POST, { title: 'No body here' }, 'body'],
      [POST, { title: 'Blank body', body: '   ' }, 'body'],
      [POST, { title: 'Bad platforms', body: 'x', targetPlatforms: ['myspace'] }, 'targetPlatforms'],
      [POST, { title: 'Bad zone', body: 'x', timezone: 'Mars/Olympus' }, 'timezone'],
      [TEMPLATE, { body: 'Call {{phone}}', category: 'billing' }, 'name'],
      [ASSET, { name: 'no alt' }, 'altText'],
      [ENTRY, { kind: 'person' }, 'name'],
    ])('%s %j → 400 naming %s', async (uid, data, field) => {
      const before = await countRows(uid);
      const res = await admin.http.post(`${CM}/${uid}`, data);
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('ValidationError');
      const paths = (res.body.error.details?.errors ?? []).map((e: { path: string[] }) => e.path.join('.'));
      expect(paths.some((p: string) => p === field || p.startsWith(`${field}.`))).toBe(true);
      expect(await countRows(uid)).toBe(before);
    });
  });
});
