import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { login, snap } from './support.js';

// One story across roles: a manager sets up a team, a project and a task for two developers;
// each developer ticks their own box; someone from another team cannot even see the work.
test.describe.configure({ mode: 'serial' });

const stamp = Date.now().toString(36);
const teamName = `Quasar ${stamp}`;
const projectName = `Partner portal ${stamp}`;
const taskTitle = `Integrate the billing API ${stamp}`;
const developer1 = { username: 'dmytro.kravets', name: 'Dmytro Kravets' };
const developer2 = { username: 'sofiia.lysenko', name: 'Sofiia Lysenko' };
// A demo developer who is not in the new team.
const outsider = 'bohdan.rudenko';

let teamUrl = '';
let projectUrl = '';
let taskUrl = '';

/**
 * Types into an AntD select, waits for the search to answer, picks the matching option and
 * waits for `chosen` to show it was taken. A click that lands while the list re-renders is
 * lost without a trace, so it is tried again — only after `chosen` stayed absent for 5 s.
 */
async function pick(page: Page, select: Locator, text: string, option: string, chosen: Locator) {
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  const search = async () => {
    await select.click();
    await select.fill(text);
    // Until the search answers, the previous results are still listed.
    await expect
      .poll(async () => {
        const texts = await options.allTextContents();
        return texts.length > 0 && texts.every((t) => t.toLowerCase().includes(text.toLowerCase()));
      })
      .toBe(true);
  };
  await search();
  await expect(async () => {
    if (!(await options.filter({ hasText: option }).first().isVisible())) await search();
    await options.filter({ hasText: option }).first().click({ timeout: 5_000 });
    await expect(chosen).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 20_000 });
}

function doneBoxes(page: Page) {
  return page.getByRole('checkbox');
}

test('a manager creates a team with two developers, one of them the lead', async ({
  page,
}, testInfo) => {
  await login(page, 'manager');
  await page.getByTestId('main-menu').getByRole('menuitem', { name: 'Teams' }).click();
  await expect(page.getByRole('heading', { name: 'Teams', exact: true })).toBeVisible();
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  await snap(page, testInfo, 'teams-list');

  await page.getByRole('button', { name: 'New team' }).first().click();
  const drawer = page.getByRole('dialog');
  await drawer.getByRole('button', { name: 'Create team' }).click();
  await expect(drawer.getByText('Please fill this in')).toBeVisible();

  await drawer.getByLabel(/^Name/).fill(teamName);
  await drawer.getByLabel(/^Description/).fill('Partner integrations and billing');
  const addMember = drawer.getByRole('combobox', { name: 'Add a member…' });
  const member = (name: string) => drawer.getByRole('heading', { name: new RegExp(name) });
  await pick(page, addMember, 'Dmytro', developer1.name, member(developer1.name));
  await pick(page, addMember, 'Sofiia', developer2.name, member(developer2.name));
  // The first person added leads; move the star to the second.
  await drawer.getByRole('button', { name: `Make ${developer2.name} the team lead` }).click();
  await snap(page, testInfo, 'team-create-drawer');
  await drawer.getByRole('button', { name: 'Create team' }).click();

  await expect(page.getByRole('heading', { name: teamName })).toBeVisible();
  await expect(page.getByText(`led by ${developer2.name}`)).toBeVisible();
  teamUrl = page.url();

  // Moving the lead is saved at once and survives a reload.
  await page.getByRole('button', { name: `Make ${developer1.name} the team lead` }).click();
  await expect(page.getByText(`${developer1.name} now leads the team`)).toBeVisible();
  await page.reload();
  await expect(page.getByText(`led by ${developer1.name}`)).toBeVisible();
  await page.getByRole('button', { name: `Make ${developer2.name} the team lead` }).click();
  await expect(page.getByText(`led by ${developer2.name}`)).toBeVisible();

  // Members are added and removed from the team page, each change saved at once.
  await pick(
    page,
    page.getByRole('combobox', { name: 'Add a member…' }),
    'Bohdan',
    'Bohdan',
    page.getByText('Bohdan Rudenko joined the team'),
  );
  await expect(page.getByText('3 members')).toBeVisible();
  await page.getByRole('button', { name: 'Remove Bohdan Rudenko' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('Bohdan Rudenko was removed from the team')).toBeVisible();
  await expect(page.getByText('2 members')).toBeVisible();
  // The lead cannot be removed while others would be left without one.
  await expect(page.getByRole('button', { name: `Remove ${developer2.name}` })).toBeDisabled();
  await snap(page, testInfo, 'team-detail');
});

test('the manager adds a project for a demo client and a task for both developers', async ({
  page,
}, testInfo) => {
  await login(page, 'manager');
  await page.goto(teamUrl);
  await page.getByRole('button', { name: 'New project' }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel(/^Name/).fill(projectName);
  await pick(
    page,
    drawer.getByRole('combobox', { name: 'Client' }),
    'Baltic',
    'Baltic Freight',
    drawer.getByText('Baltic Freight').filter({ visible: true }).first(),
  );
  await drawer.getByLabel('Budget').fill('48000');
  await drawer.getByRole('button', { name: 'Create project' }).click();

  await expect(page.getByRole('heading', { name: projectName })).toBeVisible();
  await expect(page.getByText('Baltic Freight OÜ').first()).toBeVisible();
  await expect(page.getByRole('link', { name: teamName }).first()).toBeVisible();
  projectUrl = page.url();

  await page.getByRole('button', { name: 'New task' }).click();
  const taskDrawer = page.getByRole('dialog');
  await expect(taskDrawer.getByText(projectName)).toBeVisible();
  await taskDrawer.getByLabel(/^Title/).fill(taskTitle);
  await taskDrawer
    .getByLabel(/^Description/)
    .fill('Invoices and payment status from the billing API.');
  await expect(
    taskDrawer
      .getByText('In USD, the project\u2019s currency')
      .or(taskDrawer.getByText("In USD, the project's currency")),
  ).toBeVisible();
  await taskDrawer.getByLabel(/^Budget/).fill('1500');
  const assignees = taskDrawer.getByLabel(/^Assignees/);
  const assigned = (name: string) => taskDrawer.getByText(name).filter({ visible: true }).first();
  await pick(page, assignees, 'Dmytro', developer1.name, assigned(developer1.name));
  await pick(page, assignees, 'Sofiia', developer2.name, assigned(developer2.name));
  await snap(page, testInfo, 'task-create-drawer');
  await taskDrawer.getByRole('button', { name: 'Create task' }).click();

  await expect(page.getByRole('heading', { name: taskTitle })).toBeVisible();
  await expect(page.getByText('0 of 2 done')).toBeVisible();
  // A manager ticks nobody's box.
  await expect(doneBoxes(page).first()).toBeDisabled();
  await expect(doneBoxes(page).nth(1)).toBeDisabled();
  taskUrl = page.url();

  await page.goto(projectUrl);
  await expect(page.getByRole('row', { name: new RegExp(taskTitle) })).toBeVisible();
  await expect(page.getByTestId('project-progress')).toContainText('0 of 1');
  await snap(page, testInfo, 'project-detail');
});

test('developer 1 ticks their box: the task is not done yet', async ({ page }, testInfo) => {
  await login(page, developer1.username);
  await page.getByTestId('main-menu').getByRole('menuitem', { name: 'Tasks' }).click();
  // The home page has a "My tasks" card too: wait until the task list has replaced it.
  const search = page.getByPlaceholder('Search by title or description');
  await expect(search).toBeVisible();
  await page.getByText('My tasks').click();
  await expect(page).toHaveURL(/assigneeId=/);
  await search.fill(stamp);
  const row = page.getByRole('row', { name: new RegExp(taskTitle) });
  await expect(row).toBeVisible();
  await expect(row.getByText('In progress')).toBeVisible();
  await snap(page, testInfo, 'tasks-mine-developer');
  // No managing buttons for developers.
  await expect(page.getByRole('button', { name: 'New task' })).toHaveCount(0);

  await row.getByRole('link', { name: taskTitle }).click();
  await expect(page.getByRole('heading', { name: taskTitle })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  const mine = page.getByRole('checkbox', { name: 'I have done my part' });
  const theirs = page.getByRole('checkbox', { name: `${developer2.name}'s part` });
  await expect(theirs).toBeDisabled();
  // A click, then wait for the state: the box updates once the server has answered.
  await mine.click();
  await expect(mine).toBeChecked();
  await expect(page.getByText('1 of 2 done')).toBeVisible();
  await expect(mine).toBeChecked();
  await expect(page.getByText('In progress').first()).toBeVisible();
  await expect(page.getByText('Done', { exact: true })).toHaveCount(0);

  await page.getByLabel('Write a comment').fill('My part is merged.');
  await page.getByRole('button', { name: 'Comment' }).click();
  await expect(page.getByTestId('comment').first()).toContainText('My part is merged');
  // Authors edit their own comments.
  await page.getByRole('button', { name: 'Edit comment' }).click();
  await page
    .getByRole('textbox', { name: 'Edit comment' })
    .fill('My part is merged; waiting for Sofiia.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('comment').first()).toContainText('edited');
  await snap(page, testInfo, 'task-detail-developer-1');
});

test('developer 2 ticks their box: now the task is done', async ({ page }, testInfo) => {
  await login(page, developer2.username);
  await page.goto(taskUrl);
  await expect(page.getByRole('heading', { name: taskTitle })).toBeVisible();
  await expect(page.getByText('1 of 2 done')).toBeVisible();
  // Someone else's comment: no edit or delete for it.
  await expect(page.getByRole('button', { name: 'Edit comment' })).toHaveCount(0);
  const myBox = page.getByRole('checkbox', { name: 'I have done my part' });
  await myBox.click();
  await expect(myBox).toBeChecked();
  await expect(page.getByText('2 of 2 done')).toBeVisible();
  await expect(page.getByText('Done', { exact: true }).first()).toBeVisible();
  await snap(page, testInfo, 'task-detail-done');

  await page.goto(projectUrl);
  await expect(page.getByTestId('project-progress')).toContainText('1 of 1');
  await expect(page.getByText('My part is merged; waiting for Sofiia.')).toBeVisible();
});

test('a developer of another team sees "not found" for the task and the project', async ({
  page,
}, testInfo) => {
  await login(page, outsider);
  await page.goto(taskUrl);
  await expect(page.getByText('Page not found')).toBeVisible();
  await snap(page, testInfo, 'task-not-found-outsider');
  await page.goto(projectUrl);
  await expect(page.getByText('Page not found')).toBeVisible();
  await snap(page, testInfo, 'project-not-found-outsider');

  await page.goto('/projects');
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(projectName) })).toHaveCount(0);
});

test('the projects list filters by status and budget state', async ({ page }, testInfo) => {
  await login(page, 'manager');
  await page.goto('/projects?status=active&sort=-deadline');
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  for (const text of await page
    .getByRole('row')
    .locator('td')
    .filter({ hasText: /^(Planned|Active|On hold|Completed|Cancelled)$/ })
    .allTextContents()) {
    expect(text).toBe('Active');
  }
  await snap(page, testInfo, 'projects-list');

  await page.goto('/projects?overBudget=true');
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  await snap(page, testInfo, 'projects-over-budget');

  await page.goto('/tasks?isOverdue=true');
  await expect(page.getByRole('row').nth(1).getByText('Overdue')).toBeVisible();
  await snap(page, testInfo, 'tasks-list');
});
