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

  it('sends a rescheduled publication at its new time and never sends a cancelled one', async () => {
    await replaceChannels(app.strapi, [{ platform: 'webhook', accountId: 'hook-moved' }, { platform: 'outbox', accountId: 'outbox-moved' }]);
    const documentId = await publishApprovedPost(editor, reviewer, {
      body: 'The pharmacy opens at 7 am on weekdays from next Monday.',
      scheduleMode: 'at-time',
      scheduledAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    const [first, second] = await publicationsOf(app.strapi, documentId);
    const webhook = [first, second].find((p) => p.platform === 'webhook')!;
    const outbox = [first, second].find((p) => p.platform === 'outbox')!;
    const soon = new Date(Date.now() + 1500);
    expect((await editor.http.post(`/clearpost/publications/${webhook.documentId}/reschedule`, { scheduledAt: soon.toISOString() })).status).toBe(200);
    expect((await editor.http.post(`/clearpost/publications/${outbox.documentId}/cancel`, {})).status).toBe(200);
    const sent = await waitFor('the rescheduled publication to be sent', async () => {
      const row = (await publicationsOf(app.strapi, documentId)).find((p) => p.documentId === webhook.documentId);
      return row?.status === 'published' && row;
    });
    expect(sent.attempts).toBe(1);
    const hit = fake.received.find((r) => r.headers['idempotency-key'] === webhook.jobId)!;
    expect(hit.time).toBeGreaterThanOrEqual(soon.getTime() - 50);
    expect((await publicationsOf(app.strapi, documentId)).find((p) => p.documentId === outbox.documentId)!.status).toBe('cancelled');
  });
});
