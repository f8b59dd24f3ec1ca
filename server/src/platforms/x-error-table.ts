import { asRecord, asString, type ErrorRule, type ErrorTable } from './error-rules';
import { epochSecondsResetMs, retryAfterHeaderMs } from './retry-hints';

/** X v2 errors are RFC 7807 problem details, sometimes with a v1.1-style `errors[]` array. */
export interface XError {
  title?: string;
  type?: string;
  detail?: string;
  messages: string[];
}

const mentions = (e: XError, needle: RegExp) => [e.detail ?? '', e.title ?? '', ...e.messages].some((m) => needle.test(m));
const typeIs = (suffix: string) => (e: XError) => (e.type ?? '').endsWith(suffix);

export const X_ERROR_RULES: ReadonlyArray<ErrorRule<XError>> = [
  { code: 'token_invalid', kind: 'permanent', when: (_e, status) => status === 401 },
  { code: 'duplicate', kind: 'permanent', when: (e) => mentions(e, /duplicate content/i) },
  { code: 'text_too_long', kind: 'permanent', when: (e) => mentions(e, /too long/i) },
  { code: 'account_suspended', kind: 'permanent', when: typeIs('user-suspended') },
  { code: 'usage_capped', kind: 'retryable', when: typeIs('usage-capped') },
  { code: 'rate_limited', kind: 'retryable', when: (_e, status) => status === 429 },
  { code: 'invalid_media', kind: 'permanent', when: (e) => mentions(e, /media ids? (are|is) invalid/i) },
];

/**
 * Every X answer carries x-rate-limit-* headers, so they only mean "wait" on a 429. When a 24-hour cap is
 * exhausted its own reset is the one that matters, not the 15-minute window.
 */
function xRetryAfterMs(status: number, headers: Headers, now: number): number | undefined {
  if (status !== 429) return retryAfterHeaderMs(headers.get('retry-after'), now);
  for (const scope of ['user', 'app']) {
    if (headers.get(`x-${scope}-limit-24hour-remaining`) === '0') {
      const wait = epochSecondsResetMs(headers.get(`x-${scope}-limit-24hour-reset`), now);
      if (wait !== undefined) return wait;
    }
  }
  return epochSecondsResetMs(headers.get('x-rate-limit-reset'), now) ?? retryAfterHeaderMs(headers.get('retry-after'), now);
}

export const X_ERROR_TABLE: ErrorTable<XError> = {
  parse: (body) => {
    const b = asRecord(body);
    const errors = Array.isArray(b.errors) ? b.errors : [];
    return {
      title: asString(b.title),
      type: asString(b.type),
      detail: asString(b.detail),
      messages: errors.map((e) => asString(asRecord(e).message)).filter((m): m is string => m !== undefined),
    };
  },
  rules: X_ERROR_RULES,
  message: (e, status) => [e.title ?? `HTTP ${status}`, e.detail, ...e.messages].filter(Boolean).join(': '),
  retryAfterMs: (res) => xRetryAfterMs(res.status, res.headers, res.now),
};
