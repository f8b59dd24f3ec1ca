import { startFakePlatforms, type FakePlatforms } from '../../../../tests/fake-platforms';

/** The fake must refuse what the real APIs refuse, with their documented error bodies. */
let fake: FakePlatforms;
beforeAll(async () => {
  fake = await startFakePlatforms();
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

it('Facebook: no access token → Graph error 104; no message/link → 100', async () => {
  const noToken = await post(`${fake.baseUrlFor('facebook')}/1/feed`, { message: 'hi' });
  expect(noToken.status).toBe(400);
  expect(await noToken.json()).toMatchObject({ error: { code: 104, type: 'OAuthException' } });
  const empty = await post(`${fake.baseUrlFor('facebook')}/1/feed?access_token=t`, {});
  expect(await empty.json()).toMatchObject({ error: { code: 100 } });
  expect(fake.requests).toHaveLength(0);
  expect(fake.received.map((r) => r.outcome)).toEqual(['rejected', 'rejected']);
});

it('Instagram: publishing a container that is not FINISHED fails with 9007', async () => {
  const base = fake.baseUrlFor('instagram');
  const created = (await (await fetch(`${base}/9/media?image_url=https%3A%2F%2Fcdn.example.org%2Fa.jpg&access_token=t`, { method: 'POST' })).json()) as { id: string };
  const res = await fetch(`${base}/9/media_publish?creation_id=${created.id}&access_token=t`, { method: 'POST' });
  expect(await res.json()).toMatchObject({ error: { code: 9007, error_subcode: 2207027 } });
});

it('X: no bearer token → 401 problem details; unknown media ids → invalid-request', async () => {
  const noAuth = await post(`${fake.baseUrlFor('x')}/tweets`, { text: 'hi' });
  expect(noAuth.status).toBe(401);
  expect(await noAuth.json()).toEqual({ title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });
  const badMedia = await post(`${fake.baseUrlFor('x')}/tweets`, { text: 'hi', media: { media_ids: ['42'] } }, { authorization: 'Bearer t' });
  expect(badMedia.status).toBe(400);
  expect(await badMedia.json()).toMatchObject({ errors: [{ message: 'Your media IDs are invalid.' }] });
});

it('LinkedIn: missing Restli header, missing version, bad token, unknown field', async () => {
  const url = `${fake.baseUrlFor('linkedin')}/posts`;
  const auth = { authorization: 'Bearer t' };
  expect((await post(url, {}, { ...auth, 'linkedin-version': '202601' })).status).toBe(400);
  expect(await (await post(url, {}, { ...auth, 'x-restli-protocol-version': '2.0.0' })).json()).toMatchObject({ code: 'VERSION_MISSING' });
  expect(await (await post(url, {}, {})).json()).toEqual({ status: 401, serviceErrorCode: 65600, message: 'Invalid access token' });
  const typo = await post(url, { autor: 'x' }, { ...auth, 'linkedin-version': '202601', 'x-restli-protocol-version': '2.0.0' });
  expect(typo.status).toBe(422);
});

it('scripts are consumed in order and only by matching paths', async () => {
  fake.script('x', [{ kind: 'server-error', match: '/tweets' }]);
  const upload = await post(`${fake.baseUrlFor('x')}/media/upload`, { media: 'AAAA', media_category: 'tweet_image' }, { authorization: 'Bearer t' });
  expect(upload.status).toBe(200);
  expect((await post(`${fake.baseUrlFor('x')}/tweets`, { text: 'a' }, { authorization: 'Bearer t' })).status).toBe(500);
  expect((await post(`${fake.baseUrlFor('x')}/tweets`, { text: 'a' }, { authorization: 'Bearer t' })).status).toBe(201);
  expect(fake.requests.map((r) => [r.platform, r.path])).toEqual([
    ['x', '/2/media/upload'],
    ['x', '/2/tweets'],
  ]);
  expect(typeof fake.requests[0].time).toBe('number');
});
