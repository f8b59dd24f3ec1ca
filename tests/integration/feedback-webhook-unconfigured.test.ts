import { bootStrapi, type TestStrapi } from '../helpers/boot-strapi';
import { feedbackRows, postWebhook, signedDelivery } from '../helpers/feedback-fixtures';

let app: TestStrapi;

beforeAll(async () => {
  // The dev host's config sets no feedback.webhookSecret.
  app = await bootStrapi();
});

afterAll(async () => {
  await app?.destroy();
});

it('answers 503 "not configured" without a shared secret, and stores nothing', async () => {
  const res = await postWebhook(
    app.baseUrl,
    signedDelivery(
      { source: 'google', externalId: 'g-1', text: 'Hello', receivedAt: '2026-11-27T10:00:00Z' },
      { secret: 'whatever-the-sender-thinks-it-is-000' }
    )
  );
  expect(res.status).toBe(503);
  expect(res.body.error.message).toMatch(/webhook is not configured: set feedback.webhookSecret/);
  expect(await feedbackRows(app.strapi)).toHaveLength(0);
});
