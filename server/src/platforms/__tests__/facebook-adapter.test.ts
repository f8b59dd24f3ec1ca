import { startFakePlatforms, type FakePlatforms } from '../../../../tests/fake-platforms';
import { PermanentError } from '../platform-errors';
import { ACCOUNTS, IMAGE, adapterFor, caught, publishRequest } from './helpers';

let fake: FakePlatforms;
beforeAll(async () => {
  fake = await startFakePlatforms();
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

const page = ACCOUNTS.facebook;

it('publishes text with a link to /{page-id}/feed with the page token as access_token', async () => {
  const req = publishRequest('facebook', { link: 'https://clinic.example.org/flu' });
  const result = await adapterFor('facebook', fake).publish(req);

  expect(result.remoteId).toMatch(new RegExp(`^${page}_\\d+$`));
  expect(result.url).toBe(`https://www.facebook.com/${result.remoteId}`);
  expect(fake.requests).toHaveLength(1);
  const [sent] = fake.requests;
  expect(sent).toMatchObject({ method: 'POST', path: `/v25.0/${page}/feed`, query: { access_token: 'token-facebook' } });
  expect(sent.headers['content-type']).toBe('application/json');
  expect(sent.body).toEqual({ message: req.text, link: 'https://clinic.example.org/flu' });
});

it('publishes text with images: unpublished photos, then a feed post attaching them', async () => {
  const second = { ...IMAGE, url: 'https://cdn.example.org/clinic/team.png', altText: 'Our vaccination team' };
  const req = publishRequest('facebook', { images: [IMAGE, second], link: 'https://clinic.example.org/flu' });
  const result = await adapterFor('facebook', fake).publish(req);

  expect(fake.requests.map((r) => r.path)).toEqual([`/v25.0/${page}/photos`, `/v25.0/${page}/photos`, `/v25.0/${page}/feed`]);
  expect(fake.requests[0].body).toEqual({ url: IMAGE.url, published: false, alt_text_custom: IMAGE.altText });
  const feed = fake.requests[2].body as { message: string; attached_media: Array<{ media_fbid: string }> };
  expect(feed.message).toBe(`${req.text}\n\nhttps://clinic.example.org/flu`);
  expect(feed.attached_media).toHaveLength(2);
  expect(feed.attached_media.every((m) => typeof m.media_fbid === 'string')).toBe(true);
  expect(result.remoteId).toMatch(new RegExp(`^${page}_`));
});

it('the same message twice is rejected by Graph as a duplicate (code 506)', async () => {
  const adapter = adapterFor('facebook', fake);
  await adapter.publish(publishRequest('facebook', { text: 'Same words' }));
  const err = await caught(adapter.publish(publishRequest('facebook', { text: 'Same words' })));
  expect(err).toBeInstanceOf(PermanentError);
  expect(err).toMatchObject({ code: 'duplicate', status: 400 });
});

it('a permission error (code 200) is permanent', async () => {
  fake.script('facebook', [
    { kind: 'respond', status: 403, body: { error: { message: '(#200) Requires pages_manage_posts permission', type: 'OAuthException', code: 200, fbtrace_id: 'x' } } },
  ]);
  const err = await caught(adapterFor('facebook', fake).publish(publishRequest('facebook')));
  expect(err).toMatchObject({ name: 'PermanentError', code: 'permission_denied' });
  expect((err as Error).message).toContain('pages_manage_posts');
});
