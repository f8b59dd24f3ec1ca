import { randomBytes } from 'node:crypto';
import type { TestStrapi } from '../helpers/boot-strapi';
import { createAdminUser, registerFirstAdmin, type AdminSession } from '../helpers/admin-users';
import { startFakePlatforms, type FakePlatforms } from '../fake-platforms';
import { auditActions, bootFeedbackStrapi, postWebhook, signedDelivery, uniqueId } from '../helpers/feedback-fixtures';

const CM = '/content-manager/collection-types';
const PAGE_POST = 'page-1_777';

let fake: FakePlatforms;
let app: TestStrapi;
let admin: AdminSession;
let editor: AdminSession;
let reviewer: AdminSession;
let secondReviewer: AdminSession;
let cardiology: string;
let routingTemplate: string;

async function cmCreate(uid: string, data: Record<string, unknown>): Promise<string> {
  const res = await admin.http.post(`${CM}/${uid}`, data);
  if (res.status !== 201) throw new Error(`create ${uid} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.documentId;
}

async function feedbackIdOf(externalId: string): Promise<string> {
  const row = (await app.strapi.db.query('plugin::clearpost.feedback' as never).findOne({ where: { externalId } } as never)) as {
    documentId: string;
  } | null;
  if (!row) throw new Error(`no feedback for ${externalId}`);
  return row.documentId;
}

async function feedbackStatus(documentId: string): Promise<string> {
  return (await editor.http.get(`/clearpost/feedback/${documentId}`)).body.data.status;
}

async function webhookItem(item: Record<string, unknown>): Promise<string> {
  const res = await postWebhook(
    app.baseUrl,
    signedDelivery({ externalId: uniqueId('ext'), receivedAt: new Date(Date.now() - 3 * 3_600_000).toISOString(), ...item })
  );
  if (res.status !== 201) throw new Error(`webhook failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.documentIds[0];
}

beforeAll(async () => {
  fake = await startFakePlatforms();
  app = await bootFeedbackStrapi({ fake });
  admin = await registerFirstAdmin(app.baseUrl);
  editor = await createAdminUser(app.strapi, app.baseUrl, {
    email: 'editor@feedback.test',
    firstname: 'Eddie',
    lastname: 'Editor',
    roleCodes: ['strapi-editor'],
  });
  reviewer = await createAdminUser(app.strapi, app.baseUrl, {
    email: 'reviewer@feedback.test',
    firstname: 'Rita',
    lastname: 'Reviewer',
    roleCodes: ['clearpost-compliance-reviewer'],
  });
  secondReviewer = await createAdminUser(app.strapi, app.baseUrl, {
    email: 'reviewer2@feedback.test',
    firstname: 'Sam',
    lastname: 'Second',
    roleCodes: ['clearpost-compliance-reviewer'],
  });

  cardiology = await cmCreate('plugin::clearpost.directory-entry', {
    kind: 'department',
    name: 'Cardiology',
    phone: '(555) 201-3000',
  });
  routingTemplate = await cmCreate('plugin::clearpost.reply-template', {
    name: 'Complaint: route to the department',
    category: 'complaints',
    body: 'Thank you for telling us about this. We want to make it right, so please call {{department}} at {{phone}} and ask for the practice manager.',
  });
  const draft = await admin.http.get(`${CM}/plugin::clearpost.reply-template/${routingTemplate}`);
  const published = await admin.http.post(
    `${CM}/plugin::clearpost.reply-template/${routingTemplate}/actions/publish`,
    draft.body.data
  );
  if (published.status !== 200) throw new Error(`publish template failed: ${published.status} ${JSON.stringify(published.body)}`);

  const channel = await admin.http.post('/clearpost/channels', {
    platform: 'facebook',
    name: 'Clinic page',
    accountId: 'page-1',
    credentials: { accessToken: 'page-token-1', accountId: 'page-1' },
  });
  if (channel.status !== 200 && channel.status !== 201)
    throw new Error(`channel failed: ${channel.status} ${JSON.stringify(channel.body)}`);
  // One of our posts went out on that page earlier: pulling reads its comments.
  const now = new Date();
  await app.strapi.db.query('plugin::clearpost.publication' as never).create({
    data: {
      documentId: `pub${randomBytes(8).toString('hex')}`,
      postDocumentId: 'post-doc-1',
      channelDocumentId: channel.body.data.documentId,
      platform: 'facebook',
      scheduledAt: now,
      status: 'published',
      remoteId: PAGE_POST,
      contentHash: 'h'.repeat(64),
      jobId: 'job-feedback-1',
      payload: { text: 'Flu shots all week', images: [] },
      createdAt: now,
      updatedAt: now,
    },
  } as never);
});

afterAll(async () => {
  await app?.destroy();
  await fake?.close();
});

describe('answering feedback', () => {
  it('refuses a reply that repeats the reviewer’s diagnosis, with the findings, and keeps the draft for the editor', async () => {
    const documentId = await webhookItem({
      source: 'google',
      rating: 2,
      authorName: 'Chris P',
      text: 'My husband was diagnosed with atrial fibrillation after his stress test at your clinic and nobody called us back.',
    });
    const res = await editor.http.post(`/clearpost/feedback/${documentId}/draft`, {
      text: "We're so sorry your husband's atrial fibrillation was not followed up after his stress test. Please call {{department}} at {{phone}}.",
      concernsDocumentId: cardiology,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.code).toBe('CLEARPOST_COMPLIANCE_BLOCKED');
    expect(res.body.error.message).toMatch(/This reply is blocked/);
    const findings: Array<{ category: string; type: string; text: string; severity: string }> = res.body.error.details.findings;
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ category: 'phi', type: 'diagnosis', text: 'atrial fibrillation', severity: 'block' }),
        expect.objectContaining({ category: 'phi', type: 'procedure', text: 'stress test', severity: 'block' }),
      ])
    );
    const shown = await editor.http.get(`/clearpost/feedback/${documentId}`);
    expect(shown.body.data.draft).toMatchObject({ report: { verdict: 'block' }, draftedBy: 'Eddie Editor' });
    // A blocked draft cannot be sent either.
    const send = await editor.http.post(`/clearpost/feedback/${documentId}/send`);
    expect(send.status).toBe(400);
    expect(await auditActions(admin, documentId)).toEqual(['feedback-received', 'feedback-blocked']);
  });

  it('refuses "sorry about your visit on Tuesday" (confirms a patient), and a placeholder it cannot fill', async () => {
    const documentId = await webhookItem({ source: 'google', rating: 1, text: 'Rude receptionist on Tuesday.' });
    const visit = await editor.http.post(`/clearpost/feedback/${documentId}/draft`, {
      text: "We're sorry about your visit on Tuesday.",
    });
    expect(visit.status).toBe(400);
    expect(visit.body.error.details.findings.map((f: { category: string }) => f.category)).toContain('patient-confirmation');
    const unfilled = await editor.http.post(`/clearpost/feedback/${documentId}/draft`, { templateDocumentId: routingTemplate });
    expect(unfilled.status).toBe(400);
    expect(unfilled.body.error.message).toMatch(/\{\{department\}\}: pick the provider or department this feedback concerns/);
  });

  it('pulls a Facebook comment once, drafts from the routing template with the department phone, and after approval replies to that comment', async () => {
    const commentId = fake.addComment('facebook', {
      parentId: PAGE_POST,
      text: 'Waited two hours and the front desk was rude. Terrible experience.',
      authorId: 'fb-user-9',
      authorName: 'Jamie Q',
    });
    const pulled = await admin.http.post('/clearpost/feedback/pull', {});
    expect(pulled.status).toBe(200);
    expect(pulled.body.data).toMatchObject({ created: 1, duplicates: 0, channels: [{ platform: 'facebook', fetched: 1 }] });
    const again = await admin.http.post('/clearpost/feedback/pull', {});
    expect(again.body.data).toMatchObject({ created: 0, duplicates: 1 });
    const documentId: string = pulled.body.data.documentIds[0];

    const listed = await editor.http.get('/clearpost/feedback?source=facebook');
    expect(listed.body.data).toEqual([
      expect.objectContaining({
        documentId,
        externalId: commentId,
        remoteParentId: PAGE_POST,
        sentiment: 'negative',
        category: 'complaints',
        suggestedTemplateDocumentId: routingTemplate,
        canReplyOnPlatform: true,
      }),
    ]);

    const drafted = await editor.http.post(`/clearpost/feedback/${documentId}/draft`, {
      templateDocumentId: routingTemplate,
      concernsDocumentId: cardiology,
    });
    expect(drafted.status).toBe(200);
    const expectedText =
      'Thank you for telling us about this. We want to make it right, so please call Cardiology at (555) 201-3000 and ask for the practice manager.';
    expect(drafted.body.data).toMatchObject({
      status: 'drafted',
      concerns: { documentId: cardiology, name: 'Cardiology' },
      draft: { text: expectedText, templateDocumentId: routingTemplate, report: { verdict: 'pass' }, approved: false },
    });

    const replies = () =>
      fake.requests.filter((r) => r.platform === 'facebook' && r.method === 'POST' && r.path.includes(`/${commentId}/comments`));
    const sent = await editor.http.post(`/clearpost/feedback/${documentId}/send`);
    expect(sent.status).toBe(200);
    expect(sent.body.data).toMatchObject({ outcome: 'awaiting-approval', feedback: { status: 'awaiting-approval' } });
    expect(replies()).toHaveLength(0);

    // Editors do not hold feedback.approve.
    expect((await editor.http.post(`/clearpost/feedback/${documentId}/approve`)).status).toBe(403);
    expect(replies()).toHaveLength(0);

    const approved = await reviewer.http.post(`/clearpost/feedback/${documentId}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body.data).toMatchObject({
      outcome: 'sent',
      feedback: {
        status: 'responded',
        response: { text: expectedText, channel: 'facebook', respondedBy: 'Rita Reviewer', templateDocumentId: routingTemplate },
      },
    });
    expect(replies()).toHaveLength(1);
    const [reply] = replies();
    expect(reply!.path).toBe(`/v25.0/${commentId}/comments`);
    expect({ ...(reply!.body as object), ...reply!.query }).toMatchObject({ message: expectedText });
    expect(approved.body.data.feedback.response.remoteReplyId).toMatch(new RegExp(`^${commentId}_\\d+$`));
    expect(approved.body.data.feedback.firstResponseAt).toBeTruthy();

    // Answered once: no second reply.
    expect((await reviewer.http.post(`/clearpost/feedback/${documentId}/send`)).status).toBe(400);
    expect(replies()).toHaveLength(1);

    expect(await auditActions(admin, documentId)).toEqual([
      'feedback-received',
      'feedback-drafted',
      'feedback-approval-requested',
      'feedback-approved',
      'feedback-sent',
    ]);
  });

  it('lets nobody approve their own reply', async () => {
    const commentId = fake.addComment('facebook', {
      parentId: PAGE_POST,
      text: 'Billing overcharged me and nobody answers the phone. Awful.',
      authorId: 'fb-user-10',
    });
    const pulled = await admin.http.post('/clearpost/feedback/pull', {});
    expect(pulled.body.data).toMatchObject({ created: 1, duplicates: 1 });
    const id = await feedbackIdOf(commentId);

    await reviewer.http.post(`/clearpost/feedback/${id}/draft`, {
      templateDocumentId: routingTemplate,
      concernsDocumentId: cardiology,
    });
    expect((await reviewer.http.post(`/clearpost/feedback/${id}/send`)).body.data.outcome).toBe('awaiting-approval');
    const self = await reviewer.http.post(`/clearpost/feedback/${id}/approve`);
    expect(self.status).toBe(403);
    expect(self.body.error.message).toBe('You wrote this reply, so another reviewer has to approve it.');
    expect(await feedbackStatus(id)).toBe('awaiting-approval');
    expect(fake.requests.filter((r) => r.path === `/v25.0/${commentId}/comments`)).toHaveLength(0);
  });

  it('needs a new approval after an edit, and never re-sends a reply whose answer was lost', async () => {
    const commentId = fake.addComment('facebook', {
      parentId: PAGE_POST,
      text: 'Nobody returned my calls about the rude nurse. Awful.',
      authorId: 'fb-user-11',
    });
    await admin.http.post('/clearpost/feedback/pull', {});
    const id = await feedbackIdOf(commentId);
    const sentTo = () => fake.requests.filter((r) => r.method === 'POST' && r.path === `/v25.0/${commentId}/comments`);

    await editor.http.post(`/clearpost/feedback/${id}/draft`, {
      templateDocumentId: routingTemplate,
      concernsDocumentId: cardiology,
    });
    await editor.http.post(`/clearpost/feedback/${id}/send`);
    // Approved, but the page token was revoked: the approval stays, nothing went out.
    fake.script('facebook', [{ kind: 'revoked-token', match: `/${commentId}/comments` }]);
    const refused = await reviewer.http.post(`/clearpost/feedback/${id}/approve`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/facebook did not take the reply/);
    expect((await editor.http.get(`/clearpost/feedback/${id}`)).body.data).toMatchObject({
      status: 'awaiting-approval',
      draft: { approved: true, approvedBy: 'Rita Reviewer' },
    });

    // The editor changes the text: the approval covered the old text only.
    const edited = await editor.http.post(`/clearpost/feedback/${id}/draft`, {
      text: 'We are sorry to read this. Please call {{department}} at {{phone}} so the practice manager can look into it.',
    });
    expect(edited.body.data).toMatchObject({ status: 'drafted', draft: { approved: false } });
    expect((await editor.http.post(`/clearpost/feedback/${id}/send`)).body.data.outcome).toBe('awaiting-approval');
    expect(sentTo()).toHaveLength(0);

    // The connection drops after the request left: the reply may exist, so it is recorded and not sent again.
    fake.script('facebook', [{ kind: 'drop', match: `/${commentId}/comments` }]);
    const lost = await secondReviewer.http.post(`/clearpost/feedback/${id}/approve`);
    expect(lost.status).toBe(400);
    expect(lost.body.error.details.code).toBe('CLEARPOST_REPLY_OUTCOME_UNKNOWN');
    expect((await editor.http.get(`/clearpost/feedback/${id}`)).body.data).toMatchObject({
      replyOutcome: 'unknown',
      status: 'awaiting-approval',
    });
    const receivedBefore = fake.received.length;
    const again = await editor.http.post(`/clearpost/feedback/${id}/send`);
    expect(again.status).toBe(400);
    expect(again.body.error.details.code).toBe('CLEARPOST_REPLY_OUTCOME_UNKNOWN');
    expect(fake.received.length).toBe(receivedBefore);
    expect(await auditActions(admin, id)).toEqual([
      'feedback-received',
      'feedback-drafted',
      'feedback-approval-requested',
      'feedback-approved',
      'feedback-send-failed',
      'feedback-drafted',
      'feedback-approval-requested',
      'feedback-approved',
      'feedback-send-unknown',
    ]);
  });

  it('refuses to send where the platform takes no replies, and records a contact made offline', async () => {
    const documentId = await webhookItem({ source: 'yelp', rating: 3, text: 'How do I get a copy of my bill?' });
    await editor.http.post(`/clearpost/feedback/${documentId}/draft`, {
      templateDocumentId: routingTemplate,
      concernsDocumentId: cardiology,
    });
    const send = await editor.http.post(`/clearpost/feedback/${documentId}/send`);
    expect(send.status).toBe(400);
    expect(send.body.error.details.code).toBe('CLEARPOST_REPLY_NOT_POSSIBLE');
    expect(send.body.error.message).toMatch(/yelp does not take replies.*taken offline/);
    expect((await editor.http.post(`/clearpost/feedback/${documentId}/take-offline`, { note: 'short' })).status).toBe(400);
    const offline = await editor.http.post(`/clearpost/feedback/${documentId}/take-offline`, {
      note: 'Called the number on file on Nov 28; billing sent a statement copy.',
    });
    expect(offline.status).toBe(200);
    expect(offline.body.data).toMatchObject({
      status: 'taken-offline',
      response: { channel: 'offline', respondedBy: 'Eddie Editor' },
    });
    expect(await auditActions(admin, documentId)).toEqual(['feedback-received', 'feedback-drafted', 'feedback-taken-offline']);
  });
});

describe('hiding feedback', () => {
  const evidence = 'No visit on record for this date; the reviewer account was created today and posted 14 reviews in an hour.';

  it('refuses without written evidence, and without a second person', async () => {
    const documentId = await webhookItem({ source: 'google', rating: 1, text: 'Worst clinic ever, avoid.' });
    const none = await editor.http.post(`/clearpost/feedback/${documentId}/fraud-flag`, {});
    expect(none.status).toBe(400);
    expect(none.body.error.message).toMatch(/evidence/);
    const thin = await editor.http.post(`/clearpost/feedback/${documentId}/fraud-flag`, { evidence: 'looks fake' });
    expect(thin.status).toBe(400);
    expect(thin.body.error.message).toMatch(/at least 50 characters/);
    // No flag yet: nothing to approve.
    expect((await reviewer.http.post(`/clearpost/feedback/${documentId}/fraud-flag/approve`)).status).toBe(400);

    const flagged = await reviewer.http.post(`/clearpost/feedback/${documentId}/fraud-flag`, { evidence });
    expect(flagged.status).toBe(200);
    expect(flagged.body.data).toMatchObject({
      status: 'new',
      fraudFlag: { state: 'pending', evidence, flaggedBy: 'Rita Reviewer' },
    });
    const self = await reviewer.http.post(`/clearpost/feedback/${documentId}/fraud-flag/approve`);
    expect(self.status).toBe(403);
    expect(self.body.error.message).toBe('You flagged this feedback, so a second person has to approve hiding it.');
    expect((await editor.http.post(`/clearpost/feedback/${documentId}/fraud-flag/approve`)).status).toBe(403);
    expect((await editor.http.get(`/clearpost/feedback/${documentId}`)).body.data.status).toBe('new');
  });

  it('hides with a second person’s approval, never deletes, and can be reversed', async () => {
    const documentId = await webhookItem({ source: 'google', rating: 1, text: 'Terrible, they stole my car keys.' });
    await editor.http.post(`/clearpost/feedback/${documentId}/fraud-flag`, { evidence });
    const hidden = await reviewer.http.post(`/clearpost/feedback/${documentId}/fraud-flag/approve`);
    expect(hidden.status).toBe(200);
    expect(hidden.body.data).toMatchObject({
      status: 'hidden-as-fraudulent',
      fraudFlag: { state: 'approved', approvedBy: 'Rita Reviewer', flaggedBy: 'Eddie Editor' },
    });

    const deleted = await admin.http.del(`${CM}/plugin::clearpost.feedback/${documentId}`);
    expect(deleted.status).toBe(403);
    expect(
      (
        await editor.http.post(`/clearpost/feedback/${documentId}/draft`, {
          templateDocumentId: routingTemplate,
          concernsDocumentId: cardiology,
        })
      ).status
    ).toBe(400);

    expect((await reviewer.http.post(`/clearpost/feedback/${documentId}/fraud-flag/reverse`, { reason: 'no' })).status).toBe(400);
    const reversed = await secondReviewer.http.post(`/clearpost/feedback/${documentId}/fraud-flag/reverse`, {
      reason: 'The patient called: the visit was real, booked under a maiden name.',
    });
    expect(reversed.status).toBe(200);
    expect(reversed.body.data).toMatchObject({ status: 'new', fraudFlag: { state: 'reversed', reversedBy: 'Sam Second' } });
    expect(await auditActions(admin, documentId)).toEqual([
      'feedback-received',
      'fraud-flagged',
      'fraud-approved',
      'fraud-reversed',
    ]);
  });
});

describe('figures', () => {
  it('gives volume, ratings, share negative and time to first response per department', async () => {
    const res = await editor.http.get('/clearpost/feedback/figures?groupBy=department');
    expect(res.status).toBe(200);
    const cardio = res.body.data.groups.find((g: { label: string }) => g.label === 'Cardiology');
    // Drafting with Cardiology as the concern assigned five items (a blocked draft keeps its choice too): the diagnosis
    // review (2 stars, unanswered), three Facebook comments (no rating; one answered within seconds, two still waiting)
    // and the Yelp question (3 stars, received 3 hours ago, taken offline).
    expect(cardio).toMatchObject({ volume: 5, answered: 2, negativeShare: 0.8, averageRating: 2.5 });
    expect(cardio.medianHoursToFirstResponse).toBeGreaterThan(1);
    expect(cardio.medianHoursToFirstResponse).toBeLessThan(2);
    const volumes = cardio.byMonth.map((m: { volume: number }) => m.volume);
    expect(volumes.reduce((a: number, b: number) => a + b, 0)).toBe(5);
    expect(cardio.byMonth.map((m: { month: string }) => m.month)).toContain(new Date().toISOString().slice(0, 7));
    const byProvider = await editor.http.get('/clearpost/feedback/figures?groupBy=provider');
    expect(byProvider.body.data.groups.find((g: { key: string }) => g.key === 'unassigned').volume).toBeGreaterThan(0);
    expect((await editor.http.get('/clearpost/feedback/figures?groupBy=clinic')).status).toBe(400);
  });
});
