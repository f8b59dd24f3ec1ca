import { bootStrapi, type TestStrapi } from '../helpers/boot-strapi';
import { createAdminUser, registerFirstAdmin, type AdminSession } from '../helpers/admin-users';
import { createHttpClient } from '../helpers/http-client';
import { hashEvent, payloadOf } from '../../server/src/audit/audit-chain';

const CM = '/content-manager/collection-types';
const POST = 'plugin::clearpost.post';
const TEMPLATE = 'plugin::clearpost.reply-template';
const ENTRY = 'plugin::clearpost.directory-entry';

let app: TestStrapi;
let admin: AdminSession;
let editor: AdminSession;
let reviewer: AdminSession;

beforeAll(async () => {
  app = await bootStrapi();
  admin = await registerFirstAdmin(app.baseUrl);
  editor = await createAdminUser(app.strapi, app.baseUrl, {
    email: 'editor@clearpost.test',
    firstname: 'Eddie',
    roleCodes: ['strapi-editor'],
  });
  reviewer = await createAdminUser(app.strapi, app.baseUrl, {
    email: 'reviewer@clearpost.test',
    firstname: 'Rita',
    roleCodes: ['clearpost-compliance-reviewer'],
  });
  await admin.http.post(`${CM}/${ENTRY}`, { kind: 'department', name: 'Billing', phone: '(555) 201-4200' });
  await admin.http.post(`${CM}/${ENTRY}`, { kind: 'person', name: 'Dr. Maria Alvarez', title: 'Medical Director' });
});

afterAll(async () => {
  await app?.destroy();
});

async function createPost(session: AdminSession, data: Record<string, unknown>) {
  const res = await session.http.post(`${CM}/${POST}`, { title: 'Test post', ...data });
  expect(res.status).toBe(201);
  return res.body.data as { documentId: string } & Record<string, unknown>;
}

async function publish(session: AdminSession, uid: string, document: Record<string, unknown>) {
  return session.http.post(`${CM}/${uid}/${document.documentId}/actions/publish`, document);
}

async function isPublished(uid: string, documentId: string) {
  return (await app.strapi.db.query(uid as typeof POST).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;
}

async function auditActions(documentId: string): Promise<string[]> {
  // Records of a refused publish are written once its transaction has rolled back.
  for (let i = 0; i < 20; i += 1) {
    const res = await admin.http.get(`/clearpost/audit?documentId=${documentId}`);
    const actions = res.body.data.map((e: { action: string }) => e.action);
    if (actions.length > 0 || i === 19) return actions;
    await new Promise((r) => setTimeout(r, 50));
  }
  return [];
}

describe('the publish gate', () => {
  it('blocks a post with a patient name and a diagnosis, with the findings, and publishes nothing', async () => {
    const post = await createPost(editor, {
      body: 'Wishing a speedy recovery to our patient John Carter in room 412, who was diagnosed with pneumonia last Tuesday.',
    });
    const res = await publish(editor, POST, post);
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.message).toMatch(/Publishing blocked/);
    expect(res.body.error.details.code).toBe('CLEARPOST_COMPLIANCE_BLOCKED');
    const types = res.body.error.details.findings.map((f: { category: string; type: string }) => `${f.category}:${f.type}`);
    expect(types).toEqual(expect.arrayContaining(['phi:name']));
    expect(types.some((t: string) => t === 'phi:diagnosis' || t === 'phi:location' || t === 'phi:date')).toBe(true);
    expect(await isPublished(POST, post.documentId)).toBe(false);
    expect(await auditActions(post.documentId)).toContain('publish-blocked');
  });

  it('runs the gate when publish is called on the document service directly', async () => {
    const post = await createPost(editor, { body: 'Get well soon, Jane Morrow! Your biopsy results looked great.' });
    await expect(app.strapi.documents(POST).publish({ documentId: post.documentId })).rejects.toMatchObject({
      details: { code: 'CLEARPOST_COMPLIANCE_BLOCKED' },
    });
    expect(await isPublished(POST, post.documentId)).toBe(false);
  });

  it('refuses a clean post that was never approved', async () => {
    const post = await createPost(editor, { body: 'Flu shots are available at all three clinics this month. Walk-ins welcome.' });
    const res = await publish(editor, POST, post);
    expect(res.status).toBe(400);
    expect(res.body.error.details.code).toBe('CLEARPOST_NOT_APPROVED');
    expect(await isPublished(POST, post.documentId)).toBe(false);
  });

  it('submit → approve by a reviewer → publish; an edit after approval makes the approval stale', async () => {
    const post = await createPost(editor, {
      body: 'Our new pediatric wing opens on Monday. Come see the mural our community painted!',
    });
    const submitted = await editor.http.post(`/clearpost/posts/${post.documentId}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body.data.reviewStatus).toBe('in-review');

    const approved = await reviewer.http.post(`/clearpost/posts/${post.documentId}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body.data.contentHash).toMatch(/^[0-9a-f]{64}$/);

    const current = await editor.http.get(`${CM}/${POST}/${post.documentId}`);
    const published = await publish(editor, POST, current.body.data);
    expect(published.status).toBe(200);
    expect(await isPublished(POST, post.documentId)).toBe(true);
    const stored = await app.strapi.db
      .query(POST)
      .findOne({ where: { documentId: post.documentId, publishedAt: { $notNull: true } } });
    expect(stored.complianceReport).toMatchObject({ verdict: 'pass', engineVersion: expect.any(String) });

    const edited = {
      ...current.body.data,
      body: 'Our new pediatric wing opens on Tuesday. Come see the mural our community painted!',
    };
    const stale = await publish(editor, POST, edited);
    expect(stale.status).toBe(400);
    expect(stale.body.error.details.code).toBe('CLEARPOST_APPROVAL_STALE');
    const live = await app.strapi.documents(POST).findOne({ documentId: post.documentId, status: 'published' });
    expect(live?.body).toMatch(/on Monday/);
    await new Promise((r) => setTimeout(r, 100));
    const draft = await app.strapi.db.query(POST).findOne({ where: { documentId: post.documentId, publishedAt: null } });
    expect(draft.reviewStatus).toBe('in-review');
    expect(await auditActions(post.documentId)).toEqual(
      expect.arrayContaining(['submit', 'approve', 'publish', 'publish-blocked'])
    );
  });

  it('judges the very draft Strapi copies: the draft is read once per publish, not once by the gate and again by Strapi', async () => {
    const post = await createPost(editor, { body: 'Our Oak Hill clinic now opens at 7am on weekdays for early lab draws.' });
    expect((await editor.http.post(`/clearpost/posts/${post.documentId}/submit`)).status).toBe(200);
    expect((await reviewer.http.post(`/clearpost/posts/${post.documentId}/approve`)).status).toBe(200);
    const draftReads: string[] = [];
    const listener = (query: { sql: string }) => {
      if (/from `clearpost_posts`/.test(query.sql) && /`published_at` is null/.test(query.sql)) draftReads.push(query.sql);
    };
    const connection = app.strapi.db.connection as unknown as {
      on: (e: string, f: typeof listener) => void;
      off: (e: string, f: typeof listener) => void;
    };
    connection.on('query', listener);
    try {
      await app.strapi.documents(POST).publish({ documentId: post.documentId });
    } finally {
      connection.off('query', listener);
    }
    expect(draftReads).toHaveLength(1);
    expect(await isPublished(POST, post.documentId)).toBe(true);
    expect(await auditActions(post.documentId)).toContain('publish');
  });

  it('lets nobody approve their own post, and no editor approve at all', async () => {
    const own = await createPost(admin, { body: 'Join our free diabetes prevention class every Thursday evening.' });
    await admin.http.post(`/clearpost/posts/${own.documentId}/submit`);
    const self = await admin.http.post(`/clearpost/posts/${own.documentId}/approve`);
    expect(self.status).toBe(403);
    expect(self.body.error.message).toMatch(/another reviewer has to approve it/);

    const byEditor = await editor.http.post(`/clearpost/posts/${own.documentId}/approve`);
    expect(byEditor.status).toBe(403);

    const anonymous = await createHttpClient(app.baseUrl).post(`/clearpost/posts/${own.documentId}/approve`);
    expect(anonymous.status).toBe(401);
  });

  it('requests changes with a comment, and refuses an empty one', async () => {
    const post = await createPost(editor, { body: 'Our lobby café now serves more fresh fruit and salads.' });
    await editor.http.post(`/clearpost/posts/${post.documentId}/submit`);
    const empty = await reviewer.http.post(`/clearpost/posts/${post.documentId}/request-changes`, { comment: '' });
    expect(empty.status).toBe(400);
    const res = await reviewer.http.post(`/clearpost/posts/${post.documentId}/request-changes`, {
      comment: 'Please add the café opening hours.',
    });
    expect(res.status).toBe(200);
    expect(res.body.data.reviewStatus).toBe('changes-requested');
  });

  it('never lets a reviewer override a finding that names a person', async () => {
    const post = await createPost(editor, { body: 'Congratulations to Peter Novak on finishing chemotherapy!' });
    const report = await editor.http.post(`/clearpost/posts/${post.documentId}/submit`);
    const name = report.body.data.report.findings.find((f: { type: string }) => f.type === 'name');
    expect(name).toBeDefined();
    const res = await reviewer.http.post(`/clearpost/posts/${post.documentId}/overrides`, {
      field: name.field,
      category: name.category,
      type: name.type,
      text: name.text,
      justification: 'He asked us to share this and signed a consent form.',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.code).toBe('CLEARPOST_OVERRIDE_NOT_ALLOWED');
    const short = await reviewer.http.post(`/clearpost/posts/${post.documentId}/overrides`, { ...name, justification: 'ok' });
    expect(short.status).toBe(400);
  });
});

describe('reply templates', () => {
  it('cannot be published without a routing contact', async () => {
    const created = await admin.http.post(`${CM}/${TEMPLATE}`, {
      name: 'No route',
      category: 'general',
      body: 'Thanks for reaching out! We appreciate your feedback.',
    });
    expect(created.status).toBe(201);
    const res = await publish(admin, TEMPLATE, created.body.data);
    expect(res.status).toBe(400);
    expect(res.body.error.details.code).toBe('CLEARPOST_COMPLIANCE_BLOCKED');
    expect(await isPublished(TEMPLATE, created.body.data.documentId)).toBe(false);
  });

  it('cannot be published with medical advice', async () => {
    const created = await admin.http.post(`${CM}/${TEMPLATE}`, {
      name: 'Advice',
      category: 'prescriptions',
      body: 'You should double your dose of ibuprofen until the pain stops. Questions? Call {{department}} at {{phone}}.',
    });
    const res = await publish(admin, TEMPLATE, created.body.data);
    expect(res.status).toBe(400);
    const categories = res.body.error.details.findings.map((f: { category: string }) => f.category);
    expect(categories).toContain('medical-advice');
  });

  it('publishes a routing template with known placeholders', async () => {
    const created = await admin.http.post(`${CM}/${TEMPLATE}`, {
      name: 'Billing questions',
      category: 'billing',
      body: 'Thanks for asking! Our {{department}} team can help with that: please call {{phone}} on weekdays.',
    });
    const res = await publish(admin, TEMPLATE, created.body.data);
    expect(res.status).toBe(200);
  });
});

describe('live check', () => {
  it('returns the engine report for a text', async () => {
    const res = await editor.http.post('/clearpost/compliance/check', {
      text: 'Call John at 555-867-5309 about his MRI.',
      kind: 'post',
    });
    expect(res.status).toBe(200);
    expect(res.body.verdict).toBe('block');
    expect(res.body.findings.length).toBeGreaterThan(0);
  });

  it('rejects unknown keys with a 400 naming them', async () => {
    const res = await editor.http.post('/clearpost/compliance/check', { text: 'hello', kind: 'post', colour: 'red' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/colour/);
  });

  it('refuses anonymous callers', async () => {
    const res = await createHttpClient(app.baseUrl).post('/clearpost/compliance/check', { text: 'hello', kind: 'post' });
    expect(res.status).toBe(401);
  });
});

describe('audit trail', () => {
  it('keeps one chain when another process appends behind its back, and never builds on an append that rolled back', async () => {
    const AUDIT = 'plugin::clearpost.audit-event';
    const audit = app.strapi.plugin('clearpost').service('audit');
    const subjects = ['chain-a', 'chain-b', 'chain-c', 'chain-d'];
    await audit.append({ action: 'submit', actor: null, documentId: subjects[0] });
    // Another instance sharing the database appends the next event itself.
    const last = await app.strapi.db.query(AUDIT).findOne({ orderBy: { sequence: 'desc' } });
    const payload = payloadOf({
      sequence: Number(last.sequence) + 1,
      action: 'approve',
      actorId: null,
      actorName: 'Another instance',
      subjectUid: null,
      subjectDocumentId: 'elsewhere',
      contentHash: null,
      findings: null,
      details: null,
      occurredAt: new Date().toISOString(),
    });
    await app.strapi.db.query(AUDIT).createMany({ data: [{ ...payload, prevHash: last.hash, hash: hashEvent(last.hash, payload) }] });
    await audit.append({ action: 'submit', actor: null, documentId: subjects[1] });
    await expect(
      app.strapi.db.transaction(async () => {
        await audit.append({ action: 'submit', actor: null, documentId: subjects[2] });
        throw new Error('undone');
      })
    ).rejects.toThrow('undone');
    await audit.append({ action: 'submit', actor: null, documentId: subjects[3] });

    const verdict = await reviewer.http.get('/clearpost/audit/verify');
    expect(verdict.body.data).toMatchObject({ intact: true });
    const events = await app.strapi.db
      .query(AUDIT)
      .findMany({ where: { subjectDocumentId: { $in: [...subjects, 'elsewhere'] } }, orderBy: { sequence: 'asc' } });
    expect(events.map((e: { subjectDocumentId: string }) => e.subjectDocumentId)).toEqual(['chain-a', 'elsewhere', 'chain-b', 'chain-d']);
  });

  it('verifies an intact chain, names a tampered event, exports CSV, and is read-only to editors', async () => {
    const intact = await reviewer.http.get('/clearpost/audit/verify');
    expect(intact.status).toBe(200);
    expect(intact.body.data.intact).toBe(true);
    expect(intact.body.data.checked).toBeGreaterThan(3);

    const csv = await fetch(`${app.baseUrl}/clearpost/audit/export`, { headers: { authorization: `Bearer ${reviewer.token}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect((await csv.text()).split('\r\n')[0]).toMatch(/^sequence,occurredAt,action/);

    expect((await editor.http.get('/clearpost/audit/verify')).status).toBe(403);

    const victim = await app.strapi.db.query('plugin::clearpost.audit-event').findOne({ where: { sequence: 2 } });
    await app.strapi.db
      .connection('clearpost_audit_events')
      .where({ id: victim.id })
      .update({ action: 'approve', actor_name: 'Mallory' });
    const broken = await reviewer.http.get('/clearpost/audit/verify');
    expect(broken.body.data.intact).toBe(false);
    expect(broken.body.data.brokenAt).toMatchObject({ id: victim.id, sequence: 2 });
  });
});
