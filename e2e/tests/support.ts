import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page, Request, TestInfo } from '@playwright/test';
import { expect } from '@playwright/test';

export const DEMO_PASSWORD = 'demo12345';

export const menus = {
  developer: ['Home', 'Projects', 'Tasks', 'Teams'],
  manager: [
    'Home',
    'Clients',
    'Contacts',
    'Projects',
    'Tasks',
    'Teams',
    'Documents',
    'Advisor',
    'Statistics',
  ],
  admin: [
    'Home',
    'Clients',
    'Contacts',
    'Projects',
    'Tasks',
    'Teams',
    'Documents',
    'Advisor',
    'Statistics',
    'Users',
  ],
} as const;

const artifacts = path.resolve(import.meta.dirname, '../artifacts');

/** A full-page screenshot under e2e/artifacts/, also attached to the test report. */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  mkdirSync(artifacts, { recursive: true });
  // Let fonts, transitions and toasts settle so the picture shows the page as a user sees it.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const file = path.join(artifacts, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel(/user name or e-mail/i).fill(username);
  await page.getByLabel(/^password/i).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

export async function logout(page: Page) {
  await page.getByTestId('user-menu').click();
  const item = page.getByRole('menuitem', { name: 'Log out' });
  await expect(item).toBeVisible();
  await item.click();
  await expect(page).toHaveURL(/\/login$/);
}

export function mainMenuItems(page: Page) {
  return page.getByTestId('main-menu').getByRole('menuitem');
}

/**
 * Confirms the open dialog with its button `name`, clicking again until the dialog has gone:
 * a click in a modal's first moments, while it zooms in, was sometimes lost (the dialog stayed
 * open). A second click on a dialog whose action is under way lands on a loading button, which
 * does nothing.
 */
export async function confirmDialog(page: Page, name: string) {
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(async () => {
    if (await dialog.isVisible()) {
      await dialog.getByRole('button', { name }).click({ timeout: 2_000 });
    }
    await expect(dialog).toBeHidden({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
}

/**
 * Clicks `button` until the page has sent a `method` request to a path ending in `path`: a click
 * in a dialog's first moments is sometimes lost — the client statuses' "Add" sent nothing in a
 * CI run, twice, and in one local run of the file, though its form was filled and valid.
 */
export async function clickUntilSent(page: Page, button: Locator, method: string, path: string) {
  let sent = false;
  const onRequest = (request: Request) => {
    if (request.method() === method && new URL(request.url()).pathname.endsWith(path)) sent = true;
  };
  page.on('request', onRequest);
  try {
    await expect(async () => {
      if (!sent) await button.click({ timeout: 2_000 });
      await expect.poll(() => sent, { timeout: 2_000 }).toBe(true);
    }).toPass({ timeout: 15_000 });
  } finally {
    page.off('request', onRequest);
  }
}
