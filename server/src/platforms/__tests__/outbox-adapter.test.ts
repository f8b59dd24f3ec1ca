import { createOutboxAdapter, type OutboxEntry } from '../outbox-adapter';
import { IMAGE } from './helpers';

const request = (key: string) => ({
  idempotencyKey: key,
  text: 'Flu shots are free this week',
  images: [IMAGE],
  credentials: { accessToken: 'never-recorded', accountId: 'dev-account' },
});

it('records what would be sent, without the credentials, and forwards it to the sink', async () => {
  const sunk: OutboxEntry[] = [];
  const outbox = createOutboxAdapter({ sink: (e) => void sunk.push(e), now: () => Date.UTC(2026, 10, 27, 23, 50) });
  const result = await outbox.publish(request('a'));

  expect(result).toEqual({ remoteId: 'outbox-1', url: 'outbox://outbox-1' });
  expect(outbox.entries).toEqual([
    {
      remoteId: 'outbox-1',
      idempotencyKey: 'a',
      accountId: 'dev-account',
      text: 'Flu shots are free this week',
      images: [{ url: IMAGE.url, altText: IMAGE.altText, mimeType: IMAGE.mimeType }],
      recordedAt: '2026-11-27T23:50:00.000Z',
    },
  ]);
  expect(sunk).toEqual(outbox.entries);
  expect(JSON.stringify(outbox.entries)).not.toContain('never-recorded');
});

it('is idempotent per key, like a platform that deduplicates', async () => {
  const outbox = createOutboxAdapter();
  const first = await outbox.publish(request('a'));
  expect(await outbox.publish(request('a'))).toEqual(first);
  await outbox.publish(request('b'));
  expect(outbox.entries.map((e) => e.remoteId)).toEqual(['outbox-1', 'outbox-2']);
  outbox.clear();
  expect(outbox.entries).toHaveLength(0);
});

it('a failing sink fails the publish and records nothing', async () => {
  const outbox = createOutboxAdapter({ sink: () => Promise.reject(new Error('disk full')) });
  await expect(outbox.publish(request('a'))).rejects.toThrow('disk full');
  expect(outbox.entries).toHaveLength(0);
});
