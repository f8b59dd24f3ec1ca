import { PermanentError, RetryableError, UnknownOutcomeError, type PlatformAdapter, type PublishRequest } from '../../platforms';
import { publicationJobId } from '../../queue/job-id';
import { MemoryPublicationStore } from '../memory-publication-store';
import { createPublicationProcessor } from '../publication-processor';
import { retryDelayMs } from '../retry-policy';

const HASH = 'a'.repeat(64);

function setup(behaviour: (req: PublishRequest) => Promise<{ remoteId: string }>, maxAttempts = 3) {
  const store = new MemoryPublicationStore();
  const sent: PublishRequest[] = [];
  const adapter: PlatformAdapter = {
    platform: 'webhook',
    publish: async (req) => {
      sent.push(req);
      return behaviour(req);
    },
  };
  store.add({
    documentId: 'pub1',
    postDocumentId: 'post1',
    channelDocumentId: 'ch1',
    platform: 'webhook',
    scheduledAt: new Date(0),
    status: 'scheduled',
    attempts: 0,
    contentHash: HASH,
    jobId: publicationJobId('pub1', HASH),
    payload: { text: 'Hello', link: 'https://example.org', images: [] },
    publishingStartedAt: null,
  });
  const process = createPublicationProcessor({
    store,
    adapterFor: () => adapter,
    credentialsFor: async () => ({ accessToken: 't', accountId: 'a' }),
    policy: { maxAttempts, backoffMs: 100 },
  });
  return { store, sent, process, row: () => store.rows.get('pub1')! };
}

const err = { platform: 'webhook' as const, code: 'x', message: 'boom' };

describe('publication processor', () => {
  it('publishes once; a second run of the same job does nothing', async () => {
    const { process, sent, row } = setup(async () => ({ remoteId: 'r1' }));
    expect(await process('pub1', HASH)).toEqual({ kind: 'published', remoteId: 'r1' });
    expect(await process('pub1', HASH)).toEqual({ kind: 'skipped' });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ idempotencyKey: 'pub-pub1-aaaaaaaaaaaaaaaa', text: 'Hello', link: 'https://example.org' });
    expect(row()).toMatchObject({ status: 'published', attempts: 1, remoteId: 'r1' });
  });

  it('lets exactly one of two concurrent runs send', async () => {
    const { process, sent } = setup(async () => ({ remoteId: 'r1' }));
    const outcomes = await Promise.all([process('pub1', HASH), process('pub1', HASH)]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['published', 'skipped']);
    expect(sent).toHaveLength(1);
  });

  it('ignores a job whose content hash is not the publication’s', async () => {
    const { process, sent } = setup(async () => ({ remoteId: 'r1' }));
    expect(await process('pub1', 'b'.repeat(64))).toEqual({ kind: 'skipped' });
    expect(sent).toHaveLength(0);
  });

  it('waits as long as the platform says, then gives up after maxAttempts', async () => {
    const { process, row } = setup(async () => {
      throw new RetryableError({ ...err, retryAfterMs: 2000 });
    }, 2);
    expect(await process('pub1', HASH)).toMatchObject({ kind: 'retry', delayMs: 2000 });
    expect(row().status).toBe('queued');
    expect(await process('pub1', HASH)).toMatchObject({ kind: 'failed', error: expect.stringMatching(/gave up after 2 attempts/) });
    expect(row().status).toBe('failed');
  });

  it('fails a permanent error and marks an unknown outcome unknown, neither retried', async () => {
    const permanent = setup(async () => {
      throw new PermanentError({ ...err, code: 'revoked_token', status: 401 });
    });
    expect(await permanent.process('pub1', HASH)).toMatchObject({ kind: 'failed', error: expect.stringMatching(/revoked_token \(HTTP 401\)/) });
    const unknown = setup(async () => {
      throw new UnknownOutcomeError(err);
    });
    expect(await unknown.process('pub1', HASH)).toMatchObject({ kind: 'unknown' });
    expect(unknown.row().status).toBe('unknown');
    expect(await unknown.process('pub1', HASH)).toEqual({ kind: 'skipped' });
  });
});

describe('retry delay and job ids', () => {
  it('backs off exponentially with jitter when the platform gives no time', () => {
    const e = new RetryableError(err);
    expect(retryDelayMs(e, 1, { maxAttempts: 5, backoffMs: 1000 }, () => 0.5)).toBe(1000);
    expect(retryDelayMs(e, 3, { maxAttempts: 5, backoffMs: 1000 }, () => 0.5)).toBe(4000);
    expect(retryDelayMs(e, 3, { maxAttempts: 5, backoffMs: 1000 }, () => 0)).toBe(3200);
  });

  it('makes BullMQ-safe deterministic job ids', () => {
    expect(publicationJobId('abc123', HASH)).toBe(publicationJobId('abc123', HASH));
    expect(publicationJobId('abc123', HASH)).not.toMatch(/:/);
    expect(() => publicationJobId('a:b', HASH)).toThrow();
    expect(publicationJobId('123', HASH)).not.toMatch(/^\d+$/);
  });
});
