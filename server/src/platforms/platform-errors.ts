import type { PlatformName } from './types';

export interface PlatformErrorInit {
  platform: PlatformName;
  code: string;
  message: string;
  status?: number;
  /** The platform's own error body, kept for logs and support tickets. */
  detail?: unknown;
  cause?: unknown;
}

export abstract class PlatformError extends Error {
  readonly platform: PlatformName;
  readonly code: string;
  readonly status?: number;
  readonly detail?: unknown;

  constructor(init: PlatformErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.platform = init.platform;
    this.code = init.code;
    this.status = init.status;
    this.detail = init.detail;
  }
}

/** Worth retrying; `retryAfterMs` is set when the platform said how long to wait. */
export class RetryableError extends PlatformError {
  override readonly name = 'RetryableError';
  readonly retryAfterMs?: number;

  constructor(init: PlatformErrorInit & { retryAfterMs?: number }) {
    super(init);
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** A retry cannot fix this (revoked token, duplicate, text too long, missing permission). */
export class PermanentError extends PlatformError {
  override readonly name = 'PermanentError';
}

/** The publish request may have reached the platform: the post may exist. Check before retrying. */
export class UnknownOutcomeError extends PlatformError {
  override readonly name = 'UnknownOutcomeError';
}

export const isPlatformError = (err: unknown): err is PlatformError => err instanceof PlatformError;
