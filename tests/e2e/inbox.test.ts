import { createHmac } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createHttpClient, type HttpClient } from '../helpers/http-client';
import { startFakePlatforms, type FakePlatforms } from '../fake-platforms';
import { createUserWithRole, PASSWORD } from './helpers/admin-api';
import { expectVisible, logIn, newPage, seriousViolations, settle, toast } from './helpers/admin-ui';
import { launchBrowser, screenshot } from './helpers/browser';
import { startStrapi, type RunningStrapi } from './helpers/strapi-server';

const CM = '/content-manager/collection-types';
const SECRET = 'e2e-feedback-webhook-secret-0123456789abcdef';
const ADMIN = { firstname: 'Ada', lastname: 'Admin', email: 'admin@inbox.test' };
const REVIEWER = { firstname: 'Rita', lastname: 'Reviewer', email: 'reviewer@inbox.test' };
const PAGE_POST = 'page-1_777';
const COMPLAINT = 'Waited two hours and the front desk was rude. Terrible experience.';
const VISIT_DRAFT = 'Sorry about your visit on Tuesday. Please call us so we can make it right.';
const PHONE = '(555) 201-4000';

let fake: FakePlatforms;
let strapi: RunningStrapi;
let browser: Browser;
let editorContext: BrowserContext;
let editor: Page;
let superAdmin: HttpClient;
let commentId = '';
let feedbackId = '';

const url = (path: string) => `${strapi.baseUrl}/admin${path}`;

async function cmCreate(uid: string, data: Record<string, unknown>): Promise<string> {
  const res = await superAdmin.post(`${CM}/${uid}`, data);
  if (res.status !== 201) throw new Error(`create ${uid} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.documentId;
}

/** A review aggregator's delivery, signed the way the README tells senders to sign. */
async function deliver(item: Record<string, unknown>): Promise<string> {
  const rawBody = JSON.stringify(item);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = `sha256=${createHmac('sha256', SECRET).update(`${timestamp}.${rawBody}`).digest('hex')}`;
  const res = await fetch(`${strapi.baseUrl}/api/clearpost/feedback/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-clearpost-timestamp': timestamp, 'x-clearpost-signature': signature },
    body: rawBody,
  });
  const body = (await res.json()) as { data: { documentIds: string[] } };
  if (res.status !== 201) throw new Error(`webhook failed: ${res.status} ${JSON.stringify(body)}`);
  return body.data.documentIds[0];
}

async function waitForValue(field: ReturnType<Page['locator']>, part: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await field.inputValue()).includes(part)) {
    if (Date.now() > deadline) throw new Error(`the field never contained "${part}": ${await field.inputValue()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const repliesToComment = () => fake.requests.filter((r) => r.platform === 'facebook' && r.method === 'POST' && r.path.endsWith(`/${commentId}/comments`));

beforeAll(async () => {
  fake = await startFakePlatforms();
  const platformEnv: Record<string, string> = {};
  for (const platform of ['facebook', 'instagram', 'x', 'linkedin'] as const) platformEnv[`CLEARPOST_${platform.toUpperCase()}_API_URL`] = fake.baseUrlFor(platform);
  strapi = await startStrapi({ ...platformEnv, CLEARPOST_FEEDBACK_WEBHOOK_SECRET: SECRET });
  browser = await launchBrowser();

  const registered = await createHttpClient(strapi.baseUrl).post('/admin/register-admin', { ...ADMIN, password: PASSWORD });
  if (registered.status !== 200) throw new Error(`register-admin failed: ${registered.status} ${JSON.stringify(registered.body)}`);
  superAdmin = createHttpClient(strapi.baseUrl, registered.body.data.token);
  await createUserWithRole(strapi.baseUrl, superAdmin, REVIEWER, 'clearpost-compliance-reviewer');

  await cmCreate('plugin::clearpost.directory-entry', { kind: 'department', name: 'Patient Relations', phone: PHONE });
  const template = await cmCreate('plugin::clearpost.reply-template', {
    name: 'Complaint: route to patient relations',
    category: 'complaints',
    body: 'Thank you for telling us about this. We want to make it right: please call {{department}} at {{phone}} and ask for the practice manager.',
  });
  const draft = await superAdmin.get(`${CM}/plugin::clearpost.reply-template/${template}`);
  const published = await superAdmin.post(`${CM}/plugin::clearpost.reply-template/${template}/actions/publish`, draft.body.data);
  if (published.status !== 200) throw new Error(`publish template failed: ${published.status} ${JSON.stringify(published.body)}`);
  const channel = await superAdmin.post('/clearpost/channels', {
    platform: 'facebook',
    name: 'Clinic page',
    accountId: 'page-1',
    credentials: { accessToken: 'page-token-1', accountId: 'page-1' },
  });
  if (channel.status !== 201 && channel.status !== 200) throw new Error(`channel failed: ${channel.status} ${JSON.stringify(channel.body)}`);

  commentId = fake.addComment('facebook', { parentId: PAGE_POST, text: COMPLAINT, authorId: 'fb-user-9', authorName: 'Jamie Q' });
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
  await deliver({ source: 'google', externalId: 'g-review-1', authorName: 'Pat L', rating: 5, text: 'Lovely staff, quick appointment.', receivedAt: hoursAgo(30) });
  feedbackId = await deliver({ source: 'facebook', externalId: commentId, parentId: PAGE_POST, authorName: 'Jamie Q', text: COMPLAINT, receivedAt: hoursAgo(5) });

  ({ context: editorContext, page: editor } = await newPage(browser));
  await logIn(editor, strapi.baseUrl, ADMIN.email);
});

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await strapi?.stop();
  await fake?.close();
});

describe('the feedback inbox', () => {
  it('lists negative feedback first', async () => {
    await editor.goto(url('/plugins/clearpost/inbox'));
    const rows = editor.getByTestId('clearpost-feedback-row');
    await expectVisible(rows.first());
    await expectVisible(rows.first().getByText('Jamie Q'));
    await expectVisible(rows.first().getByTestId('clearpost-feedback-sentiment').filter({ hasText: 'Negative' }));
    await expectVisible(rows.nth(1).getByText('Pat L'));
    await screenshot(editor, 'inbox-01-list');
  });

  it('blocks a draft that says "sorry about your visit on Tuesday" in the compliance panel', async () => {
    await editor.getByTestId('clearpost-feedback-row').first().getByRole('link', { name: /Open feedback from Jamie Q/ }).click();
    await expectVisible(editor.getByTestId('clearpost-feedback-text').filter({ hasText: COMPLAINT }));
    await editor.getByLabel('Reply text').fill(VISIT_DRAFT);
    const panel = editor.getByTestId('clearpost-reply-check');
    await expectVisible(panel.getByTestId('clearpost-finding').filter({ hasText: /your visit/i }).first());
    await expectVisible(panel.getByText('Block').first());
    expect(await editor.getByRole('button', { name: 'Send reply' }).isDisabled()).toBe(true);
    await screenshot(editor, 'inbox-02-visit-blocked');
  });

  it('answers with the routing template, and a negative review waits for a reviewer', async () => {
    await editor.getByRole('combobox', { name: /Provider or department/ }).click();
    await editor.getByRole('option', { name: 'Patient Relations' }).click();
    await editor.getByRole('combobox', { name: /Reply template/ }).click();
    await editor.getByRole('option', { name: /Complaint: route to patient relations/ }).click();
    await editor.getByRole('button', { name: 'Use template' }).click();
    await waitForValue(editor.getByLabel('Reply text'), PHONE);
    await expectVisible(editor.getByTestId('clearpost-reply-check').getByText('No compliance findings.'));
    await editor.getByRole('button', { name: 'Send reply' }).click();
    await expectVisible(toast(editor, /compliance reviewer must approve/));
    await expectVisible(editor.getByTestId('clearpost-awaiting-approval'));
    expect(repliesToComment()).toHaveLength(0);
    await settle(editor);
    await screenshot(editor, 'inbox-03-awaiting-approval');
  });

  it('sends the reply to the Facebook comment once a reviewer approves it', async () => {
    const { context, page } = await newPage(browser);
    try {
      await logIn(page, strapi.baseUrl, REVIEWER.email);
      await page.goto(url(`/plugins/clearpost/inbox/${feedbackId}`));
      await page.getByRole('button', { name: 'Approve and send' }).click();
      await expectVisible(toast(page, /Approved and sent/));
      await expectVisible(page.getByTestId('clearpost-feedback-response').filter({ hasText: PHONE }));
      await expectVisible(page.getByTestId('clearpost-feedback-status').filter({ hasText: 'Responded' }));
      const sent = repliesToComment();
      expect(sent).toHaveLength(1);
      // Graph takes the message as a query or form parameter.
      expect(JSON.stringify({ query: sent[0].query, body: sent[0].body })).toContain(PHONE);
      await settle(page);
      await screenshot(page, 'inbox-04-sent');
    } finally {
      await context.close();
    }
  });

  it('shows figures per department, and the inbox pages have no serious or critical accessibility violations', async () => {
    const pages: Array<[string, string, () => Promise<void>]> = [
      ['inbox', '/plugins/clearpost/inbox', () => expectVisible(editor.getByTestId('clearpost-feedback-row').first())],
      ['inbox-item', `/plugins/clearpost/inbox/${feedbackId}`, () => expectVisible(editor.getByTestId('clearpost-feedback-text'))],
      ['feedback-figures', '/plugins/clearpost/inbox/figures', () => expectVisible(editor.getByTestId('clearpost-figures-row').first())],
    ];
    const found: Record<string, unknown> = {};
    for (const [name, path, ready] of pages) {
      await editor.goto(url(path));
      await ready();
      await settle(editor);
      await screenshot(editor, `inbox-05-axe-${name}`);
      const violations = await seriousViolations(editor);
      if (violations.length > 0) found[name] = violations;
    }
    expect(found).toEqual({});
    await editorContext.close();
  });
});
