import { asNumber, asRecord, asString, type ErrorRule, type ErrorTable } from './error-rules';
import { msUntilNextUtcMidnight, retryAfterHeaderMs } from './retry-hints';

export interface LinkedInError {
  serviceErrorCode?: number;
  code?: string;
  message?: string;
  inputErrorCodes: string[];
}

const inputError = (...codes: string[]) => (e: LinkedInError) => e.inputErrorCodes.some((c) => codes.includes(c));

export const LINKEDIN_ERROR_RULES: ReadonlyArray<ErrorRule<LinkedInError>> = [
  { code: 'token_invalid', kind: 'permanent', when: (e, status) => status === 401 || e.serviceErrorCode === 65600 },
  { code: 'duplicate', kind: 'permanent', when: (e) => inputError('DUPLICATE_POST')(e) || /duplicate/i.test(e.message ?? '') },
  {
    code: 'text_too_long',
    kind: 'permanent',
    when: (e) => /exceeded the maximum allowed/i.test(e.message ?? '') || inputError('FIELD_ARRAY_SIZE_TOO_HIGH')(e),
  },
  // A sunset LinkedIn-Version header: fixing it needs a deploy, not a retry.
  { code: 'api_version_inactive', kind: 'permanent', when: (e, status) => status === 426 || e.code === 'NONEXISTENT_VERSION' },
  { code: 'rate_limited', kind: 'retryable', when: (_e, status) => status === 429 },
  { code: 'permission_denied', kind: 'permanent', when: (_e, status) => status === 403 },
];

export const LINKEDIN_ERROR_TABLE: ErrorTable<LinkedInError> = {
  parse: (body) => {
    const b = asRecord(body);
    const inputErrors = asRecord(b.errorDetails).inputErrors;
    return {
      serviceErrorCode: asNumber(b.serviceErrorCode),
      code: asString(b.code),
      message: asString(b.message),
      inputErrorCodes: (Array.isArray(inputErrors) ? inputErrors : [])
        .map((i) => asString(asRecord(i).code))
        .filter((c): c is string => c !== undefined),
    };
  },
  rules: LINKEDIN_ERROR_RULES,
  message: (e, status) =>
    `${e.message ?? `HTTP ${status}`}${e.serviceErrorCode !== undefined ? ` (serviceErrorCode ${e.serviceErrorCode})` : ''}`,
  retryAfterMs: (res) =>
    retryAfterHeaderMs(res.headers.get('retry-after'), res.now) ??
    (res.status === 429 ? msUntilNextUtcMidnight(res.now) : undefined),
};
