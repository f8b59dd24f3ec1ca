import IORedis from 'ioredis';
import sharp from 'sharp';
import { bootStrapi, type TestStrapi } from '../helpers/boot-strapi';
import { registerFirstAdmin, type AdminSession } from '../helpers/admin-users';
import { distWithPluginConfig, flushPrefix, REDIS_URL, uniquePrefix } from '../helpers/delivery-fixtures';

const ASSET = 'plugin::clearpost.image-asset';
const FILE = 'plugin::upload.file';
const prefix = uniquePrefix('images');

let app: TestStrapi;
let admin: AdminSession;
let dist: { remove: () => void };

beforeAll(async () => {
  const custom = distWithPluginConfig({ timezone: 'UTC', redis: { url: REDIS_URL }, delivery: { prefix }, ocr: { enabled: false } });
  dist = custom;
  app = await bootStrapi({ distDir: custom.dir });
  admin = await registerFirstAdmin(app.baseUrl);
});

afterAll(async () => {
  if (app) {
    const files = await app.strapi.db.query(FILE).findMany({});
    for (const file of files) await app.strapi.plugin('upload').service('upload').remove(file).catch(() => undefined);
  }
  await app?.destroy();
  dist?.remove();
  await flushPrefix(prefix);
});

async function waitForReady(documentId: string) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const row = await app.strapi.db.query(ASSET).findOne({ where: { documentId } });
    if (row?.processingStatus === 'ready' || row?.processingStatus === 'failed') return row;
    if (Date.now() > deadline) throw new Error(`asset not processed: ${JSON.stringify(row)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

describe('image processing on BullMQ (redis.url set)', () => {
  it('runs the renditions job through Redis under the plugin prefix, without OCR when it is off', async () => {
    expect(app.strapi.plugin('clearpost').service('image-assets').mode()).toBe('bullmq');
    const image = await sharp({ create: { width: 1300, height: 900, channels: 3, background: '#557799' } }).jpeg().toBuffer();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(image)]), 'harbour.jpg');
    form.append('altText', 'A calm harbour');
    form.append('focalX', '0.5');
    form.append('focalY', '0.4');
    const res = await fetch(`${app.baseUrl}/clearpost/image-assets`, { method: 'POST', headers: { authorization: `Bearer ${admin.token}` }, body: form });
    expect(res.status).toBe(201);
    const { data } = (await res.json()) as { data: { documentId: string } };

    const row = await waitForReady(data.documentId);
    expect(row.processingError).toBeNull();
    expect(row.processingStatus).toBe('ready');
    expect(row.renditions.length).toBeGreaterThan(0);
    expect(row.ocrText).toBeNull();
    const { image: original } = await app.strapi.db.query(ASSET).findOne({ where: { documentId: data.documentId }, populate: { image: true } });
    expect(row.processingJobId).toBe(`asset-${data.documentId}-file-${original.id}-focus-0.5x0.4`);

    const redis = new IORedis(REDIS_URL);
    try {
      expect((await redis.keys(`${prefix}:clearpost-image-processing:*`)).length).toBeGreaterThan(0);
    } finally {
      redis.disconnect();
    }
  });
});
