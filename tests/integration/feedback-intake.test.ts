import type { TestStrapi } from '../helpers/boot-strapi';
import { createAdminUser, registerFirstAdmin, type AdminSession } from '../helpers/admin-users';
import {
  auditActions,
  bootFeedbackStrapi,
  FEEDBACK,
  feedbackRows,
  importCsv,
  nowSeconds,
  postWebhook,
  sign,
  signedDelivery,
  uniqueId,
  WEBHOOK_SECRET,
} from '../helpers/feedback-fixtures';

let app: TestStrapi;
let admin: AdminSession;
let editor: AdminSession;

const review = (over: Record<string, unknown> = {}) => ({
  source: 'google',
  externalId: uniqueId('g'),
  authorName: 'Pat Doe',
  rating: 1,
  text: 'Waited ninety minutes past my appointment time and nobody explained why.',
  receivedAt: '2026-11-27T09:30:00Z',
  ...over,
});

beforeAll(async () => {
  app = await bootFeedbackStrapi();
  admin = await registerFirstAdmin(app.baseUrl);
  editor = await createAdminUser(app.strapi, app.baseUrl, { email: 'editor@feedback-intake.test', roleCodes: ['strapi-editor'] });
});

afterAll(async () => {
  await app?.destroy();
});

describe('feedback webhook', () => {
  it('stores a signed delivery, triaged, and audits its arrival', async () => {
    const item = review();
    const res = await postWebhook(app.baseUrl, signedDelivery(item));
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ created: 1, duplicates: 0 });
    const [documentId] = res.body.data.documentIds;

    const shown = await editor.http.get(`/clearpost/feedback/${documentId}`);
    expect([shown.status, shown.body.error]).toEqual([200, undefined]);
    expect(shown.body.data).toMatchObject({
      source: 'google',
      externalId: item.externalId,
      authorName: 'Pat Doe',
      rating: 1,
      sentiment: 'negative',
      category: 'appointments',
      status: 'new',
      intake: 'webhook',
      canReplyOnPlatform: false,
    });
    expect(await auditActions(admin, documentId)).toEqual(['feedback-received']);
  });

  it('accepts a batch', async () => {
    const items = [
      review({ rating: 5, text: 'Lovely nurses, thank you.' }),
      review({ source: 'yelp', rating: undefined, text: 'How do I pay my bill online?' }),
    ];
    const res = await postWebhook(app.baseUrl, signedDelivery({ items }));
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ created: 2, duplicates: 0 });
    const rows = await feedbackRows(app.strapi, { externalId: { $in: items.map((i) => i.externalId) } });
    expect(rows.map((r) => [r.sentiment, r.category])).toEqual([
      ['positive', 'general'],
      ['neutral', 'billing'],
    ]);
  });

  it('refuses a bad signature, an old timestamp and a replay with 401, and stores nothing', async () => {
    const before = (await feedbackRows(app.strapi)).length;

    const tampered = signedDelivery(review());
    const badSignature = await postWebhook(app.baseUrl, {
      ...tampered,
      rawBody: tampered.rawBody.replace('Pat Doe', 'Someone Else'),
    });
    expect(badSignature.status).toBe(401);
    expect(badSignature.body.error.message).toMatch(/signature does not match/);

    const wrongSecret = await postWebhook(
      app.baseUrl,
      signedDelivery(review(), { secret: 'not-the-shared-secret-at-all-0000000' })
    );
    expect(wrongSecret.status).toBe(401);

    const sixMinutesAgo = String(Math.floor(Date.now() / 1000) - 360);
    const old = await postWebhook(app.baseUrl, signedDelivery(review(), { timestamp: sixMinutesAgo }));
    expect(old.status).toBe(401);
    expect(old.body.error.message).toMatch(/more than 5 minutes old/);

    const unsigned = await fetch(`${app.baseUrl}/api/clearpost/feedback/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(review()),
    });
    expect(unsigned.status).toBe(401);

    expect(await feedbackRows(app.strapi)).toHaveLength(before);

    const original = signedDelivery(review());
    expect((await postWebhook(app.baseUrl, original)).status).toBe(201);
    const replay = await postWebhook(app.baseUrl, original);
    expect(replay.status).toBe(401);
    expect(replay.body.error.message).toMatch(/already received \(replay\)/);
    expect(await feedbackRows(app.strapi)).toHaveLength(before + 1);
  });

  it('stores the same external id once, even when it arrives again in a new delivery', async () => {
    const item = review({ source: 'healthgrades' });
    const first = await postWebhook(app.baseUrl, signedDelivery(item));
    expect(first.status).toBe(201);
    const again = await postWebhook(app.baseUrl, signedDelivery({ items: [{ ...item, text: 'Edited text' }, item] }));
    expect(again.status).toBe(200);
    expect(again.body.data).toEqual({ created: 0, duplicates: 2, documentIds: [first.body.data.documentIds[0]] });
    const stored = await feedbackRows(app.strapi, { source: 'healthgrades', externalId: item.externalId });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.text).toBe(item.text);
    // Same external id from another source is another item.
    expect((await postWebhook(app.baseUrl, signedDelivery({ ...item, source: 'yelp' }))).status).toBe(201);
  });

  it('answers 400 naming every bad field, and stores nothing', async () => {
    const before = (await feedbackRows(app.strapi)).length;
    const res = await postWebhook(
      app.baseUrl,
      signedDelivery({ items: [review({ rating: 9, source: 'myspace', text: undefined, surprise: true })] })
    );
    expect(res.status).toBe(400);
    const message: string = res.body.error.message;
    for (const field of ['rating', 'source', 'text']) expect(message).toContain(field);
    const unknownEntry = await postWebhook(app.baseUrl, signedDelivery(review({ concernsDocumentId: 'nosuchentry' })));
    expect(unknownEntry.status).toBe(400);
    expect(unknownEntry.body.error.message).toMatch(/no directory entry nosuchentry/);
    expect(await feedbackRows(app.strapi)).toHaveLength(before);
  });
});

describe('CSV import', () => {
  it('imports all rows or none: every bad row is listed by line', async () => {
    const before = (await feedbackRows(app.strapi)).length;
    const bad = await importCsv(
      admin,
      app.baseUrl,
      [
        'source,externalId,authorName,rating,text,receivedAt',
        'google,csv-1,Sam,2,"The billing office never called back, twice",2026-11-20T10:00:00Z',
        'google,csv-2,,6,Fine,2026-11-20T10:00:00Z',
        'fax,csv-3,,,Hello,last tuesday',
      ].join('\n')
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.rowErrors.map((r: { line: number }) => r.line)).toEqual([3, 4]);
    expect(bad.body.error.message).toMatch(/line 3: rating/);
    expect(bad.body.error.message).toMatch(/line 4: .*source/);
    expect(await feedbackRows(app.strapi)).toHaveLength(before);

    const csv = [
      'source,externalId,authorName,rating,text,receivedAt',
      'google,csv-1,Sam,2,"The billing office never called back, twice",2026-11-20T10:00:00Z',
      'yelp,csv-2,,,Can I get a refill sent to my pharmacy?,2026-11-21T10:00:00Z',
    ].join('\n');
    const good = await importCsv(admin, app.baseUrl, csv);
    expect(good.status).toBe(200);
    expect(good.body.data).toMatchObject({ created: 2, duplicates: 0 });
    const again = await importCsv(admin, app.baseUrl, csv);
    expect(again.body.data).toMatchObject({ created: 0, duplicates: 2 });
    expect(await auditActions(admin, good.body.data.documentIds[1])).toEqual(['feedback-received']);
  });

  it('is not open to editors', async () => {
    const res = await importCsv(editor, app.baseUrl, 'source,externalId,text,receivedAt\ngoogle,x-1,Hi,2026-11-20T10:00:00Z');
    expect(res.status).toBe(403);
  });
});

describe('the inbox list and the Content Manager', () => {
  it('lists negative feedback first, then the oldest, with its age', async () => {
    const res = await editor.http.get('/clearpost/feedback?limit=1000');
    expect(res.status).toBe(200);
    const items: Array<{ sentiment: string; receivedAt: string; ageHours: number }> = res.body.data;
    const firstNonNegative = items.findIndex((i) => i.sentiment !== 'negative');
    expect(firstNonNegative).toBeGreaterThan(0);
    expect(items.slice(firstNonNegative).some((i) => i.sentiment === 'negative')).toBe(false);
    const negatives = items.slice(0, firstNonNegative).map((i) => Date.parse(i.receivedAt));
    expect(negatives).toEqual([...negatives].sort((a, b) => a - b));
    expect(items[0]!.ageHours).toBeGreaterThan(0);
    const filtered = await editor.http.get('/clearpost/feedback?sentiment=positive&source=google');
    expect(
      filtered.body.data.every((i: { sentiment: string; source: string }) => i.sentiment === 'positive' && i.source === 'google')
    ).toBe(true);
    expect((await editor.http.get('/clearpost/feedback?status=gone')).status).toBe(400);
  });

  it('never deletes feedback and ignores writes to its fields', async () => {
    const [row] = await feedbackRows(app.strapi);
    const cm = `/content-manager/collection-types/${FEEDBACK}`;
    const deleted = await admin.http.del(`${cm}/${row!.documentId}`);
    expect(deleted.status).toBe(403);
    expect(deleted.body.error.message).toMatch(/cannot be deleted/);
    await admin.http.put(`${cm}/${row!.documentId}`, { status: 'hidden-as-fraudulent', text: 'rewritten' });
    const [after] = await feedbackRows(app.strapi, { documentId: row!.documentId });
    expect(after).toMatchObject({ status: row!.status, text: row!.text });
    const created = await admin.http.post(cm, {
      source: 'google',
      externalId: 'cm-1',
      text: 'made up',
      receivedAt: '2026-11-01T00:00:00Z',
    });
    expect(created.status).toBe(403);
  });
});

it('signs with the documented recipe: sha256=hex(HMAC(secret, "<timestamp>.<raw body>"))', async () => {
  const rawBody = `{"source":"other","externalId":"${uniqueId('o')}","text":"Where do I park?","receivedAt":"2026-11-27T10:00:00Z"}`;
  const timestamp = nowSeconds();
  const res = await postWebhook(app.baseUrl, { rawBody, timestamp, signature: sign(WEBHOOK_SECRET, timestamp, rawBody) });
  expect(res.status).toBe(201);
});
