import { startFakePlatforms, type FakePlatforms } from '../../../../tests/fake-platforms';
import { createFacebookAdapter } from '../facebook-adapter';
import { supportsInbox } from '../inbox-types';
import { createInstagramAdapter } from '../instagram-adapter';
import { createLinkedInAdapter } from '../linkedin-adapter';
import { UnknownOutcomeError } from '../platform-errors';
import { createXAdapter } from '../x-adapter';
import { ACCOUNTS, HANG_TIMEOUT_MS, TIMEOUT_MS, caught } from './helpers';

let fake: FakePlatforms;
beforeAll(async () => {
  fake = await startFakePlatforms();
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

const hourAgo = () => new Date(Date.now() - 3_600_000);
const dayAgo = () => new Date(Date.now() - 86_400_000);
const opts = (platform: 'facebook' | 'instagram' | 'x') => ({ baseUrl: fake.baseUrlFor(platform), timeoutMs: TIMEOUT_MS });

it('Facebook: lists recent comments on our posts (following paging.next) and replies on the comment', async () => {
  const postId = `${ACCOUNTS.facebook}_77`;
  fake.addComment('facebook', { parentId: postId, text: 'too old', createdAt: dayAgo() });
  const ids = Array.from({ length: 120 }, (_, i) => fake.addComment('facebook', { parentId: postId, text: `Is it free? ${i}`, authorId: '42', authorName: 'Ann' }));
  const credentials = { accessToken: 'page-token', accountId: ACCOUNTS.facebook };
  const adapter = createFacebookAdapter(opts('facebook'));

  const comments = await adapter.listComments({ since: hourAgo(), credentials, postIds: [postId] });
  expect(comments).toHaveLength(120);
  expect(comments[0]).toEqual({ remoteId: expect.any(String), parentId: postId, text: expect.stringMatching(/^Is it free\?/), authorId: '42', authorName: 'Ann', createdAt: expect.stringMatching(/\+0000$/) });
  expect(fake.requests.filter((r) => r.path.endsWith('/comments'))).toHaveLength(2);

  const reply = await adapter.replyToComment({ commentId: ids[0], text: 'Yes, free for all patients.', credentials });
  expect(reply.remoteId).toContain(ids[0]);
  const sent = fake.requests.at(-1);
  expect(sent).toMatchObject({ method: 'POST', path: `/v25.0/${ids[0]}/comments`, query: { message: 'Yes, free for all patients.', access_token: 'page-token' } });
});

it('Instagram: lists comments on our media and replies via /{comment-id}/replies', async () => {
  const commentId = fake.addComment('instagram', { parentId: '1790001', text: 'Where is the clinic?', authorName: 'jo' });
  const adapter = createInstagramAdapter(opts('instagram'));
  const credentials = { accessToken: 'ig-token', accountId: ACCOUNTS.instagram };

  const comments = await adapter.listComments({ since: hourAgo(), credentials, postIds: ['1790001'] });
  expect(comments).toEqual([{ remoteId: commentId, parentId: '1790001', text: 'Where is the clinic?', authorName: 'jo', createdAt: expect.any(String) }]);
  expect(fake.requests[0].query.fields).toBe('id,text,timestamp,username');

  await adapter.replyToComment({ commentId, text: 'Main St 1.', credentials });
  expect(fake.requests.at(-1)).toMatchObject({ method: 'POST', path: `/v25.0/${commentId}/replies`, query: { message: 'Main St 1.' } });
});

it('X: lists mentions since a time (with the author username) and replies with reply.in_reply_to_tweet_id', async () => {
  fake.addComment('x', { parentId: ACCOUNTS.x, text: '@clinic old', createdAt: dayAgo() });
  const mention = fake.addComment('x', { parentId: ACCOUNTS.x, text: '@clinic open Sunday?', authorId: '99', authorName: 'sam' });
  const adapter = createXAdapter(opts('x'));
  const credentials = { accessToken: 'user-token', accountId: ACCOUNTS.x };

  const mentions = await adapter.listComments({ since: hourAgo(), credentials, postIds: [] });
  expect(mentions).toEqual([{ remoteId: mention, parentId: mention, text: '@clinic open Sunday?', authorId: '99', authorName: 'sam', createdAt: expect.any(String) }]);
  expect(fake.requests[0]).toMatchObject({ path: `/2/users/${ACCOUNTS.x}/mentions`, query: { max_results: '100', expansions: 'author_id' } });

  const reply = await adapter.replyToComment({ commentId: mention, text: 'Yes, 10–14h.', credentials });
  expect(fake.requests.at(-1)?.body).toEqual({ text: 'Yes, 10–14h.', reply: { in_reply_to_tweet_id: mention } });
  expect(reply.url).toBe(`https://x.com/i/web/status/${reply.remoteId}`);
});

it('a reply that times out has an unknown outcome, like a publish', async () => {
  const mention = fake.addComment('x', { parentId: ACCOUNTS.x, text: '@clinic hi' });
  fake.script('x', [{ kind: 'hang', match: '/tweets' }]);
  const err = await caught(createXAdapter({ ...opts('x'), timeoutMs: HANG_TIMEOUT_MS }).replyToComment({ commentId: mention, text: 'hello', credentials: { accessToken: 't', accountId: ACCOUNTS.x } }));
  expect(err).toBeInstanceOf(UnknownOutcomeError);
});

it('supportsInbox tells adapters with an inbox from those without', () => {
  expect(supportsInbox(createFacebookAdapter(opts('facebook')))).toBe(true);
  expect(supportsInbox(createLinkedInAdapter({ baseUrl: fake.baseUrlFor('linkedin'), timeoutMs: TIMEOUT_MS }))).toBe(false);
});
