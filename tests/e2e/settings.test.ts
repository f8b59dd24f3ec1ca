import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createHttpClient, type HttpClient } from '../helpers/http-client';
import { apiLogin, createUserWithRole, PASSWORD } from './helpers/admin-api';
import { launchBrowser, screenshot } from './helpers/browser';
import { startStrapi, type RunningStrapi } from './helpers/strapi-server';

const POST_UID = 'plugin::clearpost.post';
const CM = `/content-manager/collection-types/${POST_UID}`;
const ADMIN = { firstname: 'Ada', lastname: 'Admin', email: 'admin@clearpost.test' };
const REVIEWER = { firstname: 'Rita', lastname: 'Reviewer', email: 'reviewer@clearpost.test' };
const EDITOR = { firstname: 'Eddie', lastname: 'Editor', email: 'editor@clearpost.test' };
const TOKEN = 'tok-very-secret-4711';
// About 80 characters: fine for X's 280, over a limit of 50.
const TWEET = 'Flu shots at all three clinics this month. Walk in, no appointment needed today.';
const REVIEW_COMMENT = 'Please add the opening hours of each clinic.';

let strapi: RunningStrapi;
let browser: Browser;
let admin: Page;
let adminApi: HttpClient;
let lengthPostId = '';

const url = (path: string) => `${strapi.baseUrl}/admin${path}`;
const settle = (page: Page) => page.waitForTimeout(400);
const toast = (page: Page, text: RegExp) =>
  page
    .getByRole('alert')
    .filter({ hasText: text })
    .or(page.getByRole('status').filter({ hasText: text }))
    .first();

async function expectVisible(locator: ReturnType<Page['locator']>, timeout = 30_000): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout });
}

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  return { context, page: await context.newPage() };
}

async function dismissBanner(page: Page): Promise<void> {
  try {
    await page.getByRole('button', { name: 'Close the banner.' }).click({ timeout: 3_000 });
  } catch {
    // no banner
  }
}

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto(url('/auth/login'));
  await page.getByLabel(/^Email/).fill(email);
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL((u) => !u.pathname.includes('/auth/'), { timeout: 30_000 });
  await dismissBanner(page);
}

async function createPost(data: Record<string, unknown>): Promise<string> {
  const res = await adminApi.post(CM, data);
  if (res.status !== 201) throw new Error(`creating a post failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.documentId as string;
}

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

beforeAll(async () => {
  strapi = await startStrapi();
  browser = await launchBrowser();
  const registered = await createHttpClient(strapi.baseUrl).post('/admin/register-admin', { ...ADMIN, password: PASSWORD });
  if (registered.status !== 200) throw new Error(`register-admin failed: ${registered.status}`);
  adminApi = await apiLogin(strapi.baseUrl, ADMIN.email);
  await createUserWithRole(strapi.baseUrl, adminApi, REVIEWER, 'clearpost-compliance-reviewer');
  await createUserWithRole(strapi.baseUrl, adminApi, EDITOR, 'strapi-editor');
  ({ page: admin } = await newPage());
  await logIn(admin, ADMIN.email);
});

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await strapi?.stop();
});

describe('Clearpost settings in the admin panel', () => {
  it('connects a channel and sets its credentials, which are never shown', async () => {
    await admin.goto(url('/settings/clearpost/channels'));
    await expectVisible(admin.getByRole('heading', { name: 'Channels' }));
    await admin.getByRole('button', { name: 'Connect a channel' }).first().click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByLabel(/^Name/).fill('Clinic Facebook');
    await dialog.getByLabel(/^Posts per day/).fill('4');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expectVisible(toast(admin, /Channel saved/));
    const row = admin.getByTestId('clearpost-channel-row').filter({ hasText: 'Clinic Facebook' });
    await expectVisible(row);
    await expectVisible(row.getByText('No credentials set.'));
    await screenshot(admin, 'settings-01-channel-connected');

    await row.getByRole('button', { name: 'Credentials for Clinic Facebook' }).click();
    const credentials = admin.getByRole('dialog');
    await credentials.getByLabel(/^Access token/).fill(TOKEN);
    await credentials.getByLabel(/^Account ID on the platform/).fill('1234567890');
    await credentials.getByRole('button', { name: 'Save credentials' }).click();
    await expectVisible(toast(admin, /Credentials saved/));
    await expectVisible(row.getByText(/^Set on /));

    await row.getByRole('button', { name: 'Credentials for Clinic Facebook' }).click();
    const reopened = admin.getByRole('dialog');
    await expectVisible(reopened.getByTestId('clearpost-credentials-status').filter({ hasText: /Credentials set on/ }));
    expect(await reopened.getByLabel(/^Access token/).inputValue()).toBe('');
    expect(await admin.content()).not.toContain(TOKEN);
    await settle(admin);
    await screenshot(admin, 'settings-02-credentials-set-not-shown');
    await admin.keyboard.press('Escape');
    const listed = await adminApi.get('/clearpost/channels');
    expect(JSON.stringify(listed.body)).not.toContain(TOKEN);
  });

  it('adds a directory entry, and the live check stops flagging that name', async () => {
    const documentId = await createPost({ title: 'Open day', body: 'Meet Dr. Priya Raman at our open house.' });
    await admin.goto(url(`/content-manager/collection-types/${POST_UID}/${documentId}`));
    const panel = admin.getByTestId('clearpost-compliance-panel');
    await expectVisible(panel.locator('mark').filter({ hasText: 'Priya Raman' }));
    await screenshot(admin, 'settings-03-name-flagged');

    await admin.goto(url('/settings/clearpost/directory'));
    await admin.getByRole('button', { name: 'Add a directory entry' }).first().click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByLabel(/^Name/).fill('Dr. Priya Raman');
    await dialog.getByLabel(/^Job title/).fill('Paediatrician');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expectVisible(toast(admin, /Directory entry saved/));
    await expectVisible(admin.getByTestId('clearpost-directory-row').filter({ hasText: 'Dr. Priya Raman' }));
    await screenshot(admin, 'settings-04-directory-entry-added');

    await admin.goto(url(`/content-manager/collection-types/${POST_UID}/${documentId}`));
    await expectVisible(admin.getByTestId('clearpost-check-clear'));
    expect(await panel.locator('mark').filter({ hasText: 'Priya Raman' }).count()).toBe(0);
    await screenshot(admin, 'settings-05-name-allowed');
  });

  it('lowers the X limit, and the live check reports the length finding', async () => {
    lengthPostId = await createPost({
      title: 'Flu shots',
      body: 'Get well soon, John Carter!',
      variants: [{ platform: 'x', text: TWEET }],
    });
    await admin.goto(url('/settings/clearpost/compliance'));
    const limit = admin.getByLabel(/^X limit/);
    await expectVisible(limit);
    expect(await limit.inputValue()).toBe('280');
    await limit.fill('50');
    await admin.getByRole('button', { name: 'Save' }).click();
    await expectVisible(toast(admin, /Settings saved/));
    await screenshot(admin, 'settings-06-x-limit-lowered');

    await admin.goto(url(`/content-manager/collection-types/${POST_UID}/${lengthPostId}`));
    const panel = admin.getByTestId('clearpost-compliance-panel');
    await expectVisible(panel.getByText(/X rejects posts over 50/));
    await screenshot(admin, 'settings-07-length-finding');
  });

  it('refuses an invalid value with the field named in the toast', async () => {
    await admin.goto(url('/settings/clearpost/compliance'));
    const limit = admin.getByLabel(/^X limit/);
    await expectVisible(limit);
    await limit.fill('0');
    await admin.getByRole('button', { name: 'Save' }).click();
    await expectVisible(toast(admin, /compliance\.platformLimits\.x/));
    const stored = await adminApi.get('/clearpost/settings');
    expect(stored.body.data.effective.compliance.platformLimits.x).toBe(50);
  });

  it('lets a reviewer override the length finding with a justification, but not the patient name', async () => {
    const { context, page } = await newPage();
    try {
      await logIn(page, REVIEWER.email);
      await page.goto(url(`/content-manager/collection-types/${POST_UID}/${lengthPostId}`));
      const panel = page.getByTestId('clearpost-compliance-panel');
      const lengthFinding = panel.getByTestId('clearpost-finding').filter({ hasText: /X rejects posts over 50/ });
      const nameFinding = panel.getByTestId('clearpost-finding').filter({ hasText: 'John Carter' });
      await expectVisible(lengthFinding);
      await expectVisible(nameFinding);
      expect(await nameFinding.getByRole('button', { name: 'Override' }).count()).toBe(0);

      await lengthFinding.getByRole('button', { name: 'Override' }).click();
      const dialog = page.getByRole('dialog');
      const confirm = dialog.getByRole('button', { name: 'Override finding' });
      await dialog.getByLabel(/^Justification/).fill('too short');
      expect(await confirm.isDisabled()).toBe(true);
      await dialog.getByLabel(/^Justification/).fill('The X variant is posted as a thread of two, so the length is fine.');
      await settle(page);
      await screenshot(page, 'settings-08-override-dialog');
      await confirm.click();
      await expectVisible(toast(page, /Finding overridden/));
      await expectVisible(lengthFinding.getByText(/Overridden by Rita Reviewer: The X variant is posted as a thread/));
      await settle(page);
      await screenshot(page, 'settings-09-finding-overridden');
    } finally {
      await context.close();
    }
    const audit = await adminApi.get(`/clearpost/audit?documentId=${lengthPostId}`);
    expect(audit.body.data.map((e: { action: string }) => e.action)).toContain('override');
  });

  it('shows the server refusal as a toast, then overrides and approves from the review detail page', async () => {
    const documentId = await createPost({
      title: 'Clinic thread',
      body: 'Flu shots this month.',
      variants: [{ platform: 'x', text: TWEET }],
    });
    expect((await adminApi.post(`/clearpost/posts/${documentId}/submit`, {})).status).toBe(200);
    // Edited after submission: the finding the reviewer sees is no longer in the post.
    const edited = await adminApi.put(`${CM}/${documentId}`, {
      variants: [{ platform: 'x', text: `${TWEET} Bring your card.` }],
    });
    expect(edited.status).toBe(200);

    const { context, page } = await newPage();
    try {
      await logIn(page, REVIEWER.email);
      await page.goto(url(`/plugins/clearpost/review/${documentId}`));
      const finding = page.getByTestId('clearpost-finding').filter({ hasText: /X rejects posts over 50/ });
      await expectVisible(finding);
      const justification = 'We post this as a thread of two on X, so the length is acceptable.';
      await finding.getByRole('button', { name: 'Override' }).click();
      await page
        .getByRole('dialog')
        .getByLabel(/^Justification/)
        .fill(justification);
      await page.getByRole('dialog').getByRole('button', { name: 'Override finding' }).click();
      await expectVisible(toast(page, /not in the post as it stands now/));
      await settle(page);
      await screenshot(page, 'settings-10-override-refused');
      await page.keyboard.press('Escape');

      // Submitted again, the stored findings are current and the override goes through.
      expect((await adminApi.post(`/clearpost/posts/${documentId}/submit`, {})).status).toBe(200);
      await page.reload();
      await expectVisible(finding);
      await finding.getByRole('button', { name: 'Override' }).click();
      await page
        .getByRole('dialog')
        .getByLabel(/^Justification/)
        .fill(justification);
      await page.getByRole('dialog').getByRole('button', { name: 'Override finding' }).click();
      await expectVisible(toast(page, /Finding overridden/));
      await expectVisible(finding.getByText(/Overridden by Rita Reviewer/));
      await page.getByRole('button', { name: 'Approve' }).click();
      await expectVisible(toast(page, /Approved/));
      await expectVisible(page.getByTestId('clearpost-review-status').filter({ hasText: 'Approved' }));
      await screenshot(page, 'settings-11-overridden-and-approved');
    } finally {
      await context.close();
    }
  });

  it("shows the reviewer's request-changes comment to the editor", async () => {
    const documentId = await createPost({ title: 'Clinic hours', body: 'Our clinics are open this weekend.' });
    expect((await adminApi.post(`/clearpost/posts/${documentId}/submit`, {})).status).toBe(200);
    const reviewerApi = await apiLogin(strapi.baseUrl, REVIEWER.email);
    expect((await reviewerApi.post(`/clearpost/posts/${documentId}/request-changes`, { comment: REVIEW_COMMENT })).status).toBe(
      200
    );

    const { context, page } = await newPage();
    try {
      await logIn(page, EDITOR.email);
      await page.goto(url(`/content-manager/collection-types/${POST_UID}/${documentId}`));
      const note = page.getByTestId('clearpost-review-comment');
      await expectVisible(note);
      await expectVisible(note.getByText(/Changes requested by Rita Reviewer/));
      await expectVisible(note.getByText(REVIEW_COMMENT));
      await screenshot(page, 'settings-12-editor-sees-comment');
      // The editor has no settings permission: the Clearpost settings are not theirs.
      await page.goto(url('/settings/clearpost/compliance'));
      await expectVisible(page.getByText(/don't have the permissions|not have the permissions/i));
    } finally {
      await context.close();
    }
  });

  it('has no serious or critical accessibility violations on the settings pages', async () => {
    const pages: Array<[string, string, string]> = [
      ['channels', '/settings/clearpost/channels', 'Channels'],
      ['directory', '/settings/clearpost/directory', 'Directory'],
      ['compliance', '/settings/clearpost/compliance', 'Compliance and images'],
    ];
    const found: Record<string, unknown> = {};
    for (const [name, path, heading] of pages) {
      await admin.goto(url(path));
      await expectVisible(admin.getByRole('heading', { name: heading, level: 1 }));
      await settle(admin);
      await screenshot(admin, `settings-13-axe-${name}`);
      const violations = await seriousViolations(admin);
      if (violations.length > 0) found[name] = violations;
    }
    expect(found).toEqual({});
  });
});
