import { asNumber, asRecord, asString, type ErrorRule, type ErrorTable } from './error-rules';
import { businessUseCaseWaitMs, retryAfterHeaderMs } from './retry-hints';

/** Facebook and Instagram share the Graph API error body: {"error":{"code","error_subcode","message",...}}. */
export interface GraphError {
  code?: number;
  subcode?: number;
  message?: string;
  type?: string;
}

const codeIn =
  (...codes: number[]) =>
  (e: GraphError) =>
    e.code !== undefined && codes.includes(e.code);
const codeBetween = (lo: number, hi: number) => (e: GraphError) => e.code !== undefined && e.code >= lo && e.code <= hi;
const subcodeIn =
  (...codes: number[]) =>
  (e: GraphError) =>
    e.subcode !== undefined && codes.includes(e.subcode);

// Subcodes come first: Instagram reports specific failures under generic codes.
export const GRAPH_ERROR_RULES: ReadonlyArray<ErrorRule<GraphError>> = [
  { code: 'publishing_limit', kind: 'retryable', when: subcodeIn(2207042) },
  { code: 'text_too_long', kind: 'permanent', when: subcodeIn(2207010) },
  { code: 'image_too_large', kind: 'permanent', when: subcodeIn(2207004) },
  { code: 'image_format_unsupported', kind: 'permanent', when: subcodeIn(2207005) },
  { code: 'image_aspect_ratio', kind: 'permanent', when: subcodeIn(2207009, 36003) },
  // The platform could not fetch our public image URL: often a CDN hiccup, so worth a bounded retry.
  { code: 'media_fetch_failed', kind: 'retryable', when: subcodeIn(2207003, 2207052) },
  { code: 'media_expired', kind: 'retryable', when: subcodeIn(2207020) },
  { code: 'account_restricted', kind: 'permanent', when: subcodeIn(2207050) },
  { code: 'token_invalid', kind: 'permanent', when: codeIn(190) },
  { code: 'session_invalid', kind: 'permanent', when: codeIn(102) },
  { code: 'rate_limited', kind: 'retryable', when: codeIn(4, 17, 32, 341, 613) },
  { code: 'rate_limited', kind: 'retryable', when: codeBetween(80000, 80014) },
  // A temporary policy block on a healthcare account needs a human to look, not an automatic retry.
  { code: 'policy_blocked', kind: 'permanent', when: codeIn(368) },
  { code: 'duplicate', kind: 'permanent', when: codeIn(506) },
  { code: 'link_error', kind: 'permanent', when: codeIn(1609005) },
  { code: 'permission_denied', kind: 'permanent', when: codeIn(10) },
  { code: 'permission_denied', kind: 'permanent', when: codeBetween(200, 299) },
  { code: 'transient', kind: 'retryable', when: codeIn(1, 2) },
];

export const GRAPH_ERROR_TABLE: ErrorTable<GraphError> = {
  parse: (body) => {
    const err = asRecord(asRecord(body).error);
    return {
      code: asNumber(err.code),
      subcode: asNumber(err.error_subcode),
      message: asString(err.message),
      type: asString(err.type),
    };
  },
  rules: GRAPH_ERROR_RULES,
  message: (e, status) =>
    `${e.message ?? `HTTP ${status}`}${e.code !== undefined ? ` (code ${e.code}${e.subcode ? `/${e.subcode}` : ''})` : ''}`,
  retryAfterMs: (res) =>
    businessUseCaseWaitMs(res.headers.get('x-business-use-case-usage')) ??
    retryAfterHeaderMs(res.headers.get('retry-after'), res.now),
};
