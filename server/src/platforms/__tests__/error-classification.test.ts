import { classifyWith, fallbackByStatus, toPlatformError, type ErrorTable } from '../error-rules';
import { GRAPH_ERROR_TABLE } from '../graph-error-table';
import { LINKEDIN_ERROR_TABLE } from '../linkedin-error-table';
import { PermanentError, RetryableError } from '../platform-errors';
import { X_ERROR_TABLE } from '../x-error-table';

const graph = (code: number, subcode?: number, message = 'm') => ({
  error: { message, type: 'OAuthException', code, ...(subcode ? { error_subcode: subcode } : {}), fbtrace_id: 'A' },
});

type Row = [status: number, body: unknown, kind: 'retryable' | 'permanent', code: string];

// Bodies as documented in PLATFORM-APIS.md (Graph error-handling guide, X problem details, LinkedIn serviceErrorCode).
const GRAPH_ROWS: Row[] = [
  [400, graph(190, 460), 'permanent', 'token_invalid'],
  [400, graph(102), 'permanent', 'session_invalid'],
  [400, graph(4, undefined, '(#4) Application request limit reached'), 'retryable', 'rate_limited'],
  [400, graph(17), 'retryable', 'rate_limited'],
  [400, graph(32), 'retryable', 'rate_limited'],
  [400, graph(341), 'retryable', 'rate_limited'],
  [400, graph(613), 'retryable', 'rate_limited'],
  [400, graph(80001), 'retryable', 'rate_limited'],
  [400, graph(80014), 'retryable', 'rate_limited'],
  [400, graph(368), 'permanent', 'policy_blocked'],
  [400, graph(506), 'permanent', 'duplicate'],
  [400, graph(1609005), 'permanent', 'link_error'],
  [403, graph(10), 'permanent', 'permission_denied'],
  [403, graph(200), 'permanent', 'permission_denied'],
  [403, graph(299), 'permanent', 'permission_denied'],
  [500, graph(1), 'retryable', 'transient'],
  [500, graph(2), 'retryable', 'transient'],
  [400, graph(9, 2207042), 'retryable', 'publishing_limit'],
  [400, graph(100, 2207010), 'permanent', 'text_too_long'],
  [400, graph(100, 2207004), 'permanent', 'image_too_large'],
  [400, graph(100, 2207005), 'permanent', 'image_format_unsupported'],
  [400, graph(100, 2207009), 'permanent', 'image_aspect_ratio'],
  [400, graph(100, 36003), 'permanent', 'image_aspect_ratio'],
  [400, graph(9004, 2207003), 'retryable', 'media_fetch_failed'],
  [400, graph(9004, 2207052), 'retryable', 'media_fetch_failed'],
  [400, graph(100, 2207020), 'retryable', 'media_expired'],
  [400, graph(100, 2207050), 'permanent', 'account_restricted'],
  [400, graph(100), 'permanent', 'rejected'],
  [502, '<html>Bad Gateway</html>', 'retryable', 'server_error'],
];

const X_ROWS: Row[] = [
  [401, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' }, 'permanent', 'token_invalid'],
  [403, { detail: 'You are not allowed to create a Tweet with duplicate content.', type: 'about:blank', title: 'Forbidden', status: 403 }, 'permanent', 'duplicate'],
  [403, { detail: 'Your Tweet text is too long. For more information on how Twitter determines text length see https://github.com/twitter/twitter-text.', title: 'Forbidden', status: 403 }, 'permanent', 'text_too_long'],
  [400, { errors: [{ message: 'Your Tweet text is too long.' }], title: 'Invalid Request', type: 'https://api.twitter.com/2/problems/invalid-request' }, 'permanent', 'text_too_long'],
  [400, { errors: [{ parameters: { 'media.media_ids': ['1'] }, message: 'Your media IDs are invalid.' }], title: 'Invalid Request', detail: 'One or more parameters to your request was invalid.', type: 'https://api.twitter.com/2/problems/invalid-request' }, 'permanent', 'invalid_media'],
  [429, { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 }, 'retryable', 'rate_limited'],
  [429, { errors: [{ code: 88, message: 'Rate limit exceeded' }] }, 'retryable', 'rate_limited'],
  [429, { title: 'UsageCapExceeded', type: 'https://api.twitter.com/2/problems/usage-capped', detail: 'Usage cap exceeded' }, 'retryable', 'usage_capped'],
  [403, { title: 'Forbidden', type: 'https://api.twitter.com/2/problems/user-suspended', detail: 'suspended' }, 'permanent', 'account_suspended'],
  [403, { title: 'Forbidden', detail: 'You are not permitted to perform this action.' }, 'permanent', 'permission_denied'],
  [500, { title: 'Internal Server Error' }, 'retryable', 'server_error'],
  [503, undefined, 'retryable', 'server_error'],
];

const LINKEDIN_ROWS: Row[] = [
  [401, { serviceErrorCode: 65600, message: 'Invalid access token', status: 401 }, 'permanent', 'token_invalid'],
  [429, { serviceErrorCode: 101, message: 'Resource level throttle limit for calls to this resource is reached.', status: 429 }, 'retryable', 'rate_limited'],
  [
    422,
    {
      errorDetailType: 'com.linkedin.common.error.BadRequest',
      message: 'BadRequestResponseException: Content is a duplicate of urn:li:share:7141138937766391808',
      errorDetails: { inputErrors: [{ description: 'Duplicate post is detected', input: {}, code: 'DUPLICATE_POST' }] },
      status: 422,
    },
    'permanent',
    'duplicate',
  ],
  [
    400,
    {
      message: 'ShareCommentary text length (8694 characters) exceeded the maximum allowed (3000 characters)',
      errorDetails: { inputErrors: [{ code: 'FIELD_ARRAY_SIZE_TOO_HIGH' }] },
      status: 400,
    },
    'permanent',
    'text_too_long',
  ],
  [426, { status: 426, code: 'NONEXISTENT_VERSION', message: 'Requested version 202301 is not active' }, 'permanent', 'api_version_inactive'],
  [403, { status: 403, message: 'Not enough permissions to access: partnerApiPostsExternal.CREATE' }, 'permanent', 'permission_denied'],
  [500, { status: 500, message: 'Internal Server Error' }, 'retryable', 'server_error'],
  [504, undefined, 'retryable', 'server_error'],
];

const classifierFor =
  <P>(table: ErrorTable<P>) =>
  (body: unknown, status: number) =>
    classifyWith(table, body, status);

const tables: Array<[string, ReturnType<typeof classifierFor>, Row[]]> = [
  ['Graph (Facebook, Instagram)', classifierFor(GRAPH_ERROR_TABLE), GRAPH_ROWS],
  ['X', classifierFor(X_ERROR_TABLE), X_ROWS],
  ['LinkedIn', classifierFor(LINKEDIN_ERROR_TABLE), LINKEDIN_ROWS],
];

describe.each(tables)('%s error table', (_name, classify, rows) => {
  it.each(rows)('HTTP %i %j → %s %s', (status, body, kind, code) => {
    expect(classify(body, status)).toEqual({ kind, code });
  });
});

it('falls back on the status when no rule matches', () => {
  expect(fallbackByStatus(429).kind).toBe('retryable');
  expect(fallbackByStatus(408).kind).toBe('retryable');
  expect(fallbackByStatus(422)).toEqual({ kind: 'permanent', code: 'rejected' });
});

it('builds error instances that carry the platform, status, code, body and wait', () => {
  const now = Date.UTC(2026, 10, 27, 23, 45);
  const headers = new Headers({ 'x-business-use-case-usage': JSON.stringify({ '1': [{ estimated_time_to_regain_access: 3 }] }) });
  const limited = toPlatformError('facebook', GRAPH_ERROR_TABLE, { status: 400, headers, body: graph(80001, undefined, 'Too many calls'), now });
  expect(limited).toBeInstanceOf(RetryableError);
  expect(limited).toMatchObject({ platform: 'facebook', status: 400, code: 'rate_limited', retryAfterMs: 180_000 });
  expect(limited.message).toContain('Too many calls (code 80001)');

  const revoked = toPlatformError('x', X_ERROR_TABLE, { status: 401, headers: new Headers(), body: X_ROWS[0][1], now });
  expect(revoked).toBeInstanceOf(PermanentError);
  expect(revoked.detail).toEqual(X_ROWS[0][1]);
});

it('X: x-rate-limit-reset means "wait" only on a 429 (every answer carries it)', () => {
  const now = Date.UTC(2026, 10, 27, 23, 45);
  const headers = new Headers({ 'x-rate-limit-reset': String(now / 1000 + 600), 'x-rate-limit-remaining': '97' });
  const err = toPlatformError('x', X_ERROR_TABLE, { status: 503, headers, body: undefined, now });
  expect(err).toBeInstanceOf(RetryableError);
  expect((err as RetryableError).retryAfterMs).toBeUndefined();
});
