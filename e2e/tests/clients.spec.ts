import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { clickUntilSent, DEMO_PASSWORD, login, mainMenuItems, snap } from './support.js';

/** A bearer header for direct API calls (test setup only; the UI is what is tested). */
async function apiAuth(request: APIRequestContext, username: string) {
  const response = await request.post('/api/v1/auth/login', {
    data: { login: username, password: DEMO_PASSWORD },
  });
  expect(response.ok()).toBe(true);
  const { accessToken } = (await response.json()) as { accessToken: string };
  return { Authorization: `Bearer ${accessToken}` };
}

async function firstId(request: APIRequestContext, path: string, search = ''): Promise<string> {
  const headers = await apiAuth(request, 'manager');
  const response = await request.get(`/api/v1/${path}`, {
    headers,
    params: { pageSize: 1, ...(search && { search }) },
  });
  const body = (await response.json()) as { items: { id: string }[] };
  const id = body.items[0]?.id;
  expect(id).toBeTruthy();
  return id ?? '';
}

/**
 * Picks an option of an AntD select whose drop-down opens in a portal. A click that lands while
 * the drop-down is still sliding open can be lost, so it is retried until the choice shows.
 */
async function choose(page: Page, field: Locator, option: string) {
  const select = field.locator(
    'xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  const item = page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: option })
    .first();
  await expect(async () => {
    if (!(await item.isVisible())) await field.click();
    await item.click({ timeout: 2_000 });
    await expect(select).toContainText(option, { timeout: 1_000 });
  }).toPass();
}

/** `MM/DD/YYYY HH:mm` (what the English date-time input takes) of a local date. */
function typedDateTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getMonth() + 1)}/${two(date.getDate())}/${date.getFullYear()} ${two(
    date.getHours(),
  )}:${two(date.getMinutes())}`;
}

test('a manager creates a client with two contacts and logs a call seen in the client history', async ({
  page,
}, testInfo) => {
  // A long story: a client, two contacts, a call and three pages to check it on.
  test.slow();
  const stamp = Date.now().toString(36);
  const clientName = `QA Orbit ${stamp}`;

  await login(page, 'manager');
  await mainMenuItems(page).filter({ hasText: 'Clients' }).click();
  await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  await snap(page, testInfo, 'clients-list');

  // The new client: general fields, a phone, an e-mail and a Telegram account.
  await page.getByRole('button', { name: 'New client' }).first().click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText('New client')).toBeVisible();
  await drawer.getByLabel(/^Name/).fill(clientName);
  await choose(page, drawer.getByLabel(/^Source/), 'Referral');
  await drawer.getByRole('textbox', { name: /^Phone/ }).fill('+380 44 555 1234');
  const network = drawer.getByRole('combobox', { name: 'Network (contact detail 3)' });
  const socialItem = page.getByRole('menuitem', { name: 'Social network' });
  // The menu ignores a click that lands while it is still sliding open: try again until it takes.
  await expect(async () => {
    if (!(await socialItem.isVisible())) {
      await drawer.getByRole('button', { name: /Add contact detail/ }).click();
    }
    await socialItem.click();
    await expect(network).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await network.fill('Telegram');
  await drawer.getByRole('textbox', { name: /^Social network/ }).fill('@qaorbit');
  await drawer.getByRole('textbox', { name: /^E-mail/ }).fill('hello@qa-orbit');
  await drawer.getByRole('button', { name: 'Create client' }).click();
  // Checked by kind before anything is sent.
  await expect(drawer.getByText('Enter an e-mail address, e.g. name@company.com')).toBeVisible();
  await snap(page, testInfo, 'client-create-validation');
  await drawer.getByRole('textbox', { name: /^E-mail/ }).fill('hello@qa-orbit.example');
  await drawer.getByRole('button', { name: 'Create client' }).click();
  await expect(drawer).toBeHidden();

  // Straight to the new client's page.
  await expect(page).toHaveURL(/\/clients\/[^/]+$/);
  await expect(page.getByRole('heading', { name: clientName })).toBeVisible();
  await expect(page.getByRole('link', { name: 'hello@qa-orbit.example' })).toHaveAttribute(
    'href',
    'mailto:hello@qa-orbit.example',
  );
  await expect(page.getByRole('link', { name: '@qaorbit' })).toHaveAttribute(
    'href',
    'https://t.me/qaorbit',
  );

  // Two contact persons, added from the client page (the client is filled in already).
  for (const [first, last, position, email] of [
    ['Iryna', 'Melnyk', 'CTO', 'iryna@qa-orbit.example'],
    ['Taras', 'Bondarenko', 'Product owner', 'taras@qa-orbit.example'],
  ] as const) {
    await page.getByRole('button', { name: 'Add contact' }).first().click();
    const contactDrawer = page.getByRole('dialog');
    await expect(contactDrawer.getByText('New contact person')).toBeVisible();
    await expect(contactDrawer.getByText(clientName)).toBeVisible();
    await contactDrawer.getByLabel(/^First name/).fill(first);
    await contactDrawer.getByLabel(/^Last name/).fill(last);
    await contactDrawer.getByLabel(/^Position/).fill(position);
    await contactDrawer.getByRole('textbox', { name: /^E-mail/ }).fill(email);
    await contactDrawer.getByRole('button', { name: 'Create contact' }).click();
    await expect(contactDrawer).toBeHidden();
    await expect(page.getByRole('row', { name: new RegExp(`${first} ${last}`) })).toBeVisible();
  }
  await expect(page.getByText('Contact persons · 2')).toBeVisible();
  await snap(page, testInfo, 'client-detail');

  // A call logged on one of them, with a date typed in the past (not "now").
  await page
    .getByRole('row', { name: /Iryna Melnyk/ })
    .getByText('Iryna Melnyk')
    .click();
  await expect(page).toHaveURL(/\/contacts\/[^/]+$/);
  await expect(page.getByRole('heading', { name: 'Iryna Melnyk' })).toBeVisible();
  await expect(
    page.getByText('Nothing logged with this person yet.', { exact: false }),
  ).toBeVisible();

  const when = new Date();
  when.setDate(when.getDate() - 3);
  when.setHours(14, 30, 0, 0);
  const whenInput = page.getByLabel('When');
  await whenInput.click();
  await whenInput.fill(typedDateTime(when));
  await whenInput.press('Tab');
  await choose(page, page.getByLabel('Channel', { exact: true }), 'Phone call');
  await page.getByLabel(/^Channel note/).fill('+380 44 555 1234');
  await page.locator('#log-communication label').filter({ hasText: 'Incoming' }).click();
  const description = `Kick-off call ${stamp}: agreed on the scope of the MVP.`;
  await page.getByLabel(/^What was it about/).fill(description);
  await page.getByRole('button', { name: 'Log communication' }).click();
  await expect(page.getByText('The communication was logged')).toBeVisible();

  const shownDate = new Intl.DateTimeFormat('en-US', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(when);
  const entry = page.getByTestId('communication').filter({ hasText: description });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText(shownDate);
  await expect(entry).toContainText('Incoming');
  await expect(entry).toContainText('Logged by Olena Kovalenko');
  // The author may change their own entry.
  await expect(entry.getByRole('button', { name: 'Edit communication' })).toBeVisible();
  await snap(page, testInfo, 'contact-detail');

  // The client's history is the union of its contacts' histories.
  await page.getByRole('link', { name: clientName }).first().click();
  await expect(page.getByRole('heading', { name: clientName })).toBeVisible();
  const clientEntry = page.getByTestId('communication').filter({ hasText: description });
  await expect(clientEntry).toContainText(shownDate);
  await expect(clientEntry).toContainText('With Iryna Melnyk');
  await snap(page, testInfo, 'client-history');

  // The list's search finds the client.
  await page.goto('/clients');
  await page.getByPlaceholder('Search by name, phone, e-mail or manager').fill(stamp);
  await expect(page).toHaveURL(new RegExp(`search=${stamp}`));
  await expect(page.getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('row', { name: new RegExp(clientName) })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(clientName) })).toContainText(
    '2 contact persons',
  );
  await snap(page, testInfo, 'clients-search');
});

test('contacts list filters by client and opens the person', async ({ page }, testInfo) => {
  await login(page, 'manager');
  await page.goto('/contacts');
  await expect(page.getByRole('heading', { name: 'Contacts' })).toBeVisible();
  await expect(page.getByRole('row').nth(1)).toBeVisible();

  const clientFilter = page.getByRole('combobox', { name: 'Any client' });
  await clientFilter.click();
  await clientFilter.fill('Aurora');
  await page.locator('.ant-select-item-option').filter({ hasText: 'Aurora Mobility AB' }).click();
  await expect(page).toHaveURL(/clientId=/);
  await expect(
    page.getByRole('row').filter({ hasText: 'Aurora Mobility AB' }).first(),
  ).toBeVisible();
  // Only the header row is not one of the client's contacts.
  await expect(page.getByRole('row').filter({ hasNotText: 'Aurora Mobility AB' })).toHaveCount(1);
  await snap(page, testInfo, 'contacts-list');

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Any client' })).toBeVisible();
  await expect(page.getByText('Aurora Mobility AB').first()).toBeVisible();
});

test('deleting a client with contacts asks again and deletes them too', async ({
  page,
  request,
}, testInfo) => {
  const headers = await apiAuth(request, 'manager');
  const name = `Short-lived ${Date.now().toString(36)}`;
  const client = await request.post('/api/v1/clients', {
    headers,
    data: { name, type: 'company', source: 'website' },
  });
  const { id } = (await client.json()) as { id: string };
  await request.post('/api/v1/contacts', {
    headers,
    data: { clientId: id, firstName: 'Ola', lastName: 'Nordmann' },
  });

  await login(page, 'manager');
  await page.goto(`/clients/${id}`);
  await expect(page.getByRole('heading', { name })).toBeVisible();
  // The page's own menu, not a contact row's.
  await page.getByRole('button', { name: 'More' }).first().click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();

  await expect(
    page.getByRole('dialog', { name: `${name} still has contact persons` }),
  ).toBeVisible();
  await expect(
    page.getByText('also deletes its 1 contact person and their whole communication history', {
      exact: false,
    }),
  ).toBeVisible();
  await snap(page, testInfo, 'client-delete-cascade');
  await page.getByRole('button', { name: 'Delete with contacts and history' }).click();
  await expect(page).toHaveURL(/\/clients$/);
  await expect(page.getByText(`${name} was deleted`)).toBeVisible();

  const gone = await request.get(`/api/v1/clients/${id}`, { headers });
  expect(gone.status()).toBe(404);
});

test('an admin adds a client status', async ({ page }, testInfo) => {
  const label = `Budget review ${Date.now().toString(36)}`;
  await login(page, 'admin');
  await page.goto('/clients');
  await page.getByRole('button', { name: 'Statuses' }).click();
  const modal = page.getByRole('dialog');
  await expect(modal.getByText('Client statuses')).toBeVisible();
  await modal.getByLabel(/^Name/).fill(label);
  await expect(modal.getByLabel(/^Key/)).toHaveValue(/^budgetReview/);
  await clickUntilSent(
    page,
    modal.getByRole('button', { name: 'Add' }),
    'POST',
    '/client-statuses',
  );
  await expect(page.getByText(`The status ${label} was added`)).toBeVisible();
  await expect(modal.getByRole('row', { name: new RegExp(label) })).toBeVisible();
  await snap(page, testInfo, 'client-statuses-admin');
});

test('a developer opening clients and contacts by URL gets the 403 page', async ({
  page,
  request,
}, testInfo) => {
  const clientId = await firstId(request, 'clients');
  const contactId = await firstId(request, 'contacts');
  await login(page, 'developer');
  for (const url of ['/clients', `/clients/${clientId}`, '/contacts', `/contacts/${contactId}`]) {
    await page.goto(url);
    await expect(page.getByText('No access')).toBeVisible();
  }
  await snap(page, testInfo, 'contacts-forbidden-developer');
});

test('the client page in Ukrainian', async ({ page, request }, testInfo) => {
  // A client with contact persons and a history, so every section has something to show.
  const clientId = await firstId(request, 'clients', 'Aurora Mobility');
  await login(page, 'manager');
  await page.getByTestId('language-uk').click();
  await page.goto(`/clients/${clientId}`);
  await expect(page.getByText('Загальна інформація')).toBeVisible();
  await expect(page.getByText('Контактні дані')).toBeVisible();
  await expect(page.getByText('Історія комунікацій')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Додати контакт' }).first()).toBeVisible();
  await expect(page.getByText('Відповідальний менеджер')).toBeVisible();
  await expect(page.getByText('Контактні особи · 2')).toBeVisible();
  await expect(page.getByTestId('communication').first()).toContainText('Записав(ла)');
  await snap(page, testInfo, 'client-detail-uk');
});
