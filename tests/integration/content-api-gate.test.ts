import { bootStrapi, type TestStrapi } from '../helpers/boot-strapi';
import { createAdminUser, registerFirstAdmin } from '../helpers/admin-users';
import { createHttpClient, type HttpClient } from '../helpers/http-client';

const POST = 'plugin::clearpost.post';

let app: TestStrapi;
let api: HttpClient;

beforeAll(async () => {
  app = await bootStrapi();
  await registerFirstAdmin(app.baseUrl);
  const token = await app.strapi.service('admin::api-token').create({ name: 'gate-test', type: 'full-access', lifespan: null });
  api = createHttpClient(app.baseUrl, token.accessKey);
});

afterAll(async () => {
  await app?.destroy();
});

describe('the content API goes through the same gate', () => {
  it('refuses to create a post as published, and writes nothing', async () => {
    const before = await app.strapi.db.query(POST).count();
    const res = await api.post('/api/clearpost/posts?status=published', {
      data: { title: 'Straight out', body: 'Our pharmacy now opens at 7am on weekdays.' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.code).toBe('CLEARPOST_NOT_APPROVED');
    expect(await app.strapi.db.query(POST).count()).toBe(before);
  });

  it('blocks publishing PHI by update with status=published, and keeps the draft as it was', async () => {
    const created = await api.post('/api/clearpost/posts?status=draft', { data: { title: 'Draft', body: 'Our pharmacy now opens at 7am on weekdays.' } });
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;
    const res = await api.put(`/api/clearpost/posts/${documentId}?status=published`, {
      data: { body: 'Congratulations to Mary Jones, MRN 4471920, on her discharge today!' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.code).toBe('CLEARPOST_COMPLIANCE_BLOCKED');
    const draft = await app.strapi.db.query(POST).findOne({ where: { documentId, publishedAt: null } });
    expect(draft.body).toBe('Our pharmacy now opens at 7am on weekdays.');
    expect(await app.strapi.db.query(POST).count({ where: { documentId, publishedAt: { $notNull: true } } })).toBe(0);
  });

  it('publishes an approved post by update with status=published', async () => {
    const created = await api.post('/api/clearpost/posts?status=draft', { data: { title: 'Approved', body: 'Free blood pressure checks at the Oak Hill clinic lobby all week.' } });
    const { documentId } = created.body.data;
    const editor = await createAdminUser(app.strapi, app.baseUrl, { email: 'ed@clearpost.test', roleCodes: ['strapi-editor'] });
    const reviewer = await createAdminUser(app.strapi, app.baseUrl, { email: 'rv@clearpost.test', roleCodes: ['clearpost-compliance-reviewer'] });
    expect((await editor.http.post(`/clearpost/posts/${documentId}/submit`)).status).toBe(200);
    expect((await reviewer.http.post(`/clearpost/posts/${documentId}/approve`)).status).toBe(200);
    const res = await api.put(`/api/clearpost/posts/${documentId}?status=published`, { data: {} });
    expect(res.status).toBe(200);
    expect(res.body.data.publishedAt).toBeTruthy();
  });
});
