import type { TestStrapi } from '../helpers/boot-strapi';
import { createAdminUser, registerFirstAdmin, type AdminSession } from '../helpers/admin-users';
import { startFakePlatforms, type FakePlatforms } from '../fake-platforms';
import {
  PUBLICATION,
  bootDeliveryStrapi,
  flushPrefix,
  publicationsOf,
  publishApprovedPost,
  replaceChannels,
  uniquePrefix,
  waitFor,
  withQueue,
} from '../helpers/delivery-fixtures';

const PREFIX = uniquePrefix('calendar');
const HOUR = 3_600_000;

let fake: FakePlatforms;
let app: TestStrapi;
let admin: AdminSession;
let editor: AdminSession;
let author: AdminSession;
let reviewer: AdminSession;
let channelIds: string[];

beforeAll(async () => {
  fake = await startFakePlatforms();
  app = await bootDeliveryStrapi({
    fake,
    delivery: { prefix: PREFIX, concurrency: 5, backoffMs: 300, reconcileEveryMs: 60_000, stuckAfterMs: 60_000 },
  });
  admin = await registerFirstAdmin(app.baseUrl);
  editor = await createAdminUser(app.strapi, app.baseUrl, {
    email: 'editor@calendar.test',
    firstname: 'Eddie',
    roleCodes: ['strapi-editor'],
  });
  author = await createAdminUser(app.strapi, app.baseUrl, {
    email: 'author@calendar.test',
    firstname: 'Ann',
    roleCodes: ['strapi-author'],
  });
  reviewer = await createAdminUser(app.strapi, app.baseUrl, {
    email: 'reviewer@calendar.test',
    firstname: 'Rita',
    roleCodes: ['clearpost-compliance-reviewer'],
  });
  channelIds = await replaceChannels(app.strapi, [
    { platform: 'webhook', accountId: 'hook-calendar', name: 'Clinic webhook' },
    { platform: 'outbox', accountId: 'outbox-calendar', name: 'Newsletter outbox' },
  ]);
});

afterAll(async () => {
  await app?.destroy();
  await fake?.close();
  await flushPrefix(PREFIX);
});

const calendar = (session: AdminSession, from: Date, to: Date, channel?: string) =>
  session.http.get(
    `/clearpost/calendar?from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}${channel ? `&channel=${channel}` : ''}`
  );

/** When BullMQ will run the job: its creation time plus its delay. */
const jobDueAt = (platform: string, jobId: string) =>
  withQueue(PREFIX, platform, async (queue) => {
    const job = await queue.getJob(jobId);
    return job ? { state: await job.getState(), dueAt: job.timestamp + (job.opts.delay ?? 0) } : null;
  });

const publicationRow = async (documentId: string) =>
  (await app.strapi.db.query(PUBLICATION as never).findOne({ where: { documentId } } as never)) as {
    status: string;
    scheduledAt: string;
  };

async function scheduledPost(body: string, at: Date) {
  const documentId = await publishApprovedPost(editor, reviewer, {
    title: `Calendar ${body.slice(0, 20)}`,
    body,
    scheduleMode: 'at-time',
    scheduledAt: at.toISOString(),
  });
  const rows = await publicationsOf(app.strapi, documentId);
  expect(rows.map((r) => r.status)).toEqual(['scheduled', 'scheduled']);
  return { documentId, webhook: rows.find((r) => r.platform === 'webhook')!, outbox: rows.find((r) => r.platform === 'outbox')! };
}

describe('the calendar endpoints', () => {
  it('lists the publications inside the window, per channel, with titles and the configured time zone', async () => {
    const at = new Date(Math.ceil((Date.now() + 5 * HOUR) / 60_000) * 60_000);
    const { documentId, webhook } = await scheduledPost('Flu shots are available at all three clinics this month.', at);

    const res = await calendar(editor, new Date(at.getTime() - HOUR), new Date(at.getTime() + HOUR));
    expect(res.status).toBe(200);
    expect(res.body.data.timezone).toBe('UTC');
    expect(res.body.data.channels.map((c: { name: string }) => c.name)).toEqual(
      expect.arrayContaining(['Clinic webhook', 'Newsletter outbox'])
    );
    const mine = res.body.data.publications.filter((p: { postDocumentId: string }) => p.postDocumentId === documentId);
    expect(mine).toHaveLength(2);
    expect(mine[0]).toMatchObject({
      scheduledAt: at.toISOString(),
      status: 'scheduled',
      postTitle: expect.stringContaining('Calendar Flu shots'),
    });

    const onlyWebhook = await calendar(editor, new Date(at.getTime() - HOUR), new Date(at.getTime() + HOUR), channelIds[0]);
    expect(onlyWebhook.body.data.publications.map((p: { documentId: string }) => p.documentId)).toEqual([webhook.documentId]);

    const before = await calendar(editor, new Date(at.getTime() - 3 * HOUR), at);
    expect(before.body.data.publications.filter((p: { postDocumentId: string }) => p.postDocumentId === documentId)).toHaveLength(
      0
    );
  });

  it('rejects a window that is backwards, too wide or has unknown parameters', async () => {
    const now = new Date();
    const backwards = await calendar(editor, now, new Date(now.getTime() - HOUR));
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.message).toMatch(/to: must be after from/);
    const wide = await calendar(editor, now, new Date(now.getTime() + 90 * 24 * HOUR));
    expect(wide.status).toBe(400);
    expect(wide.body.error.message).toMatch(/at most 62 days/);
    const unknown = await editor.http.get(
      `/clearpost/calendar?from=${encodeURIComponent(now.toISOString())}&to=${encodeURIComponent(new Date(now.getTime() + HOUR).toISOString())}&status=sent`
    );
    expect(unknown.status).toBe(400);
  });

  it('reschedules a publication: the row and its BullMQ job move, it goes out at the new time, and the audit says so', async () => {
    fake.reset();
    const { documentId, webhook } = await scheduledPost(
      'The riverside walking group meets every Wednesday at 8 am.',
      new Date(Date.now() + 2 * HOUR)
    );
    const before = await jobDueAt('webhook', webhook.jobId);
    expect(before).toMatchObject({ state: 'delayed' });
    expect(Math.abs(before!.dueAt - new Date(webhook.scheduledAt).getTime())).toBeLessThan(1000);

    const later = new Date(Date.now() + 3 * HOUR);
    const moved = await editor.http.post(`/clearpost/publications/${webhook.documentId}/reschedule`, {
      scheduledAt: later.toISOString(),
    });
    expect(moved.status).toBe(200);
    expect(moved.body.data).toMatchObject({
      documentId: webhook.documentId,
      scheduledAt: later.toISOString(),
      status: 'scheduled',
    });
    const job = await jobDueAt('webhook', webhook.jobId);
    expect(job).toMatchObject({ state: 'delayed' });
    expect(Math.abs(job!.dueAt - later.getTime())).toBeLessThan(1000);

    // Move it to two seconds from now: it is delivered then, once, not two hours later.
    const soon = new Date(Date.now() + 2000);
    expect(
      (await editor.http.post(`/clearpost/publications/${webhook.documentId}/reschedule`, { scheduledAt: soon.toISOString() }))
        .status
    ).toBe(200);
    const sent = await waitFor(
      'the rescheduled publication to be sent',
      async () => {
        const row = (await publicationsOf(app.strapi, documentId)).find((r) => r.documentId === webhook.documentId);
        return row?.status === 'published' && row;
      },
      15_000
    );
    expect(sent.attempts).toBe(1);
    const hits = fake.received.filter((r) => r.platform === 'webhook' && r.headers['idempotency-key'] === webhook.jobId);
    expect(hits).toHaveLength(1);
    expect(hits[0].time).toBeGreaterThanOrEqual(soon.getTime() - 50);

    const history = await admin.http.get(`/clearpost/audit?documentId=${documentId}`);
    const reschedules = history.body.data.filter((e: { action: string }) => e.action === 'reschedule');
    expect(reschedules).toHaveLength(2);
    expect(reschedules[0]).toMatchObject({
      actorName: 'Eddie User',
      details: { publicationDocumentId: webhook.documentId, to: later.toISOString() },
    });

    const again = await editor.http.post(`/clearpost/publications/${webhook.documentId}/reschedule`, {
      scheduledAt: later.toISOString(),
    });
    expect(again.status).toBe(400);
    expect(again.body.error.message).toMatch(/is published and is no longer scheduled/);
  });

  it('refuses a time in the past, and a body it does not know, without changing anything', async () => {
    const { outbox } = await scheduledPost(
      'Free blood pressure checks in the north lobby on Thursday.',
      new Date(Date.now() + 4 * HOUR)
    );
    const past = await editor.http.post(`/clearpost/publications/${outbox.documentId}/reschedule`, {
      scheduledAt: new Date(Date.now() - 60_000).toISOString(),
    });
    expect(past.status).toBe(400);
    expect(past.body.error.message).toMatch(/scheduledAt: .* is in the past/);
    const extra = await editor.http.post(`/clearpost/publications/${outbox.documentId}/reschedule`, {
      scheduledAt: new Date(Date.now() + HOUR).toISOString(),
      status: 'sent',
    });
    expect(extra.status).toBe(400);
    const garbage = await editor.http.post(`/clearpost/publications/${outbox.documentId}/reschedule`, {
      scheduledAt: 'tomorrow',
    });
    expect(garbage.status).toBe(400);
    expect(garbage.body.error.message).toMatch(/scheduledAt/);
    const missing = await editor.http.post('/clearpost/publications/nosuchpublication/reschedule', {
      scheduledAt: new Date(Date.now() + HOUR).toISOString(),
    });
    expect(missing.status).toBe(404);
    const row = await publicationRow(outbox.documentId);
    expect(row).toMatchObject({ status: 'scheduled' });
    expect(new Date(row.scheduledAt).getTime()).toBe(new Date(outbox.scheduledAt).getTime());
  });

  it('cancels a publication: it is cancelled, its job is gone and it is never sent', async () => {
    fake.reset();
    const at = new Date(Date.now() + 3000);
    const { documentId, webhook, outbox } = await scheduledPost('Our pharmacy opens at 7 am on weekdays from next Monday.', at);
    const cancelled = await editor.http.post(`/clearpost/publications/${webhook.documentId}/cancel`, {});
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.data).toMatchObject({ documentId: webhook.documentId, status: 'cancelled' });
    expect(await withQueue(PREFIX, 'webhook', (queue) => queue.getJobState(webhook.jobId))).toBe('unknown');

    await waitFor(
      'the other channel to publish',
      async () => {
        const rows = await publicationsOf(app.strapi, documentId);
        return rows.find((r) => r.documentId === outbox.documentId)?.status === 'published';
      },
      15_000
    );
    await waitFor('the scheduled time to pass', () => Date.now() > at.getTime() + 1500, 10_000);
    expect(fake.received.filter((r) => r.headers['idempotency-key'] === webhook.jobId)).toHaveLength(0);
    expect((await publicationsOf(app.strapi, documentId)).find((r) => r.documentId === webhook.documentId)!.status).toBe(
      'cancelled'
    );

    const twice = await editor.http.post(`/clearpost/publications/${webhook.documentId}/cancel`, {});
    expect(twice.status).toBe(400);
    expect(twice.body.error.message).toMatch(/is cancelled and is no longer scheduled/);
    const history = await admin.http.get(`/clearpost/audit?documentId=${documentId}`);
    expect(history.body.data.filter((e: { action: string }) => e.action === 'cancel-publication')).toHaveLength(1);
  });

  it('lets only holders of schedule.manage reschedule or cancel (an Author gets 403)', async () => {
    const { outbox } = await scheduledPost(
      'Parking at the west clinic is free for patients from December.',
      new Date(Date.now() + 6 * HOUR)
    );
    const reschedule = await author.http.post(`/clearpost/publications/${outbox.documentId}/reschedule`, {
      scheduledAt: new Date(Date.now() + 7 * HOUR).toISOString(),
    });
    expect(reschedule.status).toBe(403);
    const cancel = await author.http.post(`/clearpost/publications/${outbox.documentId}/cancel`, {});
    expect(cancel.status).toBe(403);
    const row = await publicationRow(outbox.documentId);
    expect(row.status).toBe('scheduled');
    expect(new Date(row.scheduledAt).getTime()).toBe(new Date(outbox.scheduledAt).getTime());
    // Reading the calendar needs analytics.read only, which Authors have.
    expect((await calendar(author, new Date(), new Date(Date.now() + HOUR))).status).toBe(200);
    // The Compliance Reviewer holds every plugin permission.
    expect((await reviewer.http.post(`/clearpost/publications/${outbox.documentId}/cancel`, {})).status).toBe(200);
    expect(
      (await createHttpFor(app.baseUrl).get('/clearpost/calendar?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z')).status
    ).toBe(401);
  });
});

function createHttpFor(baseUrl: string) {
  return { get: (path: string) => fetch(`${baseUrl}${path}`).then((res) => ({ status: res.status })) };
}
