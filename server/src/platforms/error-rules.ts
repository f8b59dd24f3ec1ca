import { PermanentError, RetryableError } from './platform-errors';
import type { PlatformName } from './types';

export interface ErrorResponse {
  status: number;
  headers: Headers;
  body: unknown;
  now: number;
}

export type ErrorKind = 'retryable' | 'permanent';

export interface ErrorRule<P> {
  code: string;
  kind: ErrorKind;
  when: (parsed: P, status: number) => boolean;
}

/** One platform's error table: the first matching rule wins, then the status fallback applies. */
export interface ErrorTable<P> {
  parse: (body: unknown) => P;
  rules: ReadonlyArray<ErrorRule<P>>;
  message: (parsed: P, status: number) => string;
  retryAfterMs: (res: ErrorResponse) => number | undefined;
}

export interface Classification {
  kind: ErrorKind;
  code: string;
}

export function fallbackByStatus(status: number): Classification {
  if (status === 429) return { kind: 'retryable', code: 'rate_limited' };
  if (status === 408) return { kind: 'retryable', code: 'request_timeout' };
  if (status >= 500) return { kind: 'retryable', code: 'server_error' };
  if (status === 401) return { kind: 'permanent', code: 'token_invalid' };
  if (status === 403) return { kind: 'permanent', code: 'permission_denied' };
  return { kind: 'permanent', code: 'rejected' };
}

export function classifyWith<P>(table: ErrorTable<P>, body: unknown, status: number): Classification {
  const parsed = table.parse(body);
  const rule = table.rules.find((r) => r.when(parsed, status));
  return rule ? { kind: rule.kind, code: rule.code } : fallbackByStatus(status);
}

export function toPlatformError<P>(
  platform: PlatformName,
  table: ErrorTable<P>,
  res: ErrorResponse,
): RetryableError | PermanentError {
  const parsed = table.parse(res.body);
  const { kind, code } = classifyWith(table, res.body, res.status);
  const init = {
    platform,
    code,
    status: res.status,
    detail: res.body,
    message: `${platform}: ${table.message(parsed, res.status)}`,
  };
  if (kind === 'permanent') return new PermanentError(init);
  return new RetryableError({ ...init, retryAfterMs: table.retryAfterMs(res) });
}

export const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

export const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
export const asNumber = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
