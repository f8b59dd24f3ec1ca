import { asRecord, asString, type ErrorRule, type ErrorTable } from './error-rules';
import { retryAfterHeaderMs } from './retry-hints';

export interface WebhookError {
  message?: string;
}

export const WEBHOOK_ERROR_RULES: ReadonlyArray<ErrorRule<WebhookError>> = [
  { code: 'endpoint_gone', kind: 'permanent', when: (_e, status) => status === 404 || status === 410 },
  { code: 'signature_rejected', kind: 'permanent', when: (_e, status) => status === 401 || status === 403 },
];

export const WEBHOOK_ERROR_TABLE: ErrorTable<WebhookError> = {
  parse: (body) => ({ message: asString(asRecord(body).message) ?? asString(asRecord(body).error) ?? asString(body) }),
  rules: WEBHOOK_ERROR_RULES,
  message: (e, status) => `receiver answered HTTP ${status}${e.message ? `: ${e.message.slice(0, 200)}` : ''}`,
  retryAfterMs: (res) => retryAfterHeaderMs(res.headers.get('retry-after'), res.now),
};
