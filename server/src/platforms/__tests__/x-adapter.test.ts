import { startFakePlatforms, type FakePlatforms } from '../../../../tests/fake-platforms';
import { PermanentError } from '../platform-errors';
import { IMAGE, PIXEL_PNG, adapterFor, caught, publishRequest } from './helpers';

let fake: FakePlatforms;
beforeAll(async () => {
  fake = await startFakePlatforms();
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

it('publishes text to POST /2/tweets with a bearer token and a JSON body', async () => {
  const req = publishRequest('x', { link: 'https://clinic.example.org/flu' });
  const result = await adapterFor('x', fake).publish(req);

  expect(fake.requests).toHaveLength(1);
  const [sent] = fake.requests;
  expect(sent).toMatchObject({ method: 'POST', path: '/2/tweets' });
  expect(sent.headers.authorization).toBe('Bearer token-x');
  expect(sent.headers['content-type']).toBe('application/json');
  expect(sent.body).toEqual({ text: `${req.text}\n\nhttps://clinic.example.org/flu` });
  expect(result).toEqual({ remoteId: expect.stringMatching(/^\d+$/), url: `https://x.com/i/web/status/${result.remoteId}` });
});

it('uploads the image (downloading the public URL when no bytes are given) and attaches its id', async () => {
  const image = { url: fake.assetUrl, altText: 'pixel', mimeType: 'image/png' };
  await adapterFor('x', fake).publish(publishRequest('x', { images: [image, IMAGE] }));

  const uploads = fake.requests.filter((r) => r.path === '/2/media/upload');
  expect(uploads).toHaveLength(2);
  for (const upload of uploads) {
    expect(upload.body).toEqual({ media: PIXEL_PNG.toString('base64'), media_category: 'tweet_image', media_type: 'image/png' });
  }
  const post = fake.requests.find((r) => r.path === '/2/tweets')?.body as { media: { media_ids: string[] } };
  expect(post.media.media_ids).toHaveLength(2);
  expect(post.media.media_ids.every((id) => typeof id === 'string')).toBe(true);
});

it('posting the same text twice is a permanent duplicate (403)', async () => {
  const adapter = adapterFor('x', fake);
  await adapter.publish(publishRequest('x', { text: 'Same words' }));
  const err = await caught(adapter.publish(publishRequest('x', { text: 'Same words' })));
  expect(err).toBeInstanceOf(PermanentError);
  expect(err).toMatchObject({ code: 'duplicate', status: 403 });
});

it('text over 280 characters is permanent (text_too_long)', async () => {
  const err = await caught(adapterFor('x', fake).publish(publishRequest('x', { text: 'a'.repeat(281) })));
  expect(err).toMatchObject({ name: 'PermanentError', code: 'text_too_long' });
});

it('more than four images is refused before any upload', async () => {
  const err = await caught(adapterFor('x', fake).publish(publishRequest('x', { images: Array(5).fill(IMAGE) })));
  expect(err).toMatchObject({ name: 'PermanentError', code: 'too_many_images' });
  expect(fake.received).toHaveLength(0);
});

it('a 429 on an exhausted 24-hour user cap waits for that reset, not the 15-minute one', async () => {
  const nowSec = Math.floor(Date.now() / 1000);
  fake.script('x', [
    {
      kind: 'respond',
      status: 429,
      body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
      headers: {
        'x-rate-limit-reset': String(nowSec + 60),
        'x-user-limit-24hour-remaining': '0',
        'x-user-limit-24hour-reset': String(nowSec + 3600),
      },
    },
  ]);
  const err = await caught(adapterFor('x', fake, { now: () => nowSec * 1000 }).publish(publishRequest('x')));
  expect(err).toMatchObject({ name: 'RetryableError', retryAfterMs: 3_600_000 });
});
