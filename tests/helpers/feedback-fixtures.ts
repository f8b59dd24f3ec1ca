import { createHmac, randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { bootStrapi, type TestStrapi } from './boot-strapi';
import { distWithPluginConfig, fakePlatformEnv } from './delivery-fixtures';
import type { AdminSession } from './admin-users';
import type { FakePlatforms } from '../fake-platforms';

export const FEEDBACK = 'plugin::clearpost.feedback';
export const WEBHOOK_SECRET = 'feedback-webhook-secret-0123456789abcdef';
export const WEBHOOK_PATH = '/api/clearpost/feedback/webhook';

/** Strapi with the feedback webhook configured and the platform adapters pointed at the local fake. */
export async function bootFeedbackStrapi(
  options: { fake?: FakePlatforms; feedback?: Record<string, unknown> } = {}
): Promise<TestStrapi> {
  const dist = distWithPluginConfig({ timezone: 'UTC', feedback: { webhookSecret: WEBHOOK_SECRET, ...options.feedback } });
  try {
    const app = await bootStrapi({ distDir: dist.dir, env: options.fake ? fakePlatformEnv(options.fake) : {} });
    return {
      ...app,
      destroy: async () => {
        await app.destroy();
        dist.remove();
      },
    };
  } catch (error) {
    dist.remove();
    throw error;
  }
}

export const nowSeconds = () => String(Math.floor(Date.now() / 1000));

/** The sender's side of the recipe in the README: HMAC-SHA256 over "<timestamp>.<raw body>". */
export const sign = (secret: string, timestamp: string, rawBody: string) =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`;

export interface Delivery {
  rawBody: string;
  timestamp: string;
  signature: string;
}

export function signedDelivery(
  body: unknown,
  { timestamp = nowSeconds(), secret = WEBHOOK_SECRET }: { timestamp?: string; secret?: string } = {}
): Delivery {
  const rawBody = JSON.stringify(body);
  return { rawBody, timestamp, signature: sign(secret, timestamp, rawBody) };
}

export async function postWebhook(baseUrl: string, delivery: Delivery): Promise<{ status: number; body: any }> {
  const res = await fetch(`${baseUrl}${WEBHOOK_PATH}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-clearpost-timestamp': delivery.timestamp,
      'x-clearpost-signature': delivery.signature,
    },
    body: delivery.rawBody,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

export const feedbackRows = (strapi: Core.Strapi, where: Record<string, unknown> = {}) =>
  strapi.db.query(FEEDBACK as never).findMany({ where, orderBy: { id: 'asc' } } as never) as Promise<Array<Record<string, any>>>;

export const uniqueId = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

/** Uploads a CSV the way the admin page does: multipart, one part named `file`. */
export async function importCsv(session: AdminSession, baseUrl: string, csv: string): Promise<{ status: number; body: any }> {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'feedback.csv');
  const res = await fetch(`${baseUrl}/clearpost/feedback/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.token}` },
    body: form,
  });
  return { status: res.status, body: await res.json() };
}

export async function auditActions(admin: AdminSession, documentId: string): Promise<string[]> {
  const res = await admin.http.get(`/clearpost/audit?documentId=${documentId}`);
  if (res.status !== 200) throw new Error(`audit read failed: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body.data as Array<{ action: string }>).map((event) => event.action);
}
