import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { registerFirstAdmin } from '../helpers/admin-users';
import type { HttpClient } from '../helpers/http-client';
import { apiLogin, createUserWithRole, PASSWORD } from './helpers/admin-api';
import { launchBrowser, screenshot } from './helpers/browser';
import { startStrapi, type RunningStrapi } from './helpers/strapi-server';

const TIMEZONE = 'America/Chicago';
const POST_UID = 'plugin::clearpost.post';
const CM = '/content-manager/collection-types';
const ADMIN_EMAIL = 'admin@clearpost.test';
const REVIEWER = { firstname: 'Rita', lastname: 'Reviewer', email: 'reviewer@clearpost.test' };
const POST_TITLE = 'Flu clinic hours';

let strapi: RunningStrapi;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let admin: HttpClient;
let linkedinId = '';
let outboxId = '';
let scheduledAt: Date;
let linkedinPublication = '';
let outboxPublication = '';

const url = (path: string) => `${strapi.baseUrl}/admin${path}`;
const settle = (p: Page) => p.waitForTimeout(400);
const toast = (p: Page, text: RegExp) =>
  p
    .getByRole('alert')
    .filter({ hasText: text })
    .or(p.getByRole('status').filter({ hasText: text }))
    .first();

async function expectVisible(locator: ReturnType<Page['locator']>, timeout = 30_000): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout });
}

async function seriousViolations(p: Page) {
  const result = await new AxeBuilder({ page: p }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.join(' '), html: n.html.slice(0, 300), why: n.failureSummary })),
    }));
}

/** Wall-clock parts of an instant in the plugin's zone, as the calendar shows them. */
function wall(instant: Date) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: TIMEZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  // `shown` is how the calendar prints the time for an en-US browser, e.g. "09:45 PM".
  const shown = new Intl.DateTimeFormat('en-US', { timeZone: TIMEZONE, hour: '2-digit', minute: '2-digit' }).format(instant);
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}`, shown };
}

/** Monday of the week (in the plugin's zone) that holds `instant`, as YYYY-MM-DD. */
function mondayOf(instant: Date): string {
  const { date } = wall(instant);
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

/** The Clearpost analytics template: three hours a day over three weeks, evenings engaging best, and one broken row. */
function analyticsCsv(): string {
  const lines = ['period_start,period_length,impressions,engagements,clicks,conversions,spend,staff_minutes'];
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  for (let day = 21; day >= 1; day -= 1) {
    for (const [hour, engagements] of [
      [14, 30],
      [18, 45],
      [23, 90],
    ] as const) {
      lines.push(
        `${new Date(today - day * 86_400_000 + hour * 3_600_000).toISOString()},hour,1000,${engagements + (day % 5)},25,3,12.50,6`
      );
    }
  }
  lines.splice(5, 0, 'not-a-date,hour,abc,10,1,0,1,1');
  return `${lines.join('\n')}\n`;
}

async function publishScheduledPost(reviewer: HttpClient): Promise<string> {
  const created = await admin.post(`${CM}/${POST_UID}`, {
    title: POST_TITLE,
    body: 'Flu shots are available at all three clinics this month. Walk-ins welcome.',
    targeting: 'selected-platforms',
    targetPlatforms: ['linkedin'],
    scheduleMode: 'at-time',
    scheduledAt: scheduledAt.toISOString(),
  });
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
  const { documentId } = created.body.data;
  const submitted = await admin.post(`/clearpost/posts/${documentId}/submit`);
  if (submitted.status !== 200) throw new Error(`submit failed: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  const approved = await reviewer.post(`/clearpost/posts/${documentId}/approve`);
  if (approved.status !== 200) throw new Error(`approve failed: ${approved.status} ${JSON.stringify(approved.body)}`);
  const current = await admin.get(`${CM}/${POST_UID}/${documentId}`);
  const published = await admin.post(`${CM}/${POST_UID}/${documentId}/actions/publish`, current.body.data);
  if (published.status !== 200) throw new Error(`publish failed: ${published.status} ${JSON.stringify(published.body)}`);
  return documentId;
}

async function calendarWindow() {
  const from = new Date(scheduledAt.getTime() - 2 * 86_400_000).toISOString();
  const to = new Date(scheduledAt.getTime() + 2 * 86_400_000).toISOString();
  const res = await admin.get(`/clearpost/calendar?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
  expect(res.status).toBe(200);
  return res.body.data as {
    timezone: string;
    publications: Array<{
      documentId: string;
      channelDocumentId: string;
      scheduledAt: string;
      status: string;
      planReason: string | null;
    }>;
  };
}

beforeAll(async () => {
  strapi = await startStrapi({ CLEARPOST_TIMEZONE: TIMEZONE });
  browser = await launchBrowser();
  await registerFirstAdmin(strapi.baseUrl, ADMIN_EMAIL);
  admin = await apiLogin(strapi.baseUrl, ADMIN_EMAIL);
  await createUserWithRole(strapi.baseUrl, admin, REVIEWER, 'clearpost-compliance-reviewer');
  const reviewer = await apiLogin(strapi.baseUrl, REVIEWER.email);

  for (const channel of [
    { platform: 'linkedin', name: 'Clinic LinkedIn', timezone: TIMEZONE },
    { platform: 'outbox', name: 'Newsletter outbox', timezone: TIMEZONE },
  ]) {
    const res = await admin.post('/clearpost/channels', channel);
    if (res.status !== 201 && res.status !== 200)
      throw new Error(`channel ${channel.name}: ${res.status} ${JSON.stringify(res.body)}`);
    if (channel.platform === 'linkedin') linkedinId = res.body.data.documentId;
    else outboxId = res.body.data.documentId;
  }
  // Soon enough to be in this week and month almost always; far enough that nothing is sent during the test.
  scheduledAt = new Date(Math.ceil((Date.now() + 40 * 60_000) / 300_000) * 300_000);
  await publishScheduledPost(reviewer);
  const { publications } = await calendarWindow();
  linkedinPublication = publications.find((p) => p.channelDocumentId === linkedinId)!.documentId;
  outboxPublication = publications.find((p) => p.channelDocumentId === outboxId)!.documentId;

  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  page = await context.newPage();
  await page.goto(url('/auth/login'));
  await page.getByLabel(/^Email/).fill(ADMIN_EMAIL);
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL((u) => !u.pathname.includes('/auth/'), { timeout: 30_000 });
  try {
    await page.getByRole('button', { name: 'Close the banner.' }).click({ timeout: 3_000 });
  } catch {
    // no banner
  }
});

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await strapi?.stop();
});

const entry = (publication: string) =>
  page.locator(`[data-testid="clearpost-calendar-entry"][data-publication="${publication}"]`);

describe('the Calendar page', () => {
  it('shows the published post on both channels in the week view, in the plugin time zone', async () => {
    await page.goto(url('/plugins/clearpost/calendar'));
    await expectVisible(page.getByTestId('clearpost-calendar-timezone').filter({ hasText: TIMEZONE }));
    await expectVisible(page.getByTestId('clearpost-calendar-week'));
    if (mondayOf(scheduledAt) !== mondayOf(new Date())) await page.getByRole('button', { name: 'Next' }).click();
    await expectVisible(entry(linkedinPublication));
    await expectVisible(entry(outboxPublication));
    const { date, shown } = wall(scheduledAt);
    expect(await entry(linkedinPublication).innerText()).toMatch(
      new RegExp(`${shown} · Clinic LinkedIn\\s+${POST_TITLE}\\s+Scheduled`)
    );
    expect(await page.locator(`[data-day="${date}"]`).locator('[data-testid="clearpost-calendar-entry"]').count()).toBe(2);
    await expectVisible(page.getByTestId('clearpost-calendar-legend').getByText('Outcome unknown'));
    await settle(page);
    await screenshot(page, 'cal-01-week');
  });

  it('shows them in the month view too', async () => {
    await page.getByRole('button', { name: 'Month' }).click();
    await expectVisible(page.getByTestId('clearpost-calendar-month'));
    const { date } = wall(scheduledAt);
    if ((await page.locator(`[data-day="${date}"]`).count()) === 0) await page.getByRole('button', { name: 'Next' }).click();
    await expectVisible(page.locator(`[data-day="${date}"]`).locator(`[data-publication="${linkedinPublication}"]`));
    await expectVisible(entry(outboxPublication));
    await settle(page);
    await screenshot(page, 'cal-02-month');
  });

  it('refuses a time in the past, then reschedules the LinkedIn publication', async () => {
    await entry(linkedinPublication).click();
    const modal = page.getByRole('dialog');
    await expectVisible(modal.getByTestId('clearpost-publication-details'));
    await expectVisible(modal.getByText(/at the requested/));
    const input = modal.getByLabel(/^New date and time/);
    const past = wall(new Date(Date.now() - 2 * 3_600_000));
    await input.fill(`${past.date}T${past.time}`);
    await modal.getByRole('button', { name: 'Reschedule' }).click();
    await expectVisible(modal.getByText(/That time is in the past/));
    await settle(page);
    await screenshot(page, 'cal-03-reschedule-refused');

    const later = new Date(scheduledAt.getTime() + 90 * 60_000);
    const target = wall(later);
    await input.fill(`${target.date}T${target.time}`);
    await modal.getByRole('button', { name: 'Reschedule' }).click();
    await expectVisible(toast(page, /Rescheduled to/));
    const moved = (await calendarWindow()).publications.find((p) => p.documentId === linkedinPublication)!;
    expect(moved).toMatchObject({ scheduledAt: later.toISOString(), status: 'scheduled' });
    await expectVisible(entry(linkedinPublication));
    expect(await entry(linkedinPublication).innerText()).toContain(`${target.shown} · Clinic LinkedIn`);
    await settle(page);
    await screenshot(page, 'cal-04-rescheduled');
  });

  it('cancels the outbox publication after a confirmation', async () => {
    await entry(outboxPublication).click();
    const modal = page.getByRole('dialog').filter({ has: page.getByTestId('clearpost-publication-details') });
    await expectVisible(modal);
    await modal.getByRole('button', { name: 'Cancel publication' }).click();
    const confirm = page.getByRole('alertdialog');
    await expectVisible(confirm.getByText(/will not be sent to Newsletter outbox/));
    await settle(page);
    await screenshot(page, 'cal-05-cancel-confirm');
    await confirm.getByRole('button', { name: 'Yes, cancel it' }).click();
    await expectVisible(toast(page, /Publication cancelled/));
    await expectVisible(page.locator(`[data-publication="${outboxPublication}"][data-status="cancelled"]`));
    const cancelled = (await calendarWindow()).publications.find((p) => p.documentId === outboxPublication)!;
    expect(cancelled.status).toBe('cancelled');
    await settle(page);
    await screenshot(page, 'cal-06-cancelled');
  });
});

describe('the Analytics page', () => {
  it('imports a CSV: first lists the bad row by row and column, then imports the rest', async () => {
    await page.goto(url('/plugins/clearpost/analytics'));
    await expectVisible(page.getByRole('heading', { name: 'Import analytics (CSV)' }));
    await page.getByRole('combobox', { name: /^Channel/ }).click();
    await page.getByRole('option', { name: /Clinic LinkedIn/ }).click();
    await page
      .locator('#clearpost-import-file')
      .setInputFiles({ name: 'linkedin-hours.csv', mimeType: 'text/csv', buffer: Buffer.from(analyticsCsv()) });
    // Hold the answer back a moment so the progress bar can be seen.
    await page.route('**/clearpost/analytics/import', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expectVisible(page.getByTestId('clearpost-import-progress'), 5_000);
    await screenshot(page, 'an-01-import-progress');
    await expectVisible(page.getByTestId('clearpost-import-refused'));
    const errors = page.getByTestId('clearpost-import-error-row');
    await expectVisible(errors.first());
    const rows = await errors.allInnerTexts();
    expect(rows.some((r) => /period_start/.test(r) && /not a date/.test(r))).toBe(true);
    expect(rows.some((r) => /impressions/.test(r) && /'abc' is not a number/.test(r))).toBe(true);
    await settle(page);
    await screenshot(page, 'an-02-import-row-errors');

    await page.getByRole('checkbox', { name: /skip the bad ones/ }).click();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expectVisible(page.getByTestId('clearpost-import-result').filter({ hasText: /Imported 63 rows/ }));
    await settle(page);
    await screenshot(page, 'an-03-import-done');
    await page.unroute('**/clearpost/analytics/import');
  });

  it('shows ROI per channel as a chart with intervals, and the weekday × hour heatmap', async () => {
    const chart = page.getByTestId('clearpost-roi-chart');
    await expectVisible(chart);
    await expectVisible(chart.locator('.recharts-bar-rectangle').first());
    expect(await chart.locator('.recharts-errorBar').count()).toBeGreaterThan(0);
    await expectVisible(page.getByTestId('clearpost-roi-row').filter({ hasText: 'Clinic LinkedIn' }));
    await chart.scrollIntoViewIfNeeded();
    await settle(page);
    await screenshot(page, 'an-04-roi-chart');

    await page.getByRole('combobox', { name: 'Heatmap channel' }).click();
    await page.getByRole('option', { name: /Clinic LinkedIn/ }).click();
    const heatmap = page.getByTestId('clearpost-heatmap');
    await expectVisible(heatmap);
    expect(await heatmap.getByTestId('clearpost-heatmap-cell').count()).toBe(7 * 24);
    await expectVisible(page.getByTestId('clearpost-heatmap-top'));
    await heatmap.scrollIntoViewIfNeeded();
    await settle(page);
    await screenshot(page, 'an-05-heatmap');
  });

  it('lists the planned slot with the reason it was chosen', async () => {
    const slots = page.getByTestId('clearpost-planned-slots');
    await expectVisible(slots);
    const row = slots.getByTestId('clearpost-planned-slots-row').filter({ hasText: POST_TITLE });
    await expectVisible(row);
    await expectVisible(row.getByText(/Clinic LinkedIn: .*at the requested/));
    await slots.scrollIntoViewIfNeeded();
    await settle(page);
    await screenshot(page, 'an-06-planned-slots');
  });
});

describe('an editor', () => {
  it('opens the calendar from the Clearpost menu and sees no review queue', async () => {
    const editor = { firstname: 'Eddie', lastname: 'Editor', email: 'editor@clearpost.test' };
    await createUserWithRole(strapi.baseUrl, admin, editor, 'strapi-editor');
    const editorContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    try {
      const p = await editorContext.newPage();
      await p.goto(url('/auth/login'));
      await p.getByLabel(/^Email/).fill(editor.email);
      await p.getByLabel(/^Password/).fill(PASSWORD);
      await p.getByRole('button', { name: 'Login' }).click();
      await p.waitForURL((u) => !u.pathname.includes('/auth/'), { timeout: 30_000 });
      await p.getByRole('link', { name: 'Clearpost' }).click();
      try {
        await expectVisible(p.getByTestId('clearpost-calendar-week'), 15_000);
      } finally {
        await screenshot(p, 'cal-08-editor-calendar');
      }
      expect(new URL(p.url()).pathname).toBe('/admin/plugins/clearpost/calendar');
      expect(await p.getByRole('link', { name: 'Review queue' }).count()).toBe(0);
      await expectVisible(p.getByRole('link', { name: 'Analytics' }));
      await p.mouse.move(800, 700);
      await settle(p);
      await screenshot(p, 'cal-08-editor-calendar');
    } finally {
      await editorContext.close();
    }
  });
});

describe('accessibility', () => {
  it('has no serious or critical violations on the Calendar and Analytics pages', async () => {
    const found: Record<string, unknown> = {};
    for (const [name, path, ready] of [
      ['calendar-week', '/plugins/clearpost/calendar', () => expectVisible(page.getByTestId('clearpost-calendar-week'))],
      ['analytics', '/plugins/clearpost/analytics', () => expectVisible(page.getByTestId('clearpost-heatmap'))],
    ] as const) {
      await page.goto(url(path));
      await ready();
      await settle(page);
      const violations = await seriousViolations(page);
      if (violations.length > 0) found[name] = violations;
    }
    await page.goto(url('/plugins/clearpost/calendar'));
    await page.getByRole('button', { name: 'Month' }).click();
    await expectVisible(page.getByTestId('clearpost-calendar-month'));
    // Off the Month button: the design system's hover colour is not what the page shows at rest.
    await page.mouse.move(1420, 890);
    await settle(page);
    const month = await seriousViolations(page);
    if (month.length > 0) found['calendar-month'] = month;
    await screenshot(page, 'cal-07-axe-month');
    expect(found).toEqual({});
  });
});
