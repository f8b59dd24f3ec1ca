import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiLogin, createUserWithRole, PASSWORD } from './helpers/admin-api';
import { launchBrowser, screenshot } from './helpers/browser';
import { dismissBanner, expectVisible, logIn as logInAs, newPage as openPage, seriousViolations, settle, toast } from './helpers/admin-ui';
import { startStrapi, type RunningStrapi } from './helpers/strapi-server';

const POST_UID = 'plugin::clearpost.post';
const ADMIN = { firstname: 'Ada', lastname: 'Admin', email: 'admin@clearpost.test' };
const REVIEWER = { firstname: 'Rita', lastname: 'Reviewer', email: 'reviewer@clearpost.test' };
const EDITOR = { firstname: 'Eddie', lastname: 'Editor', email: 'editor@clearpost.test' };
const PHI_TEXT = 'Get well soon, John Carter in room 412!';
const CLEAN_TEXT = 'Flu shots are available at all three clinics this month. Walk-ins welcome.';
const EDITED_TEXT = 'Flu shots are available at all four clinics this month. Walk-ins welcome.';

let strapi: RunningStrapi;
let browser: Browser;
let adminContext: BrowserContext;
let admin: Page;
let postUrl = '';
let documentId = '';

const url = (path: string) => `${strapi.baseUrl}/admin${path}`;

const newPage = () => openPage(browser);
const logIn = (page: Page, email: string) => logInAs(page, strapi.baseUrl, email);

async function openMoreActions(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'More document actions' }).click();
}

beforeAll(async () => {
  strapi = await startStrapi();
  browser = await launchBrowser();
  ({ context: adminContext, page: admin } = await newPage());
});

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await strapi?.stop();
});

describe('Clearpost in the admin panel', () => {
  it('registers the first admin through the UI', async () => {
    await admin.goto(url('/'));
    await admin.waitForURL(/\/auth\/register-admin/);
    // Labels of required fields end with '*'.
    await admin.getByLabel(/^First name/).fill(ADMIN.firstname);
    await admin.getByLabel(/^Last name/).fill(ADMIN.lastname);
    await admin.getByLabel(/^Email/).fill(ADMIN.email);
    await admin.getByLabel(/^Password/).fill(PASSWORD);
    await admin.getByLabel(/^Confirm Password/).fill(PASSWORD);
    await admin.getByRole('button', { name: /let's start/i }).click();
    await admin.waitForURL((u) => !u.pathname.includes('/auth/'), { timeout: 30_000 });
    await dismissBanner(admin);
    await expectVisible(admin.getByRole('link', { name: 'Clearpost' }));
    await screenshot(admin, '01-first-admin-registered');
  });

  it('highlights a patient name in the Compliance panel as the editor types', async () => {
    await admin.goto(url(`/content-manager/collection-types/${POST_UID}/create`));
    await admin.getByLabel(/^title/i).fill('Get well card');
    await admin.getByLabel(/^body/i).fill(PHI_TEXT);
    const panel = admin.getByTestId('clearpost-compliance-panel');
    const mark = panel.locator('mark').filter({ hasText: 'John Carter' });
    await expectVisible(mark);
    await expectVisible(panel.getByText(/blocking publish/));
    await screenshot(admin, '02-compliance-panel-finding');
  });

  it('refuses to publish it, with the gate message as a toast', async () => {
    await admin.getByRole('button', { name: 'Save' }).click();
    await expectVisible(toast(admin, /saved/i));
    await admin.waitForURL((u) => !u.pathname.endsWith('/create'));
    postUrl = admin.url();
    documentId = postUrl.split('/').pop()!.split('?')[0];
    await admin.getByRole('button', { name: 'Publish' }).click();
    await expectVisible(toast(admin, /Publishing blocked/i));
    await screenshot(admin, '03-publish-blocked');
  });

  it('submits the fixed post for review', async () => {
    await admin.getByLabel(/^body/i).fill(CLEAN_TEXT);
    await expectVisible(admin.getByTestId('clearpost-check-clear'));
    await admin.getByRole('button', { name: 'Save' }).click();
    await expectVisible(toast(admin, /saved/i));
    await openMoreActions(admin);
    await admin.getByRole('menuitem', { name: 'Submit for review' }).click();
    await expectVisible(toast(admin, /Submitted for review/));
    await expectVisible(admin.getByTestId('clearpost-review-status').filter({ hasText: 'In review' }));
    await screenshot(admin, '04-submitted');
  });

  it('previews the post per platform, with the X count against 280', async () => {
    const panel = admin.getByTestId('clearpost-preview-panel');
    const x = panel.getByTestId('clearpost-preview-x');
    await expectVisible(x.getByTestId('clearpost-preview-text-x').filter({ hasText: CLEAN_TEXT }));
    await expectVisible(x.getByTestId('clearpost-preview-count-x').filter({ hasText: `${CLEAN_TEXT.length} / 280` }));
    await expectVisible(panel.getByTestId('clearpost-preview-linkedin').filter({ hasText: `${CLEAN_TEXT.length} / 3,000` }));
    await x.scrollIntoViewIfNeeded();
    await settle(admin);
    await screenshot(admin, '04b-platform-preview');
  });

  it('lets a compliance reviewer find it in the queue and approve it', async () => {
    const superAdmin = await apiLogin(strapi.baseUrl, ADMIN.email);
    await createUserWithRole(strapi.baseUrl, superAdmin, REVIEWER, 'clearpost-compliance-reviewer');
    const { context, page } = await newPage();
    try {
      await logIn(page, REVIEWER.email);
      await page.getByRole('link', { name: 'Clearpost' }).click();
      const row = page.getByTestId('clearpost-queue-row').filter({ hasText: 'Get well card' });
      await expectVisible(row);
      await page.mouse.move(800, 700); // away from the menu icon, whose tooltip covers the side navigation
      await settle(page);
      await screenshot(page, '05-review-queue');
      await row.getByRole('link', { name: /Review/ }).click();
      await expectVisible(page.getByTestId('clearpost-body').filter({ hasText: CLEAN_TEXT }));
      await page.getByRole('button', { name: 'Approve' }).click();
      await expectVisible(toast(page, /Approved/));
      await expectVisible(page.getByTestId('clearpost-review-status').filter({ hasText: 'Approved' }));
      await screenshot(page, '06-approved-by-reviewer');
    } finally {
      await context.close();
    }
  });

  it('publishes the approved post', async () => {
    await admin.goto(postUrl);
    await expectVisible(admin.getByTestId('clearpost-review-status').filter({ hasText: 'Approved' }));
    await admin.getByRole('button', { name: 'Publish' }).click();
    await expectVisible(toast(admin, /Published/i));
    await screenshot(admin, '07-published');
    const res = await (await apiLogin(strapi.baseUrl, ADMIN.email)).get(`/content-manager/collection-types/${POST_UID}/${documentId}?status=published`);
    expect(res.body.data.publishedAt).toEqual(expect.any(String));
    expect(res.body.data.body).toBe(CLEAN_TEXT);
  });

  it('shows an editor Submit for review but not Approve', async () => {
    const superAdmin = await apiLogin(strapi.baseUrl, ADMIN.email);
    await createUserWithRole(strapi.baseUrl, superAdmin, EDITOR, 'strapi-editor');
    const { context, page } = await newPage();
    try {
      await logIn(page, EDITOR.email);
      await page.goto(postUrl);
      await expectVisible(page.getByTestId('clearpost-compliance-panel'));
      await openMoreActions(page);
      await expectVisible(page.getByRole('menuitem', { name: 'Submit for review' }));
      expect(await page.getByRole('menuitem', { name: 'Approve' }).count()).toBe(0);
      expect(await page.getByRole('menuitem', { name: 'Request changes' }).count()).toBe(0);
      await settle(page);
      await screenshot(page, '08-editor-no-approve');
      await page.keyboard.press('Escape');
      // Editors read analytics and answer feedback: the Clearpost menu opens the calendar, never the review queue.
      expect(await page.getByRole('link', { name: 'Clearpost' }).count()).toBe(1);

      // The editor changes the published post and sends it back to review.
      await page.getByLabel(/^body/i).fill(EDITED_TEXT);
      await expectVisible(page.getByTestId('clearpost-check-clear'));
      await page.getByRole('button', { name: 'Save' }).click();
      await expectVisible(toast(page, /saved/i));
      await openMoreActions(page);
      await page.getByRole('menuitem', { name: 'Submit for review' }).click();
      await expectVisible(toast(page, /Submitted for review/));
    } finally {
      await context.close();
    }
  });

  it('shows the reviewer what changed since the published (approved) version', async () => {
    const { context, page } = await newPage();
    try {
      await logIn(page, REVIEWER.email);
      await page.goto(url(`/plugins/clearpost/review/${documentId}`));
      const diff = page.getByTestId('clearpost-diff');
      await expectVisible(diff.locator('del').filter({ hasText: 'three' }));
      await expectVisible(diff.locator('ins').filter({ hasText: 'four' }));
      await screenshot(page, '09-changes-since-approval');
    } finally {
      await context.close();
    }
  });

  it('lets the reviewer send the post back with a comment from the edit view', async () => {
    const { context, page } = await newPage();
    try {
      await logIn(page, REVIEWER.email);
      await page.goto(postUrl);
      await expectVisible(page.getByTestId('clearpost-review-status').filter({ hasText: 'In review' }));
      await openMoreActions(page);
      await page.getByRole('menuitem', { name: 'Request changes' }).click();
      const dialog = page.getByRole('dialog');
      await expectVisible(dialog);
      const send = dialog.getByRole('button', { name: 'Send back' });
      await dialog.getByLabel(/^Comment/).fill('ok');
      expect(await send.isDisabled()).toBe(true);
      await dialog.getByLabel(/^Comment/).fill('Please name the clinics and their opening hours.');
      await settle(page);
      await screenshot(page, '10-request-changes-dialog');
      await send.click();
      await expectVisible(toast(page, /Sent back/));
      await expectVisible(page.getByTestId('clearpost-review-status').filter({ hasText: 'Changes requested' }));
    } finally {
      await context.close();
    }
  });

  it('checks reply templates too: medical advice is flagged as it is typed', async () => {
    await admin.goto(url('/content-manager/collection-types/plugin::clearpost.reply-template/create'));
    await admin.getByLabel(/^body/i).fill('You should double your dose of ibuprofen until the pain stops.');
    const panel = admin.getByTestId('clearpost-compliance-panel');
    await expectVisible(panel.getByRole('heading', { name: /Medical advice/ }));
    await settle(admin);
    await screenshot(admin, '11-template-medical-advice');
  });

  it('has no serious or critical accessibility violations on the plugin pages', async () => {
    const { context, page } = await newPage();
    try {
      await logIn(page, REVIEWER.email);
      const pages: Array<[string, string, () => Promise<void>]> = [
        ['review-queue', '/plugins/clearpost', () => expectVisible(page.getByRole('heading', { name: 'Review queue' }))],
        ['review-detail', `/plugins/clearpost/review/${documentId}`, () => expectVisible(page.getByRole('heading', { name: 'Get well card' }))],
        ['audit', `/plugins/clearpost/audit?documentId=${documentId}`, () => expectVisible(page.getByTestId('clearpost-chain-status'))],
      ];
      const found: Record<string, unknown> = {};
      for (const [name, path, ready] of pages) {
        await page.goto(url(path));
        await ready();
        await screenshot(page, `12-axe-${name}`);
        const violations = await seriousViolations(page);
        if (violations.length > 0) found[name] = violations;
      }
      expect(found).toEqual({});
    } finally {
      await context.close();
    }
  });
});
