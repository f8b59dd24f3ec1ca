import type { IncomingHttpHeaders } from 'node:http';

export type FakePlatform = 'facebook' | 'instagram' | 'x' | 'linkedin' | 'webhook';
export const FAKE_PLATFORMS: readonly FakePlatform[] = ['facebook', 'instagram', 'x', 'linkedin', 'webhook'];

/** Substring of, or pattern for, the path after the platform prefix (query string included). */
export type PathMatch = string | RegExp;

/**
 * One scripted answer, consumed by the next request to that platform whose path matches.
 * `rate-limit` carries the platform's own reset information `resetInSeconds` ahead (X: x-rate-limit-reset,
 * Meta: X-Business-Use-Case-Usage minutes, webhook: Retry-After; LinkedIn documents none, so sends none).
 */
export type Behaviour = { match?: PathMatch } & (
  | { kind: 'rate-limit'; resetInSeconds: number }
  | { kind: 'server-error' }
  | { kind: 'revoked-token' }
  | { kind: 'duplicate' }
  | { kind: 'hang' }
  | { kind: 'drop' }
  | { kind: 'respond'; status: number; body?: unknown; headers?: Record<string, string> }
);

export type ScriptedFailure = Extract<Behaviour, { kind: 'rate-limit' | 'server-error' | 'revoked-token' | 'duplicate' }>;

export interface RecordedRequest {
  platform: FakePlatform;
  method: string;
  /** Path after the platform prefix, e.g. "/v25.0/123/feed". */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON or form body; undefined when empty; the raw bytes otherwise. */
  body: unknown;
  rawBody: Buffer;
  time: number;
  outcome: 'accepted' | 'rejected' | 'scripted';
  status?: number;
}

export interface FakeContext {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  rawBody: Buffer;
  body: unknown;
  contentType: string;
  /** http://127.0.0.1:<port> */
  origin: string;
  now: number;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A comment (Facebook, Instagram) or mention (X; parentId is the mentioned user id) seeded by a test. */
export interface SeedComment {
  parentId: string;
  text: string;
  authorId?: string;
  authorName?: string;
  createdAt?: Date;
}

export interface PlatformFake {
  handle(ctx: FakeContext): Reply;
  addComment?(comment: SeedComment): string;
  scripted(behaviour: ScriptedFailure, ctx: FakeContext): Reply;
  reset(): void;
}
