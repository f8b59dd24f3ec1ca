import fc from 'fast-check';
import { businessUseCaseWaitMs, epochSecondsResetMs, msUntilNextUtcMidnight, retryAfterHeaderMs } from '../retry-hints';

const now = Date.UTC(2026, 10, 27, 23, 45, 0);

it('Retry-After: delta-seconds and HTTP dates', () => {
  expect(retryAfterHeaderMs('120', now)).toBe(120_000);
  expect(retryAfterHeaderMs(new Date(now + 90_000).toUTCString(), now)).toBe(90_000);
  expect(retryAfterHeaderMs(new Date(now - 90_000).toUTCString(), now)).toBe(0);
  expect(retryAfterHeaderMs('soon', now)).toBeUndefined();
  expect(retryAfterHeaderMs(null, now)).toBeUndefined();
  fc.assert(fc.property(fc.nat({ max: 10 ** 7 }), (s) => retryAfterHeaderMs(String(s), now) === s * 1000));
});

it('X x-rate-limit-reset is epoch seconds', () => {
  expect(epochSecondsResetMs(String(now / 1000 + 300), now)).toBe(300_000);
  expect(epochSecondsResetMs(String(now / 1000 - 5), now)).toBe(0);
  expect(epochSecondsResetMs('abc', now)).toBeUndefined();
});

it('Meta X-Business-Use-Case-Usage: the longest estimated_time_to_regain_access, in minutes', () => {
  const header = JSON.stringify({
    '104857600123': [{ type: 'pages', call_count: 100, total_cputime: 10, total_time: 12, estimated_time_to_regain_access: 7 }],
    '555': [{ type: 'ads_management', call_count: 40, estimated_time_to_regain_access: 12 }],
  });
  expect(businessUseCaseWaitMs(header)).toBe(12 * 60_000);
  expect(businessUseCaseWaitMs(JSON.stringify({ '1': [{ estimated_time_to_regain_access: 0 }] }))).toBeUndefined();
  expect(businessUseCaseWaitMs('not json')).toBeUndefined();
  expect(businessUseCaseWaitMs(null)).toBeUndefined();
});

it('LinkedIn: time until the next midnight UTC', () => {
  expect(msUntilNextUtcMidnight(now)).toBe(15 * 60_000);
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 4 * 10 ** 12 }), (t) => {
      const wait = msUntilNextUtcMidnight(t);
      return wait > 0 && wait <= 86_400_000 && (t + wait) % 86_400_000 === 0;
    }),
  );
});
