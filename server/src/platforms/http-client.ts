import { toPlatformError, type ErrorTable } from './error-rules';
import { RetryableError, UnknownOutcomeError } from './platform-errors';
import type { AdapterOptions, FetchLike, PlatformName } from './types';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT';
  url: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** True for the call that makes the post public: a lost answer then means an unknown outcome. */
  createsPost?: boolean;
  /** Short name of the step, for error messages ("upload image", "create post"). */
  step: string;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

export interface HttpClient {
  send(req: HttpRequest): Promise<HttpResponse>;
  now(): number;
}

// Failures that happen before any byte of the request leaves this machine.
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'ERR_INVALID_URL',
]);

function causeCode(err: unknown): string | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function createHttpClient<P>(platform: PlatformName, options: AdapterOptions, table: ErrorTable<P>): HttpClient {
  const doFetch: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const now = options.now ?? Date.now;

  const lost = (req: HttpRequest, code: string, detail: string, cause: unknown, status?: number) => {
    const message = `${platform}: ${req.step}: ${detail}`;
    return req.createsPost
      ? new UnknownOutcomeError({ platform, code, message: `${message}; the post may have been created`, status, cause })
      : new RetryableError({ platform, code, message, status, cause });
  };

  async function send(req: HttpRequest): Promise<HttpResponse> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.timeoutMs);
    try {
      let res: Response;
      try {
        res = await doFetch(req.url, { method: req.method, headers: req.headers, body: req.body, signal: controller.signal });
      } catch (err) {
        if (timedOut) throw lost(req, 'timeout', `no answer within ${options.timeoutMs} ms`, err);
        const code = causeCode(err);
        if (code !== undefined && NOT_SENT_CODES.has(code)) {
          throw new RetryableError({ platform, code: 'network', message: `${platform}: ${req.step}: ${code}`, cause: err });
        }
        throw lost(req, 'connection_lost', `connection failed (${code ?? 'unknown'})`, err);
      }
      let text: string;
      try {
        text = await res.text();
      } catch (err) {
        // A cut-off error answer is still an error answer; a cut-off success may hide a created post.
        if (res.ok) throw lost(req, timedOut ? 'timeout' : 'connection_lost', 'answer cut off', err, res.status);
        text = '';
      }
      const response = { status: res.status, headers: res.headers, text, json: parseJson(text) };
      if (!res.ok) {
        const error = toPlatformError(platform, table, { status: res.status, headers: res.headers, body: response.json, now: now() });
        error.message = `${error.message} [${req.step}]`;
        throw error;
      }
      return response;
    } finally {
      clearTimeout(timer);
    }
  }

  return { send, now };
}

/** A 2xx we cannot read: for the publishing call the post probably exists but we do not know its id. */
export function unreadableAnswer(platform: PlatformName, step: string, createsPost: boolean, body: unknown): Error {
  const init = { platform, code: 'unreadable_response', message: `${platform}: ${step}: unexpected answer`, detail: body };
  return createsPost ? new UnknownOutcomeError(init) : new RetryableError(init);
}
