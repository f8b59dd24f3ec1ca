import { startFakePlatforms, type FakePlatforms } from '../../../../tests/fake-platforms';
import { createLinkedInAdapter } from '../linkedin-adapter';
import { ACCOUNTS, IMAGE, PIXEL_PNG, TIMEOUT_MS, adapterFor, caught, publishRequest } from './helpers';

let fake: FakePlatforms;
beforeAll(async () => {
  fake = await startFakePlatforms();
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

const author = ACCOUNTS.linkedin;

it('publishes text to /rest/posts with versioned headers; the id comes from x-restli-id', async () => {
  const req = publishRequest('linkedin', { text: 'Flu shots (free) at #ClinicName_North' });
  const result = await adapterFor('linkedin', fake).publish(req);

  expect(fake.requests).toHaveLength(1);
  const [sent] = fake.requests;
  expect(sent).toMatchObject({ method: 'POST', path: '/rest/posts' });
  expect(sent.headers).toMatchObject({
    authorization: 'Bearer token-linkedin',
    'linkedin-version': '202601',
    'x-restli-protocol-version': '2.0.0',
    'content-type': 'application/json',
  });
  expect(sent.body).toEqual({
    author,
    commentary: 'Flu shots \\(free\\) at \\#ClinicName\\_North',
    visibility: 'PUBLIC',
    distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
    lifecycleState: 'PUBLISHED',
    isReshareDisabledByAuthor: false,
  });
  expect(result.remoteId).toMatch(/^urn:li:share:\d+$/);
  expect(result.url).toBe(`https://www.linkedin.com/feed/update/${result.remoteId}`);
});

it('uploads an image via initializeUpload + PUT and references it with alt text', async () => {
  await adapterFor('linkedin', fake).publish(publishRequest('linkedin', { images: [IMAGE] }));

  const [init, put, post] = fake.requests;
  expect(init).toMatchObject({ path: '/rest/images', query: { action: 'initializeUpload' }, body: { initializeUploadRequest: { owner: author } } });
  expect(put.method).toBe('PUT');
  expect(put.rawBody.equals(PIXEL_PNG)).toBe(true);
  expect(put.headers['content-type']).toBe('image/png');
  const content = (post.body as { content: { media: { id: string; altText: string } } }).content;
  expect(content.media).toEqual({ id: expect.stringMatching(/^urn:li:image:/), altText: IMAGE.altText });
});

it('several images go in content.multiImage', async () => {
  await adapterFor('linkedin', fake).publish(publishRequest('linkedin', { images: [IMAGE, IMAGE] }));
  const post = fake.requests.find((r) => r.path === '/rest/posts')?.body as { content: { multiImage: { images: unknown[] } } };
  expect(post.content.multiImage.images).toHaveLength(2);
});

it('commentary over 3000 characters is permanent (text_too_long)', async () => {
  const err = await caught(adapterFor('linkedin', fake).publish(publishRequest('linkedin', { text: 'a'.repeat(3001) })));
  expect(err).toMatchObject({ name: 'PermanentError', code: 'text_too_long', status: 400 });
});

it('a sunset LinkedIn-Version is permanent until the version is updated', async () => {
  const stale = createLinkedInAdapter({ baseUrl: fake.baseUrlFor('linkedin'), timeoutMs: TIMEOUT_MS, apiVersion: '202301' });
  const err = await caught(stale.publish(publishRequest('linkedin')));
  expect(err).toMatchObject({ name: 'PermanentError', code: 'api_version_inactive', status: 426 });
});

it('rejects an accountId that is not an author URN without calling LinkedIn', async () => {
  const req = publishRequest('linkedin', { credentials: { accessToken: 't', accountId: '5515715' } });
  await expect(adapterFor('linkedin', fake).publish(req)).rejects.toMatchObject({ code: 'invalid_account' });
  expect(fake.received).toHaveLength(0);
});

it('a Retry-After header, when LinkedIn sends one, wins over the midnight estimate', async () => {
  fake.script('linkedin', [{ kind: 'respond', status: 429, headers: { 'retry-after': '30' }, body: { status: 429, serviceErrorCode: 101, message: 'throttled' } }]);
  const err = await caught(adapterFor('linkedin', fake).publish(publishRequest('linkedin')));
  expect(err).toMatchObject({ name: 'RetryableError', retryAfterMs: 30_000 });
});
