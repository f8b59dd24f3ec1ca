import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PASSWORD } from './admin-api';

export async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  return { context, page: await context.newPage() };
}

export async function expectVisible(locator: ReturnType<Page['locator']>, timeout = 30_000): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout });
}

/** Strapi's "new Media Library" banner covers the toasts in screenshots; close it once per session. */
export async function dismissBanner(page: Page): Promise<void> {
  const close = page.getByRole('button', { name: 'Close the banner.' });
  try {
    await close.click({ timeout: 3_000 });
  } catch {
    // no banner
  }
}

export async function logIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.getByLabel(/^Email/).fill(email);
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL((u) => !u.pathname.includes('/auth/'), { timeout: 30_000 });
  await dismissBanner(page);
}

/** Menus and toasts animate in; let them settle before a screenshot. */
export const settle = (page: Page) => page.waitForTimeout(400);

/** Any toast the admin panel shows (notifications render in a live region as role=alert or status). */
export const toast = (page: Page, text: RegExp) =>
  page.getByRole('alert').filter({ hasText: text }).or(page.getByRole('status').filter({ hasText: text })).first();

/** axe-core's serious and critical WCAG 2.1 A/AA violations on the page as it is now. */
export async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}
