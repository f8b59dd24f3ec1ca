import type { TestStrapi } from '../helpers/boot-strapi';
import { createAdminUser, registerFirstAdmin, type AdminSession } from '../helpers/admin-users';
import { startFakePlatforms, type FakePlatforms } from '../fake-platforms';
import { bootDeliveryStrapi, publicationsOf, publishApprovedPost, replaceChannels, waitFor } from '../helpers/delivery-fixtures';

let fake: FakePlatforms;
let app: TestStrapi;
let editor: AdminSession;
let reviewer: AdminSession;

beforeAll(async () => {
  fake = await startFakePlatforms();
  app = await bootDeliveryStrapi({ fake, redis: false, delivery: { pollEveryMs: 200, backoffMs: 200 } });
  await registerFirstAdmin(app.baseUrl);
  editor = await createAdminUser(app.strapi, app.baseUrl, { email: 'editor@inprocess.test', roleCodes: ['strapi-editor'] });
  reviewer = await createAdminUser(app.strapi, app.baseUrl, { email: 'reviewer@inprocess.test', roleCodes: ['clearpost-compliance-reviewer'] });
});

afterAll(async () => {
  await app?.destroy();
  await fake?.close();
});

describe('delivery without Redis', () => {
  it('runs the same processor in-process from the database, retries, and sends each publication once', async () => {
    expect(app.strapi.plugin('clearpost').service('delivery').mode()).toBe('in-process');
    await replaceChannels(app.strapi, [{ platform: 'webhook', accountId: 'hook-a' }, { platform: 'outbox', accountId: 'outbox-a' }]);
    fake.script('webhook', [{ kind: 'server-error' }]);
    const documentId = await publishApprovedPost(editor, reviewer, { body: 'Free blood pressure checks in the north lobby on Thursday.' });
    const rows = await waitFor('both publications published', async () => {
      const all = await publicationsOf(app.strapi, documentId);
      return all.length === 2 && all.every((p) => p.status === 'published') && all;
    });
    const webhook = rows.find((r) => r.platform === 'webhook')!;
    expect(webhook.attempts).toBe(2);
    expect(rows.find((r) => r.platform === 'outbox')!.remoteId).toMatch(/^outbox-/);
    const hits = fake.received.filter((r) => r.headers['idempotency-key'] === webhook.jobId);
    expect(hits.map((h) => h.status)).toEqual([500, 200]);
    expect(hits[0].body).toMatchObject({ text: 'Free blood pressure checks in the north lobby on Thursday.' });
  });
});
