import { isRecord } from './http-io';
import type { FakeContext, Reply } from './types';

/** Graph API error body, as documented under graph-api/guides/error-handling. */
export function graphError(status: number, code: number, message: string, subcode?: number): Reply {
  return {
    status,
    body: {
      error: {
        message,
        type: code === 190 || code === 104 ? 'OAuthException' : 'GraphMethodException',
        code,
        ...(subcode !== undefined ? { error_subcode: subcode } : {}),
        fbtrace_id: `Fake${Math.random().toString(36).slice(2, 12)}`,
      },
    },
  };
}

/** Graph takes parameters from the query string, a JSON body or a form body, merged. */
export function graphParams(ctx: FakeContext): Record<string, unknown> | Reply {
  if (ctx.rawBody.length > 0 && !['application/json', 'application/x-www-form-urlencoded'].includes(ctx.contentType)) {
    return graphError(400, 100, `(#100) Unsupported Content-Type "${ctx.contentType}" for this fake`);
  }
  if (ctx.body instanceof Error) return graphError(400, 100, '(#100) Invalid JSON body');
  return { ...Object.fromEntries(ctx.query), ...(isRecord(ctx.body) ? ctx.body : {}) };
}

export const isReply = (v: unknown): v is Reply => isRecord(v) && typeof v.status === 'number';

export function graphToken(ctx: FakeContext, params: Record<string, unknown>): string | Reply {
  const auth = ctx.headers.authorization;
  const fromHeader = typeof auth === 'string' ? auth.replace(/^(OAuth|Bearer)\s+/i, '') : undefined;
  const token = typeof params.access_token === 'string' ? params.access_token : fromHeader;
  if (!token) return graphError(400, 104, 'An access token is required to request this resource.');
  return token;
}

/** `/v25.0/123/feed` → ["123", "feed"]; undefined when the version prefix is missing. */
export function graphSegments(path: string): string[] | undefined {
  const m = /^\/v\d+\.\d+\/(.+)$/.exec(path);
  return m ? m[1].split('/').map(decodeURIComponent) : undefined;
}

export const unknownPath = (path: string): Reply => graphError(400, 2500, `Unknown path components: ${path}`);

export function graphScripted(kind: 'rate-limit' | 'server-error' | 'revoked-token' | 'duplicate', opts: {
  objectId: string;
  bucType: string;
  throttleCode: number;
  resetInSeconds?: number;
}): Reply {
  switch (kind) {
    case 'rate-limit': {
      const reply = graphError(400, opts.throttleCode, `(#${opts.throttleCode}) There have been too many calls to this account. Wait a bit and try again.`);
      const usage = {
        [opts.objectId]: [
          {
            type: opts.bucType,
            call_count: 100,
            total_cputime: 12,
            total_time: 20,
            estimated_time_to_regain_access: Math.ceil((opts.resetInSeconds ?? 0) / 60),
          },
        ],
      };
      return { ...reply, headers: { 'x-business-use-case-usage': JSON.stringify(usage) } };
    }
    case 'server-error':
      return graphError(500, 1, 'An unknown error has occurred.');
    case 'revoked-token':
      return graphError(
        400,
        190,
        'Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.',
        460,
      );
    case 'duplicate':
      return graphError(400, 506, '(#506) Duplicate status message');
  }
}
