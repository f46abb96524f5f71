import { expect, test } from '@playwright/test';
import { login, logout, mainMenuItems, menus, snap } from './support.js';

test.describe('signing in', () => {
  for (const role of ['admin', 'manager', 'developer'] as const) {
    test(`${role} sees exactly the menu of the role`, async ({ page }, testInfo) => {
      await login(page, role);
      await expect(page).toHaveURL(/\/$/);
      await expect(mainMenuItems(page)).toHaveText([...menus[role]]);
      await snap(page, testInfo, `home-${role}`);
    });
  }

  test('a wrong password is refused with a translated message', async ({ page }, testInfo) => {
    await page.goto('/login');
    await snap(page, testInfo, 'login');
    await page.getByLabel(/user name or e-mail/i).fill('manager');
    await page.getByLabel(/^password/i).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('login-error')).toHaveText('Wrong user name or password.');
    await expect(page).toHaveURL(/\/login$/);
    await snap(page, testInfo, 'login-wrong-password');

    await page.getByTestId('language-uk').click();
    await page.getByRole('button', { name: 'Увійти' }).click();
    await expect(page.getByTestId('login-error')).toHaveText(
      "Неправильне ім'я користувача або пароль.",
    );
  });

  test('empty fields are checked before anything is sent', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Please fill this in')).toHaveCount(2);
  });

  test('logging out ends the session and protects the pages again', async ({ page }, testInfo) => {
    await login(page, 'manager');
    await logout(page);
    await expect(page.getByText('You have logged out.')).toBeVisible();
    await snap(page, testInfo, 'login-after-logout');

    await page.goto('/clients');
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByText('Please sign in to continue.')).toBeVisible();
  });

  test('a reload keeps the user signed in', async ({ page }) => {
    await login(page, 'developer');
    await page.goto('/projects');
    await page.reload();
    await expect(page.getByTestId('user-menu')).toBeVisible();
    await expect(page).toHaveURL(/\/projects$/);
  });

  test('after signing in the user returns to the page they asked for', async ({ page }) => {
    await page.goto('/teams');
    await expect(page).toHaveURL(/\/login$/);
    await page.getByLabel(/user name or e-mail/i).fill('developer');
    await page.getByLabel(/^password/i).fill('demo12345');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/teams$/);
  });
});
