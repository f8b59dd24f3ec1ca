import { bootStrapi, type TestStrapi } from '../helpers/boot-strapi';
import { createAdminUser, registerFirstAdmin } from '../helpers/admin-users';
import { createTempDatabase, type TempDatabase } from '../helpers/postgres';

const POST = 'plugin::clearpost.post';
const CM = '/content-manager/collection-types';

let db: TempDatabase | undefined;
let app: TestStrapi | undefined;
let skipReason = '';

beforeAll(async () => {
  const created = await createTempDatabase('clearpost_test');
  if ('skip' in created) {
    skipReason = created.skip;
    // eslint-disable-next-line no-console
    console.warn(`Skipping the PostgreSQL test: ${skipReason}`);
    return;
  }
  db = created;
  app = await bootStrapi({ env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: db.url } });
});

afterAll(async () => {
  await app?.destroy();
  await db?.drop();
});

it('boots on PostgreSQL and creates and publishes a post', async () => {
  if (!app) {
    expect(skipReason).not.toBe('');
    return;
  }
  expect(app.strapi.db.dialect.client).toBe('postgres');
  const admin = await registerFirstAdmin(app.baseUrl);
  const created = await admin.http.post(`${CM}/${POST}`, {
    title: 'Blood drive',
    body: 'Our spring blood drive is on Saturday at the main campus.',
  });
  expect(created.status).toBe(201);
  const { documentId } = created.body.data;
  const reviewer = await createAdminUser(app.strapi, app.baseUrl, { email: 'rev@clearpost.test', roleCodes: ['clearpost-compliance-reviewer'] });
  expect((await admin.http.post(`/clearpost/posts/${documentId}/submit`)).status).toBe(200);
  expect((await reviewer.http.post(`/clearpost/posts/${documentId}/approve`)).status).toBe(200);
  const published = await admin.http.post(`${CM}/${POST}/${documentId}/actions/publish`, created.body.data);
  expect(published.status).toBe(200);
  const live = await app.strapi.documents(POST).findOne({ documentId: created.body.data.documentId, status: 'published' });
  expect(live?.title).toBe('Blood drive');

  // Audit events are written with one raw insert; Strapi must read them back whole, and the chain must hold.
  const history = await reviewer.http.get(`/clearpost/audit?documentId=${documentId}`);
  expect(history.status).toBe(200);
  const events = history.body.data as Array<Record<string, unknown>>;
  expect(events.map((e) => e.action)).toEqual(['submit', 'approve', 'publish']);
  const publish = events[2]!;
  expect(publish).toMatchObject({ subjectUid: POST, subjectDocumentId: documentId, actorName: expect.any(String) });
  expect(publish.documentId).toMatch(/^[a-z][a-z0-9]{23}$/);
  expect(Number.isNaN(Date.parse(String(publish.occurredAt)))).toBe(false);
  expect(Array.isArray(publish.findings)).toBe(true);
  const verdict = await reviewer.http.get('/clearpost/audit/verify');
  expect(verdict.body.data).toMatchObject({ intact: true });
});
