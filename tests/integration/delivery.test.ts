import IORedis from 'ioredis';
import type { TestStrapi } from '../helpers/boot-strapi';
import { createAdminUser, registerFirstAdmin, type AdminSession } from '../helpers/admin-users';
import { startFakePlatforms, type FakePlatforms, type RecordedRequest } from '../fake-platforms';
import {
  CM,
  POST,
  REDIS_URL,
  bootDeliveryStrapi,
  flushPrefix,
  publicationsOf,
  publishApprovedPost,
  replaceChannels,
  sleep,
  uniquePrefix,
  waitFor,
  withQueue,
} from '../helpers/delivery-fixtures';

const PREFIX = uniquePrefix('delivery');

let fake: FakePlatforms;
let app: TestStrapi;
let admin: AdminSession;
let editor: AdminSession;
let reviewer: AdminSession;

beforeAll(async () => {
  fake = await startFakePlatforms();
  app = await bootDeliveryStrapi({ fake, delivery: { prefix: PREFIX, concurrency: 10, backoffMs: 300, reconcileEveryMs: 60_000, stuckAfterMs: 60_000 } });
  admin = await registerFirstAdmin(app.baseUrl);
  editor = await createAdminUser(app.strapi, app.baseUrl, { email: 'editor@delivery.test', firstname: 'Eddie', roleCodes: ['strapi-editor'] });
  reviewer = await createAdminUser(app.strapi, app.baseUrl, { email: 'reviewer@delivery.test', firstname: 'Rita', roleCodes: ['clearpost-compliance-reviewer'] });
});

afterAll(async () => {
  await app?.destroy();
  await fake?.close();
  await flushPrefix(PREFIX);
});

const keyOf = (r: RecordedRequest) => String(r.headers['idempotency-key'] ?? '');
const webhookHits = (jobId: string) => fake.received.filter((r) => r.platform === 'webhook' && keyOf(r) === jobId);
const settled = (status: string) => !['scheduled', 'queued', 'publishing'].includes(status);

async function settledPublications(postDocumentId: string, count: number, timeoutMs = 15_000) {
  let last: Awaited<ReturnType<typeof publicationsOf>> = [];
  try {
    return await waitFor(`${count} settled publications`, async () => {
      last = await publicationsOf(app.strapi, postDocumentId);
      return last.length === count && last.every((r) => settled(r.status)) && last;
    }, timeoutMs);
  } catch (error) {
    const byStatus = last.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {});
    throw new Error(`${(error as Error).message}; last seen ${JSON.stringify(byStatus)}`);
  }
}

const delayedJobIds = () => withQueue(PREFIX, 'webhook', async (queue) => new Set((await queue.getDelayed()).map((job) => job.id)));

async function oneWebhookPost(text: string) {
  await replaceChannels(app.strapi, [{ platform: 'webhook', accountId: `hook-${Date.now()}` }]);
  const documentId = await publishApprovedPost(editor, reviewer, { body: text });
  const [publication] = await publicationsOf(app.strapi, documentId);
  return { documentId, publication };
}

describe('delivery through BullMQ on Redis', () => {
  it('runs on Redis with the configured prefix', () => {
    expect(app.strapi.plugin('clearpost').service('delivery').mode()).toBe('redis');
  });

  it('publishes a post planned for three channels: one request each, at its time, with the right body', async () => {
    const channelIds = await replaceChannels(app.strapi, [
      { platform: 'facebook', accountId: '1029384756', timezone: 'America/Chicago' },
      { platform: 'x', accountId: '2244994945' },
      { platform: 'linkedin', accountId: 'urn:li:organization:5515715' },
    ]);
    const at = new Date(Date.now() + 9000);
    const body = 'Flu shots are available at all three clinics this month. Walk-ins welcome.';
    const xText = 'Flu shots at all three clinics this month. Walk-ins welcome!';
    const documentId = await publishApprovedPost(editor, reviewer, {
      body,
      targeting: 'selected-platforms',
      targetPlatforms: ['facebook', 'x', 'linkedin'],
      variants: [{ platform: 'x', text: xText }],
      scheduleMode: 'at-time',
      scheduledAt: at.toISOString(),
    });

    const pending = await publicationsOf(app.strapi, documentId);
    expect(pending).toHaveLength(3);
    expect(pending.map((p) => p.status)).toEqual(['scheduled', 'scheduled', 'scheduled']);
    expect(new Set(pending.map((p) => p.channelDocumentId))).toEqual(new Set(channelIds));
    expect(pending.find((p) => p.platform === 'facebook')).toMatchObject({ timezone: 'America/Chicago' });
    for (const p of pending) {
      expect(new Date(p.scheduledAt).getTime()).toBe(at.getTime());
      expect(p.jobId).not.toMatch(/:/);
    }
    expect(fake.requests.filter((r) => r.platform !== 'webhook')).toHaveLength(0);

    const done = await settledPublications(documentId, 3);
    expect(done.map((p) => p.status)).toEqual(['published', 'published', 'published']);
    expect(done.every((p) => p.remoteId && p.attempts === 1)).toBe(true);

    const facebook = fake.requests.filter((r) => r.platform === 'facebook');
    const x = fake.requests.filter((r) => r.platform === 'x');
    const linkedin = fake.requests.filter((r) => r.platform === 'linkedin');
    expect([facebook.length, x.length, linkedin.length]).toEqual([1, 1, 1]);
    expect(facebook[0].path).toBe('/v25.0/1029384756/feed');
    expect(facebook[0].body).toMatchObject({ message: body });
    expect(x[0].path).toBe('/2/tweets');
    expect(x[0].body).toMatchObject({ text: xText });
    expect(linkedin[0].body).toMatchObject({ author: 'urn:li:organization:5515715', commentary: body });
    for (const request of [facebook[0], x[0], linkedin[0]]) {
      expect(request.time).toBeGreaterThanOrEqual(at.getTime() - 50);
      expect(request.time).toBeLessThan(at.getTime() + 2500);
    }

    // Adding the same job again is a no-op: BullMQ keeps one job per deterministic id.
    const xPub = done.find((p) => p.platform === 'x')!;
    await withQueue(PREFIX, 'x', async (queue) => {
      const before = await queue.getJobCounts();
      await queue.add('publish', { publicationDocumentId: xPub.documentId, contentHash: 'ignored' }, { jobId: xPub.jobId });
      expect(await queue.getJobCounts()).toEqual(before);
    });
  });

  it('waits as long as a 429 says (Retry-After 2 s), then publishes', async () => {
    fake.reset();
    fake.script('webhook', [{ kind: 'rate-limit', resetInSeconds: 2 }]);
    const { documentId, publication } = await oneWebhookPost('Our pharmacy now stays open until 9 pm on weekdays.');
    const [row] = await settledPublications(documentId, 1);
    expect(row).toMatchObject({ status: 'published', attempts: 2 });
    const hits = webhookHits(publication.jobId);
    expect(hits.map((h) => h.status)).toEqual([429, 200]);
    const waited = hits[1].time - hits[0].time;
    expect(waited).toBeGreaterThanOrEqual(1950);
    expect(waited).toBeLessThan(3500);
  });

  it('backs off after 500s and then succeeds', async () => {
    fake.reset();
    fake.script('webhook', [{ kind: 'server-error' }, { kind: 'server-error' }]);
    const { documentId, publication } = await oneWebhookPost('Free blood pressure checks in the main lobby on Friday.');
    const [row] = await settledPublications(documentId, 1);
    expect(row).toMatchObject({ status: 'published', attempts: 3 });
    const hits = webhookHits(publication.jobId);
    expect(hits.map((h) => h.status)).toEqual([500, 500, 200]);
    const first = hits[1].time - hits[0].time;
    const second = hits[2].time - hits[1].time;
    expect(first).toBeGreaterThanOrEqual(200);
    expect(second).toBeGreaterThan(first);
  });

  it('marks a revoked credential failed and does not retry', async () => {
    fake.reset();
    fake.script('webhook', [{ kind: 'revoked-token' }]);
    const { documentId, publication } = await oneWebhookPost('The new parking garage on Elm Street opens on Monday with 400 spaces.');
    const [row] = await settledPublications(documentId, 1);
    expect(row.status).toBe('failed');
    expect(row.lastError).toMatch(/401/);
    await sleep(1500);
    expect(webhookHits(publication.jobId)).toHaveLength(1);
    expect((await publicationsOf(app.strapi, documentId))[0]).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('marks a publish call that hung as unknown, never retries it, and lets an operator resolve it', async () => {
    fake.reset();
    fake.script('webhook', [{ kind: 'hang' }]);
    const { documentId, publication } = await oneWebhookPost('Volunteer orientation is on the first Saturday of each month.');
    const [row] = await settledPublications(documentId, 1);
    expect(row.status).toBe('unknown');
    await sleep(1500);
    expect(webhookHits(publication.jobId)).toHaveLength(1);

    expect((await admin.http.get('/clearpost/delivery/publications?status=lost')).status).toBe(400);
    const mine = await admin.http.get(`/clearpost/delivery/publications?postDocumentId=${documentId}`);
    expect(mine.body.data).toEqual([expect.objectContaining({ documentId: publication.documentId, status: 'unknown', lastError: expect.stringMatching(/UnknownOutcomeError/) })]);
    const listed = await admin.http.get('/clearpost/delivery/unknown');
    expect(listed.status).toBe(200);
    expect(listed.body.data.map((p: { documentId: string }) => p.documentId)).toContain(publication.documentId);

    expect((await reviewer.http.get('/clearpost/delivery/unknown')).status).toBe(403);
    expect((await editor.http.post(`/clearpost/delivery/publications/${publication.documentId}/resolve`, { action: 'retry' })).status).toBe(403);

    const bad = await admin.http.post(`/clearpost/delivery/publications/${publication.documentId}/resolve`, { action: 'published' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/remoteId/);
    const unknownKey = await admin.http.post(`/clearpost/delivery/publications/${publication.documentId}/resolve`, { action: 'retry', force: true });
    expect(unknownKey.status).toBe(400);

    const resolved = await admin.http.post(`/clearpost/delivery/publications/${publication.documentId}/resolve`, { action: 'published', remoteId: 'hook_checked_by_hand' });
    expect(resolved.status).toBe(200);
    expect(resolved.body.data).toMatchObject({ status: 'published', remoteId: 'hook_checked_by_hand' });
    const again = await admin.http.post(`/clearpost/delivery/publications/${publication.documentId}/resolve`, { action: 'retry' });
    expect(again.status).toBe(400);
    expect(again.body.error.message).toMatch(/is published/);

    const history = await admin.http.get(`/clearpost/audit?documentId=${documentId}`);
    expect(history.body.data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'delivery-resolved',
          details: expect.objectContaining({ publicationDocumentId: publication.documentId, from: 'unknown', action: 'published', remoteId: 'hook_checked_by_hand' }),
        }),
      ])
    );
  });

  it('retries an unknown publication when the operator asks explicitly', async () => {
    fake.reset();
    fake.script('webhook', [{ kind: 'drop' }]);
    const { documentId, publication } = await oneWebhookPost('Our maternity ward tours now run on Sunday afternoons.');
    await settledPublications(documentId, 1);
    expect((await publicationsOf(app.strapi, documentId))[0].status).toBe('unknown');
    const retried = await admin.http.post(`/clearpost/delivery/publications/${publication.documentId}/resolve`, { action: 'retry' });
    expect(retried.status).toBe(200);
    const [row] = await settledPublications(documentId, 1);
    expect(row.status).toBe('published');
    expect(webhookHits(publication.jobId).map((h) => h.status)).toEqual([undefined, 200]);
  });

  it('sends nothing for a post unpublished before its time', async () => {
    fake.reset();
    await replaceChannels(app.strapi, [{ platform: 'webhook', accountId: 'hook-unpublish' }, { platform: 'x', accountId: '777' }]);
    const at = new Date(Date.now() + 11000);
    const documentId = await publishApprovedPost(editor, reviewer, {
      body: 'The riverside walking group meets every Wednesday at 8 am by the east entrance.',
      targeting: 'selected-platforms',
      targetPlatforms: ['x'],
      scheduleMode: 'at-time',
      scheduledAt: at.toISOString(),
    });
    expect((await publicationsOf(app.strapi, documentId)).map((p) => p.status)).toEqual(['scheduled', 'scheduled']);
    const deletedPost = await publishApprovedPost(editor, reviewer, {
      body: 'Free blood pressure checks in the south lobby on Tuesday.',
      scheduleMode: 'at-time',
      scheduledAt: at.toISOString(),
    });
    expect((await publicationsOf(app.strapi, deletedPost)).length).toBeGreaterThan(0);
    expect((await admin.http.del(`${CM}/${POST}/${deletedPost}`)).status).toBe(200);
    expect((await publicationsOf(app.strapi, deletedPost)).every((p) => p.status === 'cancelled')).toBe(true);
    const unpublished = await editor.http.post(`${CM}/${POST}/${documentId}/actions/unpublish`, {});
    expect(unpublished.status).toBe(200);
    const rows = await publicationsOf(app.strapi, documentId);
    expect(rows.map((p) => p.status)).toEqual(['cancelled', 'cancelled']);
    expect(await withQueue(PREFIX, 'webhook', (queue) => queue.getJobState(rows[0].jobId))).toBe('unknown');
    await waitFor('the scheduled time to pass', () => Date.now() > at.getTime() + 1500, 15_000);
    expect(fake.received).toHaveLength(0);
  });

  it('cancels what an older approved version still has waiting when a newer one is published', async () => {
    fake.reset();
    await replaceChannels(app.strapi, [{ platform: 'webhook', accountId: 'hook-supersede' }]);
    const at = new Date(Date.now() + 120_000).toISOString();
    const documentId = await publishApprovedPost(editor, reviewer, {
      body: 'Our flu clinic opens Saturday at 9 am in the north lobby.',
      scheduleMode: 'at-time',
      scheduledAt: at,
    });
    const [first] = await publicationsOf(app.strapi, documentId);
    expect(first.status).toBe('scheduled');

    const { status: _published, ...current } = (await editor.http.get(`${CM}/${POST}/${documentId}`)).body.data;
    const edited = await editor.http.put(`${CM}/${POST}/${documentId}`, { ...current, body: 'Our flu clinic opens Saturday at 10 am in the north lobby.' });
    expect(edited.status).toBe(200);
    expect((await editor.http.post(`/clearpost/posts/${documentId}/submit`)).status).toBe(200);
    expect((await reviewer.http.post(`/clearpost/posts/${documentId}/approve`)).status).toBe(200);
    // The edit view's copy says "modified"; the publish action takes the fields without that status.
    const { status: _status, ...latest } = (await editor.http.get(`${CM}/${POST}/${documentId}`)).body.data;
    const republished = await editor.http.post(`${CM}/${POST}/${documentId}/actions/publish`, latest);
    expect([republished.status, republished.body?.error?.message]).toEqual([200, undefined]);

    const rows = await publicationsOf(app.strapi, documentId);
    expect(rows.map((r) => [r.documentId === first.documentId ? 'older version' : 'newer version', r.status]).sort()).toEqual([
      ['newer version', 'scheduled'],
      ['older version', 'cancelled'],
    ]);
    expect(await withQueue(PREFIX, 'webhook', (queue) => queue.getJobState(first.jobId))).toBe('unknown');
    expect(fake.received).toHaveLength(0);
  });

  it('serves Bull Board under the admin to delivery operators only', async () => {
    const get = (path: string, token?: string) => fetch(`${app.baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const page = await get('/admin/clearpost/queues', admin.token);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);
    const api = await get('/admin/clearpost/queues/api/queues?activeQueue=clearpost-delivery-webhook&page=1', admin.token);
    expect(api.status).toBe(200);
    const names = ((await api.json()) as { queues: Array<{ name: string }> }).queues.map((q) => q.name);
    expect(names).toEqual(expect.arrayContaining(['clearpost-delivery-webhook', 'clearpost-delivery-x']));
    expect((await get('/admin/clearpost/queues', reviewer.token)).status).toBe(403);
    expect((await get('/admin/clearpost/queues/api/queues')).status).toBe(403);
  });

  it('sends a publication whose job Redis half-lost (the job without its schedule) once the reconciler runs', async () => {
    fake.reset();
    await replaceChannels(app.strapi, [{ platform: 'webhook', accountId: `hook-half-${Date.now()}` }]);
    const documentId = await publishApprovedPost(editor, reviewer, {
      body: 'Our pharmacy now stays open until 9 pm on weekdays.',
      scheduleMode: 'at-time',
      scheduledAt: new Date(Date.now() + 3000).toISOString(),
    });
    const [row] = await publicationsOf(app.strapi, documentId);
    const stateOf = () => withQueue(PREFIX, 'webhook', (queue) => queue.getJobState(row.jobId));
    await waitFor('the delayed job', async () => (await stateOf()) === 'delayed');
    const redis = new IORedis(REDIS_URL);
    await redis.del(`${PREFIX}:clearpost-delivery-webhook:delayed`).finally(() => redis.disconnect());
    expect(await stateOf()).toBe('unknown');

    const report = await app.strapi.plugin('clearpost').service('delivery').reconcile();
    expect(report.requeued).toBeGreaterThanOrEqual(1);
    expect(await stateOf()).toBe('delayed');
    const [done] = await settledPublications(documentId, 1);
    expect(done.status).toBe('published');
    expect(webhookHits(row.jobId)).toHaveLength(1);
  });

  it('delivers all 200 pending publications exactly once after Redis lost them and the worker restarted', async () => {
    fake.reset();
    const N = 200;
    await replaceChannels(app.strapi, Array.from({ length: N }, (_, i) => ({ platform: 'webhook', accountId: `hook-bulk-${i}` })));
    const at = new Date(Date.now() + 15000);
    const documentId = await publishApprovedPost(editor, reviewer, {
      body: 'Our urgent care clinic on Main Street now opens at 7 am.',
      scheduleMode: 'at-time',
      scheduledAt: at.toISOString(),
    });
    const rows = await publicationsOf(app.strapi, documentId);
    expect(rows).toHaveLength(N);
    expect(Date.now()).toBeLessThan(at.getTime());

    // The enqueue runs after the commit, so wait for it: the loss must come after Redis had the jobs.
    await waitFor(`${N} delayed jobs`, async () => {
      const delayed = await delayedJobIds();
      return rows.every((r) => delayed.has(r.jobId));
    });
    const delivery = app.strapi.plugin('clearpost').service('delivery');
    expect(await flushPrefix(PREFIX)).toBeGreaterThan(0);
    await delivery.stop();
    await delivery.start();

    const done = await settledPublications(documentId, N, 30_000);
    expect(done.every((p) => p.status === 'published')).toBe(true);
    const keys = fake.requests.filter((r) => r.platform === 'webhook').map(keyOf);
    expect(keys).toHaveLength(N);
    expect(new Set(keys).size).toBe(N);
    expect(new Set(keys)).toEqual(new Set(rows.map((r) => r.jobId)));
    expect(Math.min(...fake.requests.map((r) => r.time))).toBeGreaterThanOrEqual(at.getTime() - 50);
  });
});
