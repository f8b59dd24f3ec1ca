import { createHttpClient } from './http-client';
import { PermanentError } from './platform-errors';
import type { AdapterOptions, PlatformAdapter, PublishRequest, PublishResult } from './types';
import { WEBHOOK_ERROR_TABLE } from './webhook-error-table';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, signWebhook } from './webhook-signature';

export interface WebhookPayload {
  event: 'clearpost.publish';
  idempotencyKey: string;
  accountId: string;
  text: string;
  link?: string;
  images: Array<{ url: string; altText: string; mimeType: string }>;
  sentAt: string;
}

/**
 * Signed JSON POST for Zapier/n8n-style receivers. credentials.accessToken is the signing secret,
 * credentials.endpointUrl the target (else options.baseUrl).
 */
export function createWebhookAdapter(options: AdapterOptions): PlatformAdapter {
  const http = createHttpClient('webhook', options, WEBHOOK_ERROR_TABLE);

  async function publish(req: PublishRequest): Promise<PublishResult> {
    const target = req.credentials.endpointUrl ?? options.baseUrl;
    if (!/^https?:\/\/[^/]/.test(target)) {
      throw new PermanentError({ platform: 'webhook', code: 'invalid_endpoint', message: `webhook: no valid endpoint URL ("${target}")` });
    }
    if (!req.credentials.accessToken) {
      throw new PermanentError({ platform: 'webhook', code: 'missing_secret', message: 'webhook: a signing secret is required' });
    }
    const nowMs = http.now();
    const payload: WebhookPayload = {
      event: 'clearpost.publish',
      idempotencyKey: req.idempotencyKey,
      accountId: req.credentials.accountId,
      text: req.text,
      ...(req.link ? { link: req.link } : {}),
      images: req.images.map(({ url, altText, mimeType }) => ({ url, altText, mimeType })),
      sentAt: new Date(nowMs).toISOString(),
    };
    const body = JSON.stringify(payload);
    const timestamp = String(Math.floor(nowMs / 1000));
    const res = await http.send({
      method: 'POST',
      url: target,
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': req.idempotencyKey,
        [TIMESTAMP_HEADER]: timestamp,
        [SIGNATURE_HEADER]: signWebhook(req.credentials.accessToken, timestamp, body),
      },
      body,
      step: 'deliver',
      createsPost: true,
    });
    const answered = (res.json as { id?: unknown } | undefined)?.id;
    return { remoteId: typeof answered === 'string' && answered !== '' ? answered : req.idempotencyKey };
  }

  return { platform: 'webhook', publish };
}
