import { startFakePlatforms, type FakePlatforms } from '../../../../tests/fake-platforms';
import { PermanentError, RetryableError, UnknownOutcomeError } from '../platform-errors';
import type { SocialPlatform } from '../types';
import { HANG_TIMEOUT_MS, IMAGE, TIMEOUT_MS, adapterFor, caught, publishRequest } from './helpers';

/** The call that makes the post public, and a preparatory call that does not. */
const CASES: Array<{ platform: SocialPlatform; publishPath: string; preparePath: string; images: boolean }> = [
  { platform: 'facebook', publishPath: '/feed', preparePath: '/photos', images: false },
  { platform: 'instagram', publishPath: '/media_publish', preparePath: '/media?', images: true },
  { platform: 'x', publishPath: '/tweets', preparePath: '/media/upload', images: false },
  { platform: 'linkedin', publishPath: '/rest/posts', preparePath: 'initializeUpload', images: false },
];

let fake: FakePlatforms;
beforeAll(async () => {
  fake = await startFakePlatforms();
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

describe.each(CASES)('$platform errors from the fake', ({ platform, publishPath, preparePath, images }) => {
  const request = (withImage = images) => publishRequest(platform, { images: withImage ? [IMAGE] : [] });

  it('rate limit with the reset 120 s ahead → RetryableError with retryAfterMs ≈ the reset', async () => {
    const now = Date.now();
    fake.script(platform, [{ kind: 'rate-limit', resetInSeconds: 120, match: publishPath }]);
    const err = await caught(adapterFor(platform, fake, { now: () => now }).publish(request()));
    expect(err).toBeInstanceOf(RetryableError);
    const retry = err as RetryableError;
    expect(retry.code).toBe('rate_limited');
    if (platform === 'linkedin') {
      // LinkedIn sends no reset information; its daily limits reset at midnight UTC.
      const d = new Date(now);
      expect(retry.retryAfterMs).toBe(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1) - now);
    } else {
      // The reset is whole epoch seconds from the fake's clock, read a moment after `now`: it may cross a second.
      expect(retry.retryAfterMs).toBeGreaterThanOrEqual(119_000);
      expect(retry.retryAfterMs).toBeLessThanOrEqual(121_000);
    }
  });

  it('500 → RetryableError', async () => {
    fake.script(platform, [{ kind: 'server-error', match: publishPath }]);
    const err = await caught(adapterFor(platform, fake).publish(request()));
    expect(err).toBeInstanceOf(RetryableError);
    expect((err as RetryableError).status).toBe(500);
  });

  it('revoked token → PermanentError token_invalid', async () => {
    fake.script(platform, [{ kind: 'revoked-token' }]);
    const err = await caught(adapterFor(platform, fake).publish(request()));
    expect(err).toBeInstanceOf(PermanentError);
    expect((err as PermanentError).code).toBe('token_invalid');
  });

  it('duplicate content → PermanentError duplicate', async () => {
    fake.script(platform, [{ kind: 'duplicate', match: publishPath }]);
    const err = await caught(adapterFor(platform, fake).publish(request()));
    expect(err).toBeInstanceOf(PermanentError);
    expect((err as PermanentError).code).toBe('duplicate');
  });

  it('publish call hangs past the timeout → UnknownOutcomeError', async () => {
    fake.script(platform, [{ kind: 'hang', match: publishPath }]);
    const started = Date.now();
    const err = await caught(adapterFor(platform, fake, { timeoutMs: HANG_TIMEOUT_MS }).publish(request()));
    expect(err).toBeInstanceOf(UnknownOutcomeError);
    expect((err as UnknownOutcomeError).code).toBe('timeout');
    expect(Date.now() - started).toBeGreaterThanOrEqual(HANG_TIMEOUT_MS - 5);
    expect(fake.received.some((r) => r.path.includes(publishPath.replace('?', '')))).toBe(true);
  });

  it('connection dropped after the publish request was sent → UnknownOutcomeError', async () => {
    fake.script(platform, [{ kind: 'drop', match: publishPath }]);
    const err = await caught(adapterFor(platform, fake).publish(request()));
    expect(err).toBeInstanceOf(UnknownOutcomeError);
    expect((err as UnknownOutcomeError).code).toBe('connection_lost');
  });

  it('a preparatory call that hangs is safe to retry → RetryableError, nothing published', async () => {
    fake.script(platform, [{ kind: 'hang', match: preparePath }]);
    const err = await caught(adapterFor(platform, fake, { timeoutMs: HANG_TIMEOUT_MS }).publish(request(true)));
    expect(err).toBeInstanceOf(RetryableError);
    expect(fake.requests.some((r) => r.path.includes(publishPath))).toBe(false);
  });
});

it('a refused connection is retryable: nothing was sent', async () => {
  const closed = await startFakePlatforms();
  const baseUrl = closed.baseUrlFor('x');
  await closed.close();
  const { createXAdapter } = await import('../x-adapter');
  const err = await caught(createXAdapter({ baseUrl, timeoutMs: TIMEOUT_MS }).publish(publishRequest('x')));
  expect(err).toBeInstanceOf(RetryableError);
  expect((err as RetryableError).code).toBe('network');
});
