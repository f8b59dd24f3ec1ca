import { INSTAGRAM_QUOTA_TOTAL, startFakePlatforms, type FakePlatforms } from '../../../../tests/fake-platforms';
import { createInstagramAdapter } from '../instagram-adapter';
import { PermanentError, RetryableError } from '../platform-errors';
import { ACCOUNTS, IMAGE, TIMEOUT_MS, adapterFor, caught, publishRequest } from './helpers';

let fake: FakePlatforms;
beforeAll(async () => {
  fake = await startFakePlatforms();
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

const ig = ACCOUNTS.instagram;

it('reads the quota, creates a container, waits for FINISHED, publishes and reads the permalink', async () => {
  const req = publishRequest('instagram', { images: [IMAGE], link: 'https://clinic.example.org/flu' });
  const result = await adapterFor('instagram', fake).publish(req);

  const calls = fake.requests.map((r) => `${r.method} ${r.path}`);
  expect(calls[0]).toBe(`GET /v25.0/${ig}/content_publishing_limit`);
  expect(calls[1]).toBe(`POST /v25.0/${ig}/media`);
  expect(calls.filter((c) => /^GET \/v25\.0\/\d+$/.test(c)).length).toBeGreaterThanOrEqual(3); // 2 status polls + permalink
  expect(calls).toContain(`POST /v25.0/${ig}/media_publish`);
  expect(fake.requests[0].query).toMatchObject({ fields: 'quota_usage,config', access_token: 'token-instagram' });
  expect(fake.requests[1].query).toMatchObject({
    image_url: IMAGE.url,
    caption: `${req.text}\n\nhttps://clinic.example.org/flu`,
    alt_text: IMAGE.altText,
    access_token: 'token-instagram',
  });
  const containerId = fake.requests[2].path.split('/').pop();
  expect(fake.requests.find((r) => r.path.endsWith('/media_publish'))?.query.creation_id).toBe(containerId);
  expect(result.remoteId).toMatch(/^\d+$/);
  expect(result.url).toBe(`https://www.instagram.com/p/Fk${result.remoteId}/`);
});

it('refuses a text-only post before calling Instagram', async () => {
  const err = await caught(adapterFor('instagram', fake).publish(publishRequest('instagram')));
  expect(err).toBeInstanceOf(PermanentError);
  expect(err).toMatchObject({ code: 'media_required' });
  expect(fake.received).toHaveLength(0);
});

it('stops when content_publishing_limit says the quota is used up', async () => {
  fake.script('instagram', [
    {
      kind: 'respond',
      match: 'content_publishing_limit',
      status: 200,
      body: { data: [{ quota_usage: INSTAGRAM_QUOTA_TOTAL, config: { quota_total: INSTAGRAM_QUOTA_TOTAL, quota_duration: 86400 } }] },
    },
  ]);
  const err = await caught(adapterFor('instagram', fake).publish(publishRequest('instagram', { images: [IMAGE] })));
  expect(err).toBeInstanceOf(RetryableError);
  expect(err).toMatchObject({ code: 'publishing_limit' });
  expect(fake.received.some((r) => r.path.endsWith('/media'))).toBe(false);
});

it('an image URL Instagram cannot fetch is reported with its subcode (2207052)', async () => {
  const req = publishRequest('instagram', { images: [{ ...IMAGE, url: 'http://127.0.0.1/private.png' }] });
  const err = await caught(adapterFor('instagram', fake).publish(req));
  expect(err).toMatchObject({ name: 'RetryableError', code: 'media_fetch_failed' });
});

it('a caption over the limit is permanent (subcode 2207010)', async () => {
  const req = publishRequest('instagram', { images: [IMAGE], text: 'a'.repeat(2201) });
  const err = await caught(adapterFor('instagram', fake).publish(req));
  expect(err).toMatchObject({ name: 'PermanentError', code: 'text_too_long' });
});

it('a container that ends in ERROR is permanent; one still processing after the last check is retryable', async () => {
  fake.script('instagram', [{ kind: 'respond', match: /^\/v25\.0\/\d+\?fields=status_code/, status: 200, body: { status_code: 'ERROR', status: 'Error: unsupported image' } }]);
  const adapter = adapterFor('instagram', fake);
  await expect(adapter.publish(publishRequest('instagram', { images: [IMAGE] }))).rejects.toMatchObject({ name: 'PermanentError', code: 'container_error' });

  const impatient = createInstagramAdapter({ baseUrl: fake.baseUrlFor('instagram'), timeoutMs: TIMEOUT_MS, maxStatusPolls: 1, pollIntervalMs: 1 });
  await expect(impatient.publish(publishRequest('instagram', { images: [IMAGE] }))).rejects.toMatchObject({
    name: 'RetryableError',
    code: 'media_processing',
  });
});
