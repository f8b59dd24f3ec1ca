import type { TestStrapi } from '../helpers/boot-strapi';
import { bootStrapi } from '../helpers/boot-strapi';
import { distWithPluginConfig } from '../helpers/delivery-fixtures';
import { feedbackRows, postWebhook, signedDelivery, uniqueId, WEBHOOK_SECRET } from '../helpers/feedback-fixtures';
import { createTempDatabase, type TempDatabase } from '../helpers/postgres';

let db: TempDatabase | undefined;
let app: TestStrapi | undefined;
let dist: { dir: string; remove: () => void } | undefined;

beforeAll(async () => {
  const created = await createTempDatabase('clearpost_feedback');
  if ('skip' in created) {
    // eslint-disable-next-line no-console
    console.warn(`Skipping the feedback PostgreSQL test: ${created.skip}`);
    return;
  }
  db = created;
  dist = distWithPluginConfig({ timezone: 'UTC', feedback: { webhookSecret: WEBHOOK_SECRET } });
  app = await bootStrapi({ distDir: dist.dir, env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: db.url } });
});

afterAll(async () => {
  await app?.destroy();
  dist?.remove();
  await db?.drop();
});

const item = () => ({
  source: 'google',
  externalId: uniqueId('pg'),
  rating: 2,
  text: 'Nobody called me back.',
  receivedAt: '2026-11-27T10:00:00Z',
});

it('stores an item delivered five times at once exactly once (unique index, retried transaction)', async () => {
  if (!app) return;
  const same = item();
  const now = Math.floor(Date.now() / 1000);
  const results = await Promise.all(
    [0, 1, 2, 3, 4].map((n) => postWebhook(app!.baseUrl, signedDelivery(same, { timestamp: String(now - n) })))
  );
  expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);
  expect(new Set(results.map((r) => r.body.data.documentIds[0])).size).toBe(1);
  expect(await feedbackRows(app.strapi, { externalId: same.externalId })).toHaveLength(1);
});

it('accepts one of three simultaneous copies of a delivery and refuses the replays', async () => {
  if (!app) return;
  const delivery = signedDelivery(item());
  const results = await Promise.all([0, 1, 2].map(() => postWebhook(app!.baseUrl, delivery)));
  expect(results.map((r) => r.status).sort()).toEqual([201, 401, 401]);
});
