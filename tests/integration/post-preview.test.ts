import { bootStrapi, type TestStrapi } from '../helpers/boot-strapi';
import { createAdminUser, registerFirstAdmin, type AdminSession } from '../helpers/admin-users';
import { createHttpClient } from '../helpers/http-client';

const POST = 'plugin::clearpost.post';
const ASSET = 'plugin::clearpost.image-asset';
const FILE = 'plugin::upload.file';
const PREVIEW = '/clearpost/posts/preview';
const LINK = 'https://clinic.example.org/flu-shots/2026/walk-in-hours-and-locations';

interface PlatformPreview {
  platform: string;
  text: string;
  link?: string;
  length: number;
  limit: number;
  overLimit: boolean;
  images: Array<{ url: string; width?: number; height?: number; altText: string; isRendition: boolean }>;
}

let app: TestStrapi;
let admin: AdminSession;
let editor: AdminSession;

beforeAll(async () => {
  app = await bootStrapi();
  admin = await registerFirstAdmin(app.baseUrl);
  editor = await createAdminUser(app.strapi, app.baseUrl, { email: 'editor@clearpost.test', firstname: 'Eddie', roleCodes: ['strapi-editor'] });
});

afterAll(async () => {
  await app?.destroy();
});

async function preview(session: AdminSession, body: Record<string, unknown>) {
  const res = await session.http.post(PREVIEW, body);
  expect(res.status).toBe(200);
  const platforms = res.body.data.platforms as PlatformPreview[];
  return Object.fromEntries(platforms.map((p) => [p.platform, p])) as Record<string, PlatformPreview>;
}

describe('POST /clearpost/posts/preview', () => {
  it('shows each platform its variant or the body, with the link where delivery puts it', async () => {
    const byPlatform = await preview(editor, {
      body: 'Flu shots are available at all three clinics this month.\nWalk-ins welcome.',
      link: LINK,
      variants: [{ platform: 'x', text: 'Flu shots at all three clinics. Walk in!' }],
    });
    // Targeting "let analytics choose": all four social platforms.
    expect(Object.keys(byPlatform).sort()).toEqual(['facebook', 'instagram', 'linkedin', 'x']);
    expect(byPlatform.x.text).toBe(`Flu shots at all three clinics. Walk in!\n\n${LINK}`);
    expect(byPlatform.instagram.text).toBe(`Flu shots are available at all three clinics this month.\nWalk-ins welcome.\n\n${LINK}`);
    expect(byPlatform.linkedin.text).toBe(byPlatform.instagram.text);
    // Without photos Facebook gets the link in its own field (a link card), not in the message.
    expect(byPlatform.facebook.text).toBe('Flu shots are available at all three clinics this month.\nWalk-ins welcome.');
    expect(byPlatform.facebook.link).toBe(LINK);
    expect(byPlatform.x.images).toEqual([]);
  });

  it('counts X the way X does (a URL counts 23) against the limit, and flags an over-long text', async () => {
    const variant = 'Flu shots at all three clinics. Walk in!';
    const byPlatform = await preview(editor, { body: 'Flu shots.', link: LINK, variants: [{ platform: 'x', text: variant }] });
    expect(byPlatform.x.length).toBe(variant.length + 2 + 23);
    expect(byPlatform.x).toMatchObject({ limit: 280, overLimit: false });
    // Plain characters elsewhere: the whole URL counts.
    expect(byPlatform.linkedin.length).toBe('Flu shots.'.length + 2 + LINK.length);

    const long = 'Our clinics are open late this week. '.repeat(8).trim();
    const over = await preview(editor, { body: long, targeting: 'selected-platforms', targetPlatforms: ['x', 'linkedin'] });
    expect(Object.keys(over).sort()).toEqual(['linkedin', 'x']);
    expect(over.x.length).toBe(long.length);
    expect(over.x).toMatchObject({ limit: 280, overLimit: true });
    expect(over.linkedin).toMatchObject({ limit: 3000, overLimit: false });
  });

  it('uses the limits from the settings', async () => {
    const put = await admin.http.put('/clearpost/settings', { compliance: { platformLimits: { linkedin: 50 } } });
    expect(put.status).toBe(200);
    try {
      const body = 'Flu shots are available at all three clinics this month.';
      const byPlatform = await preview(editor, { body, targeting: 'selected-platforms', targetPlatforms: ['linkedin'] });
      expect(byPlatform.linkedin).toMatchObject({ length: body.length, limit: 50, overLimit: true });
      expect(body.length).toBeGreaterThan(50);
    } finally {
      await admin.http.put('/clearpost/settings', {});
    }
  });

  it("shows the saved post's images: the platform's rendition when one exists, else the original", async () => {
    const file = await app.strapi.db.query(FILE).create({
      data: { name: 'lobby.jpg', hash: 'lobby_preview', ext: '.jpg', mime: 'image/jpeg', size: 12.3, width: 2000, height: 1500, url: '/uploads/lobby_preview.jpg', provider: 'local' },
    });
    const asset = await app.strapi.documents(ASSET).create({ data: { name: 'Lobby', altText: 'The clinic lobby with its blue chairs', image: file.id } as never });
    // The pipeline's stored shape (asset-processing/rendition-files), written directly: no image job needed here.
    await app.strapi.db.query(ASSET).updateMany({
      where: { documentId: asset.documentId },
      data: {
        processingStatus: 'ready',
        renditions: [
          { preset: 'instagram-square', platform: 'instagram', width: 1080, height: 1080, bytes: 1000, format: 'jpeg', url: '/uploads/lobby-instagram-square.jpg', fileId: 9001 },
          { preset: 'instagram-portrait', platform: 'instagram', width: 1080, height: 1350, bytes: 1000, format: 'jpeg', url: '/uploads/lobby-instagram-portrait.jpg', fileId: 9002 },
          { preset: 'x', platform: 'x', width: 1600, height: 900, bytes: 1000, format: 'jpeg', url: '/uploads/lobby-x.jpg', fileId: 9003 },
        ],
      },
    });
    const post = await app.strapi.documents(POST).create({
      data: { title: 'Lobby post', body: 'Our new lobby is open.', images: { connect: [{ documentId: asset.documentId }] } } as never,
    });

    const byPlatform = await preview(editor, { documentId: post.documentId, body: 'Our renovated lobby is open.', link: LINK });
    expect(byPlatform.x.images).toEqual([{ url: '/uploads/lobby-x.jpg', width: 1600, height: 900, altText: 'The clinic lobby with its blue chairs', isRendition: true }]);
    expect(byPlatform.instagram.images[0]).toMatchObject({ url: '/uploads/lobby-instagram-square.jpg', width: 1080, height: 1080, isRendition: true });
    expect(byPlatform.linkedin.images).toEqual([{ url: '/uploads/lobby_preview.jpg', width: 2000, height: 1500, altText: 'The clinic lobby with its blue chairs', isRendition: false }]);
    // The form's unsaved text wins; with a photo attached Facebook carries the link in the message.
    expect(byPlatform.facebook.text).toBe(`Our renovated lobby is open.\n\n${LINK}`);
    expect(byPlatform.facebook.link).toBeUndefined();

    // A new post (no documentId) has no images yet.
    const unsaved = await preview(editor, { body: 'Our renovated lobby is open.' });
    expect(unsaved.x.images).toEqual([]);
  });

  it('rejects an unknown key or a bad platform with a 400 naming the field', async () => {
    const unknown = await editor.http.post(PREVIEW, { body: 'Hello', colour: 'red' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/Invalid preview request/);
    expect(unknown.body.error.message).toMatch(/colour/);

    const badPlatform = await editor.http.post(PREVIEW, { body: 'Hello', variants: [{ platform: 'myspace', text: 'Hi' }] });
    expect(badPlatform.status).toBe(400);
    expect(badPlatform.body.error.details.errors[0].path).toEqual(['variants', '0', 'platform']);

    const noBody = await editor.http.post(PREVIEW, {});
    expect(noBody.status).toBe(400);
    expect(noBody.body.error.message).toMatch(/body/);
  });

  it('refuses an admin without the compliance check permission (403) and an anonymous caller (401)', async () => {
    await app.strapi.db.query('admin::role').create({ data: { name: 'Viewer', code: 'clearpost-test-viewer', description: 'No Clearpost permissions' } });
    const viewer = await createAdminUser(app.strapi, app.baseUrl, { email: 'viewer@clearpost.test', roleCodes: ['clearpost-test-viewer'] });
    const refused = await viewer.http.post(PREVIEW, { body: 'Hello' });
    expect(refused.status).toBe(403);

    const anonymous = await createHttpClient(app.baseUrl).post(PREVIEW, { body: 'Hello' });
    expect(anonymous.status).toBe(401);
  });
});
