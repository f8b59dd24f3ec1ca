import { createHmac, timingSafeEqual } from 'node:crypto';
import { header, isRecord } from './http-io';
import type { FakeContext, PlatformFake, Reply, ScriptedFailure } from './types';

export const FAKE_WEBHOOK_SECRET = 'fake-webhook-secret';
const TOLERANCE_SECONDS = 300;

/**
 * A Zapier/n8n-style catch hook that verifies X-Clearpost-Signature = "sha256=" + hex HMAC-SHA256(secret,
 * "<X-Clearpost-Timestamp>.<raw body>"). Written independently of the adapter's signer on purpose.
 */
export function createWebhookFake(secret = FAKE_WEBHOOK_SECRET): PlatformFake {
  let nextId = 1;
  const byKey = new Map<string, string>();

  function handle(ctx: FakeContext): Reply {
    if (ctx.method !== 'POST') return { status: 405, body: { error: 'POST only' } };
    if (ctx.contentType !== 'application/json') return { status: 415, body: { error: 'Content-Type must be application/json' } };
    const timestamp = header(ctx, 'x-clearpost-timestamp') ?? '';
    const signature = header(ctx, 'x-clearpost-signature') ?? '';
    if (!/^\d+$/.test(timestamp) || Math.abs(ctx.now / 1000 - Number(timestamp)) > TOLERANCE_SECONDS) {
      return { status: 401, body: { error: 'stale or missing timestamp' } };
    }
    const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(timestamp).update('.').update(ctx.rawBody).digest('hex')}`);
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { status: 401, body: { error: 'invalid signature' } };
    const b = ctx.body;
    if (!isRecord(b) || typeof b.text !== 'string' || typeof b.idempotencyKey !== 'string' || !Array.isArray(b.images)) {
      return { status: 400, body: { error: 'payload must carry text, idempotencyKey and images' } };
    }
    const key = header(ctx, 'idempotency-key');
    if (key !== b.idempotencyKey) return { status: 400, body: { error: 'Idempotency-Key header must match the payload' } };
    const id = byKey.get(key) ?? `hook_${nextId++}`;
    byKey.set(key, id);
    return { status: 200, body: { status: 'success', id } };
  }

  function scripted(b: ScriptedFailure): Reply {
    switch (b.kind) {
      case 'rate-limit':
        return { status: 429, headers: { 'retry-after': String(b.resetInSeconds) }, body: { error: 'slow down' } };
      case 'server-error':
        return { status: 500, body: { error: 'receiver failed' } };
      case 'revoked-token':
        return { status: 401, body: { error: 'invalid signature' } };
      case 'duplicate':
        return { status: 409, body: { error: 'duplicate delivery' } };
    }
  }

  return { handle, scripted, reset: () => byKey.clear() };
}
