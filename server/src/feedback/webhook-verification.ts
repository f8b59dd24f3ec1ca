import { createHmac, timingSafeEqual } from 'node:crypto';

export const FEEDBACK_SIGNATURE_HEADER = 'x-clearpost-signature';
export const FEEDBACK_TIMESTAMP_HEADER = 'x-clearpost-timestamp';
export const MAX_AGE_SECONDS = 300;
/** Clocks drift; a sender a minute ahead is fine, one from the far future is not. */
export const MAX_FUTURE_SECONDS = 60;

export type WebhookRefusal = 'missing-headers' | 'malformed-timestamp' | 'too-old' | 'from-the-future' | 'bad-signature';

export interface WebhookVerificationInput {
  secret: string;
  timestamp: string | undefined;
  signature: string | undefined;
  rawBody: string;
  nowMs: number;
}

export type WebhookVerdict = { ok: true; timestampSeconds: number } | { ok: false; reason: WebhookRefusal; message: string };

export const signFeedbackWebhook = (secret: string, timestamp: string, rawBody: string): string =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`;

const refuse = (reason: WebhookRefusal, message: string): WebhookVerdict => ({ ok: false, reason, message });

/** HMAC-SHA256 over "<timestamp>.<raw body>", compared in constant time, inside a 5-minute window. */
export function verifyFeedbackWebhook(input: WebhookVerificationInput): WebhookVerdict {
  const { secret, timestamp, signature, rawBody, nowMs } = input;
  if (!timestamp || !signature)
    return refuse('missing-headers', `Send the ${FEEDBACK_TIMESTAMP_HEADER} and ${FEEDBACK_SIGNATURE_HEADER} headers`);
  if (!/^\d{1,12}$/.test(timestamp)) return refuse('malformed-timestamp', `${FEEDBACK_TIMESTAMP_HEADER} must be Unix seconds`);
  const timestampSeconds = Number(timestamp);
  const ageSeconds = nowMs / 1000 - timestampSeconds;
  if (ageSeconds > MAX_AGE_SECONDS) return refuse('too-old', `The timestamp is more than ${MAX_AGE_SECONDS / 60} minutes old`);
  if (ageSeconds < -MAX_FUTURE_SECONDS)
    return refuse('from-the-future', 'The timestamp is in the future; check the sender clock');
  const expected = Buffer.from(signFeedbackWebhook(secret, timestamp, rawBody));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return refuse('bad-signature', 'The signature does not match the body');
  }
  return { ok: true, timestampSeconds };
}
