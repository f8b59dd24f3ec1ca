import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { bootStrapi, type TestStrapi } from '../helpers/boot-strapi';
import { createAdminUser, registerFirstAdmin, type AdminSession } from '../helpers/admin-users';
import { REPO_ROOT } from '../helpers/paths';
import { noisyJpeg, pixelBombPng, textPng } from '../../server/src/images/__tests__/helpers/make-images';
import { DEFAULT_PRESETS } from '../../server/src/images';

const CM = '/content-manager/collection-types';
const ASSET = 'plugin::clearpost.image-asset';
const POST = 'plugin::clearpost.post';
const FILE = 'plugin::upload.file';

let app: TestStrapi;
let admin: AdminSession;
let editor: AdminSession;
let reviewer: AdminSession;

interface RenditionEntry {
  preset: string;
  width: number;
  height: number;
  bytes: number;
  format: string;
  url: string;
  fileId: number;
}

beforeAll(async () => {
  app = await bootStrapi();
  admin = await registerFirstAdmin(app.baseUrl);
  editor = await createAdminUser(app.strapi, app.baseUrl, { email: 'editor@clearpost.test', firstname: 'Eddie', roleCodes: ['strapi-editor'] });
  reviewer = await createAdminUser(app.strapi, app.baseUrl, { email: 'reviewer@clearpost.test', firstname: 'Rita', roleCodes: ['clearpost-compliance-reviewer'] });
});

afterAll(async () => {
  if (app) {
    // The local provider writes into the repo's public/uploads; leave it as it was.
    const files = await app.strapi.db.query(FILE).findMany({});
    for (const file of files) await app.strapi.plugin('upload').service('upload').remove(file).catch(() => undefined);
  }
  await app?.destroy();
});

async function uploadAsset(session: AdminSession | null, bytes: Buffer, filename: string, fields: Record<string, string>) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/octet-stream' }), filename);
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  const res = await fetch(`${app.baseUrl}/clearpost/image-assets`, {
    method: 'POST',
    headers: session ? { authorization: `Bearer ${session.token}` } : {},
    body: form,
  });
  return { status: res.status, body: (await res.json()) as any };
}

async function assetRow(documentId: string) {
  return app.strapi.db.query(ASSET).findOne({ where: { documentId }, populate: { image: true } });
}

async function waitForProcessed(documentId: string, timeoutMs = 60_000, previousJobId?: string) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await assetRow(documentId);
    const done = row && (row.processingStatus === 'ready' || row.processingStatus === 'failed');
    if (done && row.processingJobId !== previousJobId) return row;
    if (Date.now() > deadline) throw new Error(`asset ${documentId} not processed in ${timeoutMs} ms: ${JSON.stringify(row)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const counts = async () => ({
  files: await app.strapi.db.query(FILE).count({}),
  assets: await app.strapi.db.query(ASSET).count({}),
});

describe('POST /clearpost/image-assets', () => {
  let firstAsset: { documentId: string; renditions: RenditionEntry[]; processingJobId: string };

  it('stores the upload, then renders every preset into the media library', async () => {
    // Just large enough for every default preset (x wants 1600 wide, the Instagram portrait 1350 high).
    const original = await sharp({ create: { width: 1600, height: 1350, channels: 3, background: '#6080a0' } })
      .composite([{ input: await sharp({ create: { width: 200, height: 200, channels: 3, background: '#00ff00' } }).png().toBuffer(), left: 300, top: 575 }])
      .png()
      .toBuffer();
    const res = await uploadAsset(editor, original, 'clinic-lobby.png', {
      altText: 'The bright clinic lobby with a green sculpture',
      credit: 'Jane Photographer',
      stockSource: 'Unsplash',
      licence: 'Unsplash licence',
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ processingStatus: 'pending', altText: 'The bright clinic lobby with a green sculpture', image: { width: 1600, height: 1350 } });

    const row = await waitForProcessed(res.body.data.documentId);
    expect(row.processingError).toBeNull();
    expect(row.processingStatus).toBe('ready');
    expect(row.processingProgress).toBe(100);
    expect(row.credit).toBe('Jane Photographer');

    const renditions = row.renditions as RenditionEntry[];
    expect(renditions.map((r) => r.preset).sort()).toEqual(Object.keys(DEFAULT_PRESETS).sort());
    for (const rendition of renditions) {
      const preset = DEFAULT_PRESETS[rendition.preset]!;
      expect([rendition.width, rendition.height]).toEqual([preset.width, preset.height]);
      const file = await app.strapi.db.query(FILE).findOne({ where: { id: rendition.fileId } });
      expect(file).toMatchObject({ url: rendition.url, width: preset.width, height: preset.height, mime: 'image/jpeg' });
      const onDisk = fs.readFileSync(path.join(REPO_ROOT, 'public', rendition.url));
      expect(onDisk.byteLength).toBe(rendition.bytes);
      const meta = await sharp(onDisk).metadata();
      expect([meta.width, meta.height, meta.format]).toEqual([preset.width, preset.height, 'jpeg']);
      expect(meta.exif).toBeUndefined();
    }
    firstAsset = { documentId: row.documentId, renditions, processingJobId: row.processingJobId };

    // The same image and focal point again: the deterministic job id makes it a no-op.
    const before = await counts();
    await app.strapi.plugin('clearpost').service('image-assets').enqueue(row.documentId);
    await new Promise((r) => setTimeout(r, 300));
    expect(await counts()).toEqual(before);
    expect((await assetRow(row.documentId)).processingJobId).toBe(row.processingJobId);
  });

  it('re-renders when the focal point changes in the Content Manager, and removes the old renditions', async () => {
    const { documentId, renditions: old, processingJobId } = firstAsset;
    const res = await admin.http.put(`${CM}/${ASSET}/${documentId}`, { focalX: 0.25, focalY: 0.5 });
    expect(res.status).toBe(200);
    const row = await waitForProcessed(documentId, 60_000, processingJobId);
    expect(row.processingStatus).toBe('ready');
    expect(row.processingJobId).toMatch(/focus-0\.25x0\.5$/);
    const fresh = row.renditions as RenditionEntry[];
    expect(fresh).toHaveLength(old.length);
    await waitFor('the old renditions to be removed', async () => (await app.strapi.db.query(FILE).count({ where: { id: { $in: old.map((r) => r.fileId) } } })) === 0);
    expect(await app.strapi.db.query(FILE).count({ where: { id: { $in: fresh.map((r) => r.fileId) } } })).toBe(fresh.length);
    firstAsset = { documentId, renditions: fresh, processingJobId: row.processingJobId };
  });

  it('deletes the renditions with the asset, and keeps the original in the media library', async () => {
    const { documentId, renditions } = firstAsset;
    const { image } = await assetRow(documentId);
    expect((await admin.http.del(`${CM}/${ASSET}/${documentId}`)).status).toBe(200);
    await waitFor('the renditions to be removed', async () => (await app.strapi.db.query(FILE).count({ where: { id: { $in: renditions.map((r) => r.fileId) } } })) === 0);
    expect(await app.strapi.db.query(FILE).count({ where: { id: image.id } })).toBe(1);
  });

  it.each([
    ['a truncated JPEG', async () => (await noisyJpeg(800, 600)).subarray(0, 20_000), 'cut.jpg', /corrupt or truncated/],
    ['a 30,000×30,000 PNG', async () => pixelBombPng(), 'huge.png', /image too large: 900 megapixels/],
    ['a zero-byte file', async () => Buffer.alloc(0), 'empty.jpg', /empty file/],
    [
      'an SVG with a script',
      async () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert(document.cookie)</script></svg>'),
      'logo.svg',
      /unsupported format svg/,
    ],
    ['a text file named .jpg', async () => Buffer.from('Patient list\nJ. Smith, Room 412\n'), 'photo.jpg', /not an image/],
  ])('refuses %s with a 400 and stores nothing', async (_label, make, filename, message) => {
    const before = await counts();
    const res = await uploadAsset(editor, await make(), filename, { altText: 'Something' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it('refuses missing alt text, unknown fields, half a focal point and anonymous callers, storing nothing', async () => {
    const image = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#3366aa' } }).png().toBuffer();
    const before = await counts();
    const noAlt = await uploadAsset(editor, image, 'a.png', {});
    expect(noAlt.status).toBe(400);
    expect(noAlt.body.error.message).toMatch(/altText/);
    const unknown = await uploadAsset(editor, image, 'a.png', { altText: 'x', colour: 'blue' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/colour/);
    const half = await uploadAsset(editor, image, 'a.png', { altText: 'x', focalX: '0.3' });
    expect(half.status).toBe(400);
    expect(half.body.error.message).toMatch(/focalX and focalY/);
    expect((await uploadAsset(null, image, 'a.png', { altText: 'x' })).status).toBe(401);
    expect(await counts()).toEqual(before);
  });
});

describe('text inside images', () => {
  const PHI_TEXT = 'Room 412 - J. Smith, DOB 03/14/1948';

  async function createPostWith(assetDocumentId: string) {
    const res = await editor.http.post(`${CM}/${POST}`, {
      title: 'Lobby photo',
      body: 'Our lobby got a fresh coat of paint this week. Come say hello!',
      images: { connect: [{ documentId: assetDocumentId }] },
    });
    expect(res.status).toBe(201);
    return res.body.data.documentId as string;
  }

  it('finds PHI in the picture and blocks publishing a post that shows it, approved or not', async () => {
    const uploaded = await uploadAsset(editor, await textPng(PHI_TEXT), 'whiteboard.png', { altText: 'A whiteboard in a hallway' });
    expect(uploaded.status).toBe(201);
    const phiAsset = await waitForProcessed(uploaded.body.data.documentId);
    expect(phiAsset.processingStatus).toBe('ready');
    expect(phiAsset.ocrText).toMatch(/J\. Smith/);
    const findings = phiAsset.ocrFindings as Array<{ category: string; severity: string }>;
    expect(findings.some((f) => f.category === 'phi' && f.severity === 'block')).toBe(true);

    // Not approved: the compliance block comes first, naming the image's text.
    const postId = await createPostWith(phiAsset.documentId);
    const blocked = await editor.http.post(`${CM}/${POST}/${postId}/actions/publish`, {});
    expect(blocked.status).toBe(400);
    expect(blocked.body.error.details.code).toBe('CLEARPOST_COMPLIANCE_BLOCKED');
    expect(blocked.body.error.message).toMatch(/images\.0\.imageText/);
    expect(blocked.body.error.details.findings.some((f: { field: string }) => f.field === 'images.0.imageText')).toBe(true);

    // Approved with a clean picture, then the asset's image is swapped for the whiteboard: still blocked.
    const clean = await uploadAsset(editor, await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#88aacc' } }).jpeg().toBuffer(), 'sky.jpg', {
      altText: 'A clear blue sky',
    });
    const cleanAsset = await waitForProcessed(clean.body.data.documentId);
    expect(cleanAsset.processingStatus).toBe('ready');
    const approvedPostId = await createPostWith(cleanAsset.documentId);
    expect((await editor.http.post(`/clearpost/posts/${approvedPostId}/submit`)).status).toBe(200);
    expect((await reviewer.http.post(`/clearpost/posts/${approvedPostId}/approve`)).status).toBe(200);

    const swapped = await admin.http.put(`${CM}/${ASSET}/${cleanAsset.documentId}`, { image: phiAsset.image.id });
    expect(swapped.status).toBe(200);
    const reprocessed = await waitForProcessed(cleanAsset.documentId, 60_000, cleanAsset.processingJobId);
    expect(reprocessed.ocrText).toMatch(/J\. Smith/);

    const refused = await editor.http.post(`${CM}/${POST}/${approvedPostId}/actions/publish`, {});
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.code).toBe('CLEARPOST_COMPLIANCE_BLOCKED');
    expect(refused.body.error.message).toMatch(/images\.0\.imageText/);
    expect(await app.strapi.db.query(POST).count({ where: { documentId: approvedPostId, publishedAt: { $notNull: true } } })).toBe(0);
  });

  it('blocks a post whose image text could not be read', async () => {
    const uploaded = await uploadAsset(editor, await sharp({ create: { width: 700, height: 500, channels: 3, background: '#c0a080' } }).png().toBuffer(), 'sand.png', {
      altText: 'Sand-coloured wall',
    });
    const asset = await waitForProcessed(uploaded.body.data.documentId);
    // As a failed job leaves it: no text was read.
    await app.strapi.db.query(ASSET).update({ where: { id: asset.id }, data: { processingStatus: 'failed', processingError: 'text recognition took too long', ocrText: null } });
    const postId = await createPostWith(asset.documentId);
    const res = await editor.http.post(`${CM}/${POST}/${postId}/actions/publish`, {});
    expect(res.status).toBe(400);
    expect(res.body.error.details.code).toBe('CLEARPOST_COMPLIANCE_BLOCKED');
    expect(res.body.error.message).toMatch(/text in this image could not be checked \(text recognition took too long\)/);
  });
});
