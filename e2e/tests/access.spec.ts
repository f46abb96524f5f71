import { expect, test } from '@playwright/test';
import { login, snap } from './support.js';

test('a developer opening the users page by URL gets the 403 page', async ({ page }, testInfo) => {
  await login(page, 'developer');
  await page.goto('/users');
  await expect(page.getByText('No access')).toBeVisible();
  await expect(
    page.getByText('Your role does not give access to this page.', { exact: false }),
  ).toBeVisible();
  await snap(page, testInfo, 'forbidden-developer-users');

  await page.goto('/clients');
  await expect(page.getByText('No access')).toBeVisible();
});

test('a manager may not open user management', async ({ page }) => {
  await login(page, 'manager');
  await page.goto('/users');
  await expect(page.getByText('No access')).toBeVisible();
});

test('an unknown address shows the 404 page', async ({ page }, testInfo) => {
  await login(page, 'manager');
  await page.goto('/no/such/page');
  await expect(page.getByText('Page not found')).toBeVisible();
  await snap(page, testInfo, 'not-found');
  await page.getByRole('button', { name: 'Back to home' }).click();
  await expect(page).toHaveURL(/\/$/);
});
