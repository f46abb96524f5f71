import { expect, test } from '@playwright/test';
import { login, mainMenuItems, snap } from './support.js';

test('the language switch translates the app and is remembered', async ({ page }, testInfo) => {
  await login(page, 'manager');
  await expect(mainMenuItems(page).first()).toHaveText('Home');

  await page.getByTestId('language-uk').click();
  await expect(mainMenuItems(page)).toHaveText([
    'Головна',
    'Клієнти',
    'Контакти',
    'Проєкти',
    'Задачі',
    'Команди',
    'Документи',
    'Порадник',
    'Статистика',
  ]);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await snap(page, testInfo, 'home-manager-uk');

  await page.reload();
  await expect(mainMenuItems(page).first()).toHaveText('Головна');

  await page.goto('/clients');
  await expect(page.getByRole('heading', { name: 'Клієнти' })).toBeVisible();
  await snap(page, testInfo, 'clients-uk');

  await page.getByTestId('language-en').click();
  await expect(mainMenuItems(page).first()).toHaveText('Home');
});

test('a Ukrainian browser starts in Ukrainian', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'uk-UA' });
  const page = await context.newPage();
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Вхід' })).toBeVisible();
  await context.close();
});
