import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import IORedis from 'ioredis';
import type { Core } from '@strapi/strapi';
import { bootStrapi, type TestStrapi } from './boot-strapi';
import { DIST_DIR, REPO_ROOT } from './paths';
import type { AdminSession } from './admin-users';
import type { FakePlatforms } from '../fake-platforms';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
export const CM = '/content-manager/collection-types';
export const POST = 'plugin::clearpost.post';
export const CHANNEL = 'plugin::clearpost.channel';
export const PUBLICATION = 'plugin::clearpost.publication';
export const PLATFORMS = ['facebook', 'instagram', 'x', 'linkedin', 'webhook'] as const;

/** A unique BullMQ prefix per test file (and process), so parallel runs and other engineers never collide. */
export const uniquePrefix = (name: string) => `cp-test-${name}-${process.pid}-${Date.now().toString(36)}`;

/** A dist dir whose config/plugins.js gives the plugin `config` (same trick as plugin-config.test.ts). */
export function distWithPluginConfig(config: unknown): { dir: string; remove: () => void } {
  fs.mkdirSync(path.join(REPO_ROOT, '.tmp'), { recursive: true });
  const dir = fs.mkdtempSync(path.join(REPO_ROOT, '.tmp', 'dist-delivery-'));
  fs.cpSync(path.join(DIST_DIR, 'config'), path.join(dir, 'config'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'config', 'plugins.js'),
    `module.exports = () => (${JSON.stringify({ clearpost: { enabled: true, resolve: REPO_ROOT, config } })});\n`,
  );
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Adapters point at the local fake; a hang becomes a timeout after `timeoutMs`. */
export function fakePlatformEnv(fake: FakePlatforms, timeoutMs = 1500): Record<string, string> {
  const env: Record<string, string> = {};
  for (const platform of PLATFORMS) {
    env[`CLEARPOST_${platform.toUpperCase()}_API_URL`] = fake.baseUrlFor(platform);
    env[`CLEARPOST_${platform.toUpperCase()}_TIMEOUT_MS`] = String(timeoutMs);
  }
  return env;
}

export async function bootDeliveryStrapi(options: {
  fake: FakePlatforms;
  delivery: Record<string, unknown>;
  redis?: boolean;
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
}): Promise<TestStrapi> {
  const dist = distWithPluginConfig({ timezone: 'UTC', ...(options.redis === false ? {} : { redis: { url: REDIS_URL } }), delivery: options.delivery });
  try {
    const app = await bootStrapi({ distDir: dist.dir, env: { ...fakePlatformEnv(options.fake, options.timeoutMs), ...options.env } });
    useFakeCredentials(app.strapi, options.fake);
    return { ...app, destroy: async () => { await app.destroy(); dist.remove(); } };
  } catch (error) {
    dist.remove();
    throw error;
  }
}

/** Until the channels service decrypts real credentials: any bearer token works at the fake; webhooks sign with its secret. */
export function useFakeCredentials(strapi: Core.Strapi, fake: FakePlatforms): void {
  strapi.plugin('clearpost').service('delivery').useCredentials(async (record: { platform: string; channelDocumentId: string }) => {
    const channel = await strapi.db.query(CHANNEL as never).findOne({ where: { documentId: record.channelDocumentId } } as never);
    const accountId = (channel as { accountId?: string } | null)?.accountId ?? '';
    if (record.platform === 'webhook') return { accessToken: fake.webhookSecret, accountId, endpointUrl: fake.baseUrlFor('webhook') };
    return { accessToken: `token-${record.platform}-${accountId}`, accountId };
  });
}

/** Deletes every key under the prefix: "flushing Redis" for the part of it this test owns. */
export async function flushPrefix(prefix: string): Promise<number> {
  const redis = new IORedis(REDIS_URL);
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) deleted += await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}

/** Only the given channels are enabled afterwards, so the fallback plan picks exactly them. */
export async function replaceChannels(strapi: Core.Strapi, channels: Array<{ platform: string; accountId: string; name?: string; timezone?: string }>): Promise<string[]> {
  await strapi.db.query(CHANNEL as never).updateMany({ where: {}, data: { enabled: false } } as never);
  const now = new Date();
  const rows = channels.map((channel) => ({
    documentId: `ch${randomBytes(11).toString('hex')}`,
    name: channel.name ?? `${channel.platform} ${channel.accountId}`,
    platform: channel.platform,
    accountId: channel.accountId,
    timezone: channel.timezone ?? 'UTC',
    enabled: true,
    dailyCap: 3,
    minGapMinutes: 120,
    createdAt: now,
    updatedAt: now,
  }));
  await strapi.db.query(CHANNEL as never).createMany({ data: rows } as never);
  return rows.map((r) => r.documentId);
}

/** Create → submit → approve (by another user) → publish, the way editors do it. */
export async function publishApprovedPost(editor: AdminSession, reviewer: AdminSession, data: Record<string, unknown>): Promise<string> {
  // A keep-alive socket the server closed while the test was busy elsewhere fails before reaching it: send again.
  const create = () => editor.http.post(`${CM}/${POST}`, { title: 'Delivery test', ...data });
  const created = await create().catch(create);
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
  const { documentId } = created.body.data;
  const submitted = await editor.http.post(`/clearpost/posts/${documentId}/submit`);
  if (submitted.status !== 200) throw new Error(`submit failed: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  const approved = await reviewer.http.post(`/clearpost/posts/${documentId}/approve`);
  if (approved.status !== 200) throw new Error(`approve failed: ${approved.status} ${JSON.stringify(approved.body)}`);
  const current = await editor.http.get(`${CM}/${POST}/${documentId}`);
  const published = await editor.http.post(`${CM}/${POST}/${documentId}/actions/publish`, current.body.data);
  if (published.status !== 200) throw new Error(`publish failed: ${published.status} ${JSON.stringify(published.body)}`);
  return documentId;
}

export interface PublicationRowLike {
  documentId: string;
  platform: string;
  status: string;
  attempts: number;
  scheduledAt: string | number | Date;
  jobId: string;
  remoteId: string | null;
  lastError: string | null;
  channelDocumentId: string;
}

export async function publicationsOf(strapi: Core.Strapi, postDocumentId: string): Promise<PublicationRowLike[]> {
  return (await strapi.db.query(PUBLICATION as never).findMany({ where: { postDocumentId }, orderBy: { id: 'asc' } } as never)) as PublicationRowLike[];
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 15_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A short-lived BullMQ Queue handle on one platform's delivery queue under `prefix`. */
export async function withQueue<T>(prefix: string, platform: string, fn: (queue: import('bullmq').Queue) => Promise<T>): Promise<T> {
  const { Queue } = await import('bullmq');
  const connection = new IORedis(REDIS_URL, { maxRetriesPerRequest: null });
  const queue = new Queue(`clearpost-delivery-${platform}`, { connection, prefix });
  try {
    return await fn(queue);
  } finally {
    await queue.close();
    await connection.quit().catch(() => connection.disconnect());
  }
}
