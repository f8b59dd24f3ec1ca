import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Clearpost-Signature';
export const TIMESTAMP_HEADER = 'X-Clearpost-Timestamp';
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** HMAC-SHA256 over "<timestamp>.<raw body>", hex, prefixed "sha256=" (the GitHub/Stripe style receivers expect). */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export interface VerifyInput {
  secret: string;
  timestamp: string | undefined;
  body: string;
  signature: string | undefined;
  nowMs?: number;
  toleranceSeconds?: number;
}

/** For receivers: constant-time compare, and a timestamp window so a captured delivery cannot be replayed later. */
export function verifyWebhookSignature(input: VerifyInput): boolean {
  const { secret, timestamp, body, signature } = input;
  if (!timestamp || !signature || !/^\d+$/.test(timestamp)) return false;
  const ageSeconds = Math.abs((input.nowMs ?? Date.now()) / 1000 - Number(timestamp));
  if (ageSeconds > (input.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
