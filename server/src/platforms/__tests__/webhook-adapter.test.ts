import { createHmac } from 'node:crypto';
import { startFakePlatforms, type FakePlatforms } from '../../../../tests/fake-platforms';
import { RetryableError, UnknownOutcomeError } from '../platform-errors';
import { createWebhookAdapter } from '../webhook-adapter';
import { verifyWebhookSignature } from '../webhook-signature';
import { HANG_TIMEOUT_MS, IMAGE, TIMEOUT_MS, caught } from './helpers';

let fake: FakePlatforms;
beforeAll(async () => {
  fake = await startFakePlatforms();
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

const request = (key = 'pub-hook-1', secret = fake.webhookSecret) => ({
  idempotencyKey: key,
  text: 'Flu shots are free this week',
  link: 'https://clinic.example.org/flu',
  images: [IMAGE],
  credentials: { accessToken: secret, accountId: 'zapier-main', endpointUrl: fake.baseUrlFor('webhook') },
});

it('POSTs signed JSON that the receiver verifies, and returns the receiver id', async () => {
  const result = await createWebhookAdapter({ baseUrl: '', timeoutMs: TIMEOUT_MS }).publish(request());

  expect(result.remoteId).toBe('hook_1');
  const [sent] = fake.requests;
  const timestamp = String(sent.headers['x-clearpost-timestamp']);
  const signature = String(sent.headers['x-clearpost-signature']);
  const rawBody = sent.rawBody.toString('utf8');
  expect(signature).toBe(`sha256=${createHmac('sha256', fake.webhookSecret).update(`${timestamp}.${rawBody}`).digest('hex')}`);
  expect(verifyWebhookSignature({ secret: fake.webhookSecret, timestamp, body: rawBody, signature })).toBe(true);
  expect(verifyWebhookSignature({ secret: fake.webhookSecret, timestamp, body: rawBody.replace('free', 'paid'), signature })).toBe(false);
  expect(verifyWebhookSignature({ secret: 'other', timestamp, body: rawBody, signature })).toBe(false);
  expect(sent.headers['idempotency-key']).toBe('pub-hook-1');
  expect(sent.body).toEqual({
    event: 'clearpost.publish',
    idempotencyKey: 'pub-hook-1',
    accountId: 'zapier-main',
    text: 'Flu shots are free this week',
    link: 'https://clinic.example.org/flu',
    images: [{ url: IMAGE.url, altText: IMAGE.altText, mimeType: IMAGE.mimeType }],
    sentAt: expect.any(String),
  });
  expect(JSON.stringify(sent.body)).not.toContain(fake.webhookSecret);
});

it('a wrong secret is refused by the receiver → PermanentError', async () => {
  const err = await caught(createWebhookAdapter({ baseUrl: '', timeoutMs: TIMEOUT_MS }).publish(request('k', 'wrong-secret')));
  expect(err).toMatchObject({ name: 'PermanentError', code: 'signature_rejected', status: 401 });
});

it('rejects a stale timestamp, so captured deliveries cannot be replayed', () => {
  const body = '{}';
  const timestamp = String(Math.floor(Date.now() / 1000) - 600);
  const signature = `sha256=${createHmac('sha256', 's').update(`${timestamp}.${body}`).digest('hex')}`;
  expect(verifyWebhookSignature({ secret: 's', timestamp, body, signature })).toBe(false);
  expect(verifyWebhookSignature({ secret: 's', timestamp, body, signature, toleranceSeconds: 900 })).toBe(true);
});

it('429 with Retry-After → RetryableError; a hang → UnknownOutcomeError', async () => {
  const adapter = createWebhookAdapter({ baseUrl: fake.baseUrlFor('webhook'), timeoutMs: HANG_TIMEOUT_MS });
  fake.script('webhook', [{ kind: 'rate-limit', resetInSeconds: 45 }, { kind: 'hang' }]);
  const limited = await caught(adapter.publish(request()));
  expect(limited).toBeInstanceOf(RetryableError);
  expect(limited).toMatchObject({ retryAfterMs: 45_000 });
  expect(await caught(adapter.publish(request()))).toBeInstanceOf(UnknownOutcomeError);
});

it('a redelivery with the same idempotency key gets the same id from a deduplicating receiver', async () => {
  const adapter = createWebhookAdapter({ baseUrl: '', timeoutMs: TIMEOUT_MS });
  const first = await adapter.publish(request('same'));
  const second = await adapter.publish(request('same'));
  expect(second.remoteId).toBe(first.remoteId);
});
