import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { login, snap } from './support.js';

test.describe('home pages', () => {
  test('a manager sees their clients, tasks, communications and projects at risk', async ({
    page,
  }, testInfo) => {
    await login(page, 'manager');
    const home = page.getByTestId('home-manager');
    await expect(home).toBeVisible();
    await expect(page.getByTestId('home-kpi-clients-value')).toHaveText(/^\d+$/);
    await expect(page.getByTestId('home-manager-tasks').getByRole('row').nth(1)).toBeVisible();
    // Overdue tasks come first and are marked.
    await expect(
      page.getByTestId('home-manager-tasks').locator('tr[data-overdue="true"]').first(),
    ).toContainText('Overdue');
    await expect(
      page.getByTestId('home-recent-communications').getByRole('row').nth(1),
    ).toBeVisible();
    await expect(page.getByTestId('home-projects-at-risk')).toBeVisible();
    // Money is per currency, formatted for the locale.
    await expect(page.getByTestId('home-budget-per-currency')).toContainText('$');
    await expect(page.getByTestId('home-admin')).toHaveCount(0);
    await snap(page, testInfo, 'home-manager');

    await page
      .getByTestId('home-manager-tasks')
      .getByRole('row')
      .nth(1)
      .getByRole('link')
      .first()
      .click();
    await expect(page).toHaveURL(/\/tasks\/[^/]+$/);
  });

  test('an admin sees the workspace overview above the manager view', async ({
    page,
  }, testInfo) => {
    await login(page, 'admin');
    await expect(page.getByTestId('home-admin')).toBeVisible();
    await expect(page.getByTestId('home-users-manager-value')).toHaveText(/^[1-9]\d*$/);
    await expect(page.getByTestId('home-recent-sign-ins')).toContainText('Administrator');
    await expect(page.getByTestId('home-manager')).toBeVisible();
    await snap(page, testInfo, 'home-admin');
  });

  test('a developer ticks their own box on the home page and it stays ticked', async ({
    page,
  }, testInfo) => {
    await login(page, 'developer');
    await expect(page.getByTestId('home-developer')).toBeVisible();
    await expect(page.getByTestId('home-manager')).toHaveCount(0);
    await expect(page.getByTestId('home-my-teams')).toContainText('Team lead');
    await snap(page, testInfo, 'home-developer');

    // A task shared with others stays open after my tick, so it stays on my list.
    const row = page
      .getByTestId('home-my-tasks')
      .locator('tr[data-shared="true"]')
      .filter({ has: page.locator('input[type="checkbox"]:not(:checked)') })
      .first();
    const taskId = await row.getAttribute('data-task-id');
    expect(taskId).toBeTruthy();
    const box = page.getByTestId(`my-done-${taskId}`);
    await box.click();
    await expect(box).toBeChecked();
    await expect(page.getByText(/Marked your part of .* as done/)).toBeVisible();
    await expect(box).toBeChecked();

    await page.reload();
    await expect(page.getByTestId(`my-done-${taskId}`)).toBeChecked();

    // And back, so the demo data stays as it was.
    await page.getByTestId(`my-done-${taskId}`).uncheck();
    await expect(page.getByText(/as not done/)).toBeVisible();
    await page.reload();
    await expect(page.getByTestId(`my-done-${taskId}`)).not.toBeChecked();
  });
});

test.describe('statistics', () => {
  test('filters change the figures and stay in the URL', async ({ page }, testInfo) => {
    await login(page, 'manager');
    await page.getByTestId('main-menu').getByRole('menuitem', { name: 'Statistics' }).click();
    await expect(page).toHaveURL(/\/statistics$/);
    const clients = page.getByTestId('kpi-clients-value');
    // Other specs add clients to the shared demo data, so the total is read, not assumed.
    await expect(clients).toHaveText(/^\d+$/);
    const total = Number(await clients.textContent());
    expect(total).toBeGreaterThanOrEqual(40);
    await expect(page.getByTestId('figure-budget-use')).toContainText('Over budget', {
      ignoreCase: true,
    });
    await snap(page, testInfo, 'statistics');

    // One manager's clients only.
    await page.getByTestId('statistics-manager').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'Olena Kovalenko' }).click();
    await expect(page).toHaveURL(/managerId=/);
    await expect(clients).not.toHaveText(String(total));
    const managerClients = Number(await clients.textContent());
    expect(managerClients).toBeGreaterThan(0);
    expect(managerClients).toBeLessThan(total);

    // A date range in the far past leaves nothing to count.
    await page.goto(`/statistics?from=2000-01-01&to=2000-12-31`);
    await expect(clients).toHaveText('0');
    await expect(page.getByTestId('statistics-page')).toContainText('Jan 1, 2000');

    // The interval switch regroups the time series.
    await page.goto('/statistics?interval=week');
    await expect(page.getByTestId('figure-communications-by-channel')).toBeVisible();
    await page.getByTestId('figure-communications-by-channel').getByTitle('Table').click();
    await expect(
      page.getByTestId('figure-communications-by-channel-table').getByRole('columnheader', {
        name: 'Week starting',
      }),
    ).toBeVisible();
  });

  test('every chart has a table view and a CSV export with a header row', async ({
    page,
  }, testInfo) => {
    await login(page, 'manager');
    await page.goto('/statistics');
    const card = page.getByTestId('figure-clients-by-status');
    await card.getByTitle('Table').click();
    const table = page.getByTestId('figure-clients-by-status-table');
    await expect(table.getByRole('columnheader', { name: 'Status' })).toBeVisible();
    await expect(table.getByRole('row', { name: /Active/ })).toBeVisible();
    await snap(page, testInfo, 'statistics-table-view');

    const downloadPromise = page.waitForEvent('download');
    await card.getByRole('button', { name: /CSV/ }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('clients-by-status.csv');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Status,Clients,"Share, %"');
    expect(
      lines.some((line) => /^Active,\d+,\d+(\.\d+)?$/.test(line)),
      lines.join(' | '),
    ).toBe(true);
  });

  test('the CSV headers follow the interface language', async ({ page }) => {
    await login(page, 'manager');
    await page.goto('/statistics');
    await page.getByTestId('language-uk').click();
    const card = page.getByTestId('figure-projects-by-status');
    await expect(card).toContainText('Проєкти за статусом');
    const downloadPromise = page.waitForEvent('download');
    await card.getByRole('button', { name: /CSV/ }).click();
    const text = readFileSync(await (await downloadPromise).path(), 'utf8');
    expect(text.slice(1).split('\r\n')[0]).toBe('Статус,Проєкти,"Частка, %"');
    await page.getByTestId('language-en').click();
  });

  test('a developer opening statistics by URL gets the 403 page', async ({ page }) => {
    await login(page, 'developer');
    await expect(
      page.getByTestId('main-menu').getByRole('menuitem', { name: 'Statistics' }),
    ).toHaveCount(0);
    await page.goto('/statistics');
    await expect(page.getByText('No access')).toBeVisible();
    await expect(page.getByTestId('statistics-page')).toHaveCount(0);
  });
});
