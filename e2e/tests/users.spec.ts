import { expect, test } from '@playwright/test';
import { confirmDialog, login, logout, mainMenuItems, snap } from './support.js';

test('an admin creates a user who can then sign in', async ({ page }, testInfo) => {
  const username = `qa.${Date.now().toString(36)}`;
  await login(page, 'admin');
  await mainMenuItems(page).filter({ hasText: 'Users' }).click();
  await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  await snap(page, testInfo, 'users-list');

  await page.getByRole('button', { name: 'New user' }).first().click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText('New user')).toBeVisible();

  // Client-side validation first.
  await drawer.getByRole('button', { name: 'Create user' }).click();
  await expect(drawer.getByText('Please fill this in').first()).toBeVisible();
  await snap(page, testInfo, 'users-create-validation');

  await drawer.getByLabel(/^User name/).fill(username);
  await drawer.getByLabel(/^E-mail/).fill(`${username}@example.com`);
  await drawer.getByLabel(/^Password/).fill('s3cret-pass');
  await drawer.getByLabel(/^First name/).fill('Ірина');
  await drawer.getByLabel(/^Last name/).fill('Коваль');
  await drawer.getByRole('button', { name: 'Create user' }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByText('Ірина Коваль was created')).toBeVisible();

  await page.getByPlaceholder('Search by name, user name or e-mail').fill(username);
  await expect(page).toHaveURL(new RegExp(`search=${username.replace('.', '\\.')}`));
  await expect(page.getByRole('row', { name: new RegExp(username) })).toBeVisible();
  await snap(page, testInfo, 'users-search');

  await logout(page);
  await login(page, username, 's3cret-pass');
  await expect(mainMenuItems(page)).toHaveText(['Home', 'Projects', 'Tasks', 'Teams']);
});

test('a taken user name is shown on its field', async ({ page }, testInfo) => {
  await login(page, 'admin');
  await page.goto('/users');
  await page.getByRole('button', { name: 'New user' }).first().click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel(/^User name/).fill('manager');
  await drawer.getByLabel(/^E-mail/).fill(`someone.${Date.now()}@example.com`);
  await drawer.getByLabel(/^Password/).fill('s3cret-pass');
  await drawer.getByLabel(/^First name/).fill('Test');
  await drawer.getByLabel(/^Last name/).fill('User');
  await drawer.getByRole('button', { name: 'Create user' }).click();
  await expect(drawer.getByText('This user name is already taken.')).toBeVisible();
  await snap(page, testInfo, 'users-create-conflict');
});

test('filters, sorting and paging live in the URL', async ({ page }, testInfo) => {
  await login(page, 'admin');
  await page.goto('/users?role=developer&sort=-createdAt');
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  const roles = page
    .getByRole('row')
    .locator('td')
    .filter({ hasText: /^(Administrator|Manager|Developer)$/ });
  await expect(roles.first()).toHaveText('Developer');
  for (const text of await roles.allTextContents()) expect(text).toBe('Developer');

  await page.getByRole('columnheader', { name: 'E-mail' }).click();
  await expect(page).toHaveURL(/sort=email/);
  await snap(page, testInfo, 'users-filtered');

  await page.reload();
  await expect(page).toHaveURL(/role=developer/);
});

test('an admin deactivates and reactivates a user, with confirmation', async ({
  page,
}, testInfo) => {
  await login(page, 'admin');
  await page.goto('/users?search=developer');
  const row = page.getByRole('row', { name: /@developer\b/ });
  await row.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Deactivate' }).click();
  await expect(page.getByText('They will not be able to sign in.', { exact: false })).toBeVisible();
  await snap(page, testInfo, 'users-deactivate-confirm');
  await confirmDialog(page, 'Deactivate');
  await expect(row.getByText('Deactivated')).toBeVisible();

  await row.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Activate' }).click();
  await confirmDialog(page, 'Activate');
  await expect(row.getByText('Active', { exact: true })).toBeVisible();
});

test('the user page and the profile page', async ({ page }, testInfo) => {
  await login(page, 'admin');
  await page.goto('/users?search=manager');
  await page
    .getByRole('row', { name: /@manager\b/ })
    .getByText('@manager')
    .click();
  await expect(page).toHaveURL(/\/users\/[^/]+$/);
  await expect(page.getByText('Personal details')).toBeVisible();
  await snap(page, testInfo, 'user-detail');

  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'My profile' }).click();
  await expect(page.getByRole('heading', { name: 'My profile' })).toBeVisible();
  await snap(page, testInfo, 'profile');

  await page.getByLabel(/^Current password/).fill('wrong-password');
  await page.getByLabel(/^New password/).fill('another-pass-1');
  await page.getByLabel(/^Repeat the new password/).fill('another-pass-1');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('The current password is wrong.')).toBeVisible();
});
