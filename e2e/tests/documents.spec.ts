import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { login, mainMenuItems, snap } from './support.js';

declare global {
  interface Window {
    __xss?: number;
  }
}

/** Slows the browser's uploads (DevTools throttling) so the progress bar can be seen. */
async function throttleUploads(page: Page, bytesPerSecond: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: bytesPerSecond,
  });
  return async () => {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await cdp.detach();
  };
}

test('a manager uploads a document with a progress bar, finds it and downloads the same bytes', async ({
  page,
}, testInfo) => {
  test.slow();
  const stamp = Date.now().toString(36);
  const title = `QA contract ${stamp}`;
  const fileName = `qa-contract-${stamp}.pdf`;
  // A few megabytes of noise, so the upload takes long enough to watch.
  const bytes = randomBytes(3 * 1024 * 1024 + 4321);

  await login(page, 'manager');
  await mainMenuItems(page).filter({ hasText: 'Documents' }).click();
  await expect(page.getByRole('heading', { name: 'Documents' })).toBeVisible();
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  await snap(page, testInfo, 'documents-list');

  await page.getByRole('button', { name: 'Upload document' }).first().click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText('Upload a document')).toBeVisible();

  // Nothing chosen yet: the form says what is missing before anything is sent.
  await drawer.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(drawer.getByText('Choose the file to upload')).toBeVisible();

  await drawer
    .locator('input[type=file]')
    .setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: bytes });
  await expect(drawer.getByText(fileName)).toBeVisible();
  // The title starts from the file name; the user gives it a real one.
  await expect(drawer.getByLabel(/^Title/)).toHaveValue(`qa-contract-${stamp}`);
  await drawer.getByLabel(/^Title/).fill(title);
  await drawer.getByLabel(/^Description/).fill('Signed by both sides; the scanned copy.');
  await drawer.getByLabel(/^Client/).click();
  await page.keyboard.type('Helvetia');
  await page.locator('.ant-select-item-option').filter({ hasText: 'Helvetia' }).first().click();

  const restore = await throttleUploads(page, 1024 * 1024);
  await drawer.getByRole('button', { name: 'Upload', exact: true }).click();
  const progress = drawer.getByTestId('upload-progress');
  await expect(progress).toBeVisible();
  await expect(progress.getByRole('progressbar')).toHaveAttribute('aria-valuenow', /^([1-9]\d?)$/);
  await snap(page, testInfo, 'documents-upload-progress');
  await expect(drawer).toBeHidden({ timeout: 30_000 });
  await restore();
  await expect(page.getByText(`“${title}” was uploaded`)).toBeVisible();

  // Newest first: the new document heads the list, with its file name, size and client.
  const row = page.getByRole('row', { name: new RegExp(title) });
  await expect(row).toBeVisible();
  await expect(row).toContainText(fileName);
  await expect(row).toContainText('3 MB');
  await expect(row).toContainText('Helvetia');

  const downloadFromList = page.waitForEvent('download');
  await row.getByRole('button', { name: `Download ${fileName}` }).click();
  const listDownload = await downloadFromList;
  expect(listDownload.suggestedFilename()).toBe(fileName);
  const downloaded = await readFile(await listDownload.path());
  expect(downloaded.length).toBe(bytes.length);
  expect(downloaded.equals(bytes)).toBe(true);

  // The document's page: details, the file card and its own download button.
  await row.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(/\/documents\/[^/]+$/);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByText('Signed by both sides; the scanned copy.')).toBeVisible();
  await expect(page.getByText('Communications that mention it')).toBeVisible();
  await snap(page, testInfo, 'document-detail');
  const downloadFromPage = page.waitForEvent('download');
  await page
    .getByRole('button', { name: `Download ${fileName}` })
    .first()
    .click();
  const pageDownload = await downloadFromPage;
  expect((await readFile(await pageDownload.path())).equals(bytes)).toBe(true);

  // Edit the metadata, then delete with confirmation.
  await page.getByRole('button', { name: 'Edit' }).click();
  const editor = page.getByRole('dialog');
  await editor.getByLabel(/^Title/).fill(`${title} (signed)`);
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByRole('heading', { name: `${title} (signed)` })).toBeVisible();

  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('This cannot be undone.')).toBeVisible();
  // The server's answer is asserted on its own, so a failure says whether the delete or the
  // navigation after it went wrong.
  const deleted = page.waitForResponse(
    (response) =>
      response.request().method() === 'DELETE' && /\/documents\/[^/]+$/.test(response.url()),
  );
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  expect((await deleted).status()).toBe(204);
  await expect(page).toHaveURL(/\/documents$/);
  await expect(page.getByRole('row', { name: new RegExp(title) })).toHaveCount(0);
});

test('a tip with hostile HTML renders safely, is found by search and takes comments', async ({
  page,
}, testInfo) => {
  test.slow();
  const word = `quokka${Date.now().toString(36)}`;
  const title = `Calming an angry ${word} client`;
  const body = [
    '## What to do',
    '',
    `1. **Listen** first: the ${word} rule.`,
    '2. Summarise the problem in _writing_.',
    '',
    '<img src=x onerror="window.__xss=1">',
    '',
    '<script>window.__xss=2</script>',
    '',
    '[Escalation guide](javascript:window.__xss=3)',
  ].join('\n');

  await login(page, 'manager');
  await mainMenuItems(page).filter({ hasText: 'Advisor' }).click();
  await expect(page.getByRole('heading', { name: 'Advisor' })).toBeVisible();
  await expect(page.getByTestId('advice-result').first()).toBeVisible();

  await page.getByRole('button', { name: 'New tip' }).first().click();
  await expect(page).toHaveURL(/\/advisor\/new$/);
  await page.getByLabel('Topic', { exact: true }).fill('Escalations');
  await page.keyboard.press('Escape');
  await page.getByLabel(/^Title/).fill(title);
  await page.getByLabel(/^Text/).fill(body);
  await page.getByRole('tab', { name: 'Preview' }).click();
  const preview = page.getByTestId('markdown-preview');
  await expect(preview.getByRole('heading', { name: 'What to do' })).toBeVisible();
  await snap(page, testInfo, 'advice-form-preview');
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();

  await page.getByRole('button', { name: 'Publish tip' }).click();
  await expect(page).toHaveURL(/\/advisor\/[^/]+$/);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  const article = page.getByRole('article', { name: title });
  await expect(article.getByRole('heading', { name: 'What to do' })).toBeVisible();
  await expect(article.locator('strong')).toHaveText('Listen');
  // Raw HTML is shown as text, never run; the javascript: link lost its target.
  await expect(article).toContainText('<script>window.__xss=2</script>');
  await expect(article.locator('script, img, [onerror]')).toHaveCount(0);
  await expect(article.locator('a[href^="javascript"]')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();

  // A comment from the same manager, who may edit and delete it.
  await page.getByPlaceholder('Add a comment').fill(`Worked for the ${word} account too.`);
  await page.getByRole('button', { name: 'Comment', exact: true }).click();
  // The tip is new: this is its only comment.
  const comment = page.getByTestId('advice-comment');
  await expect(comment).toHaveCount(1);
  await expect(comment).toContainText(`${word} account`);
  await expect(page.getByText('1 comment', { exact: true })).toBeVisible();
  await comment.getByRole('button', { name: 'Edit comment' }).click();
  await comment.getByRole('textbox', { name: 'Edit comment' }).fill(`Worked for ${word} twice.`);
  await comment.getByRole('button', { name: 'Save' }).click();
  await expect(comment).toContainText('twice');
  await expect(comment).toContainText('edited');
  await snap(page, testInfo, 'advice-detail');

  // Search finds it by a word of its text, the word marked in the result.
  await page.goto('/advisor');
  await page.getByRole('textbox', { name: 'Search tips' }).fill(word);
  await expect(page).toHaveURL(new RegExp(`search=${word}`));
  const result = page.getByTestId('advice-result').filter({ hasText: title });
  await expect(result).toBeVisible();
  await expect(result.locator('mark').first()).toHaveText(word);
  await expect(page.getByText(/1 tip found for/)).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Best match' })).toBeChecked();
  await snap(page, testInfo, 'advisor-search');

  // A topic chip narrows the list.
  await page.getByRole('textbox', { name: 'Search tips' }).fill('');
  await page.getByRole('group', { name: 'Topics' }).getByText('Escalations').click();
  await expect(page).toHaveURL(/topic=Escalations/);
  await expect(result).toBeVisible();
  for (const tag of await page.getByTestId('advice-result').locator('.ant-tag').allTextContents()) {
    expect(tag).toBe('Escalations');
  }
  await snap(page, testInfo, 'advisor-topic');
});

test('a developer opening documents or the advisor by URL gets the 403 page', async ({
  page,
}, testInfo) => {
  await login(page, 'developer');
  await page.goto('/documents');
  await expect(page.getByText('No access')).toBeVisible();
  await snap(page, testInfo, 'documents-forbidden-developer');
  await page.goto('/advisor');
  await expect(page.getByText('No access')).toBeVisible();
  await page.goto('/advisor/new');
  await expect(page.getByText('No access')).toBeVisible();
});
