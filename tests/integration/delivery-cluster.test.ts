import type { TestStrapi } from '../helpers/boot-strapi';
import { createAdminUser, registerFirstAdmin, type AdminSession } from '../helpers/admin-users';
import { createTempDatabase, type TempDatabase } from '../helpers/postgres';
import { startChildInstance, type ChildInstance } from '../helpers/delivery-instance';
import { startFakePlatforms, type FakePlatforms } from '../fake-platforms';
import {
  REDIS_URL,
  bootDeliveryStrapi,
  distWithPluginConfig,
  fakePlatformEnv,
  flushPrefix,
  publicationsOf,
  publishApprovedPost,
  replaceChannels,
  uniquePrefix,
  waitFor,
} from '../helpers/delivery-fixtures';

const PREFIX = uniquePrefix('cluster');
const N = 300;
const DELIVERY = { prefix: PREFIX, concurrency: 5, reconcileEveryMs: 1000, stuckAfterMs: 3000, limiter: { webhook: { max: 40, durationMs: 1000 } } };

let db: TempDatabase | undefined;
let fake: FakePlatforms;
let app: TestStrapi | undefined;
let child: ChildInstance | undefined;
let childDist: { dir: string; remove: () => void } | undefined;
let skipReason = '';
let editor: AdminSession;
let reviewer: AdminSession;

beforeAll(async () => {
  const created = await createTempDatabase('clearpost_delivery');
  if ('skip' in created) {
    skipReason = created.skip;
    return;
  }
  db = created;
  fake = await startFakePlatforms();
  const env = { DATABASE_CLIENT: 'postgres', DATABASE_URL: db.url };
  app = await bootDeliveryStrapi({ fake, env, delivery: DELIVERY });
  childDist = distWithPluginConfig({ timezone: 'UTC', redis: { url: REDIS_URL }, delivery: DELIVERY });
  child = await startChildInstance({ distDir: childDist.dir, env: { ...env, ...fakePlatformEnv(fake) }, webhookSecret: fake.webhookSecret, webhookUrl: fake.baseUrlFor('webhook') });
  await registerFirstAdmin(app.baseUrl);
  editor = await createAdminUser(app.strapi, app.baseUrl, { email: 'editor@cluster.test', roleCodes: ['strapi-editor'] });
  reviewer = await createAdminUser(app.strapi, app.baseUrl, { email: 'reviewer@cluster.test', roleCodes: ['clearpost-compliance-reviewer'] });
});

afterAll(async () => {
  await child?.stop();
  await app?.destroy();
  childDist?.remove();
  await fake?.close();
  await db?.drop();
  await flushPrefix(PREFIX);
});

it('two instances on PostgreSQL share the work, each publication sent at most once, and a killed worker loses none', async () => {
  if (!app || !child) {
    expect(skipReason).not.toBe('');
    return;
  }
  await replaceChannels(app.strapi, Array.from({ length: N }, (_, i) => ({ platform: 'webhook', accountId: `hook-${i}` })));
  const at = new Date(Date.now() + 12_000);
  const documentId = await publishApprovedPost(editor, reviewer, {
    body: 'Our urgent care clinic on Main Street now opens at 7 am.',
    scheduleMode: 'at-time',
    scheduledAt: at.toISOString(),
  });
  const rows = await publicationsOf(app.strapi, documentId);
  expect(rows).toHaveLength(N);

  const fromChild = () => fake.requests.filter((r) => (r.body as { accountId?: string }).accountId === 'child').length;
  await waitFor('the child instance to deliver some', () => fromChild() >= 20 && fake.requests.length < N - 50, 40_000, 20);
  child.kill();
  const deliveredByChild = fromChild();

  // The killed worker's active jobs come back only once BullMQ's lock on them expires (30 s) and the next
  // stalled-job check runs (every 30 s): up to a minute before the last sends even start.
  const done = await waitFor(
    'every publication settled',
    async () => {
      const all = await publicationsOf(app!.strapi, documentId);
      return all.every((p) => p.status === 'published' || p.status === 'unknown') && all;
    },
    120_000,
    250,
  );
  const counts = new Map<string, number>();
  for (const request of fake.requests) {
    const key = String(request.headers['idempotency-key']);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  expect([...counts.values()].every((c) => c === 1)).toBe(true);
  const published = done.filter((p) => p.status === 'published');
  const unknown = done.filter((p) => p.status === 'unknown');
  expect(published.every((p) => counts.get(p.jobId) === 1)).toBe(true);
  // Whatever the killed worker had in flight may or may not have gone out: flagged, not repeated.
  expect(unknown.length).toBeLessThanOrEqual(DELIVERY.concurrency);
  expect(published.length + unknown.length).toBe(N);
  expect(deliveredByChild).toBeGreaterThan(0);
  expect(fake.requests.length - fromChild()).toBeGreaterThan(0);
  // eslint-disable-next-line no-console
  console.log(`cluster: ${published.length} published (${deliveredByChild} by the killed instance before it died), ${unknown.length} unknown, ${fake.requests.length} requests`);
}, 240_000);
