import type { Currency, ProjectStatus } from '@crm/contracts';
import type { Executor } from '../../platform/db/audit.js';
import { newId } from '../../platform/db/ids.js';
import { insertProject } from '../projects/projects.repository.js';
import { insertComment } from '../tasks/comments.repository.js';
import {
  insertTask,
  refreshTaskDone,
  replaceAssignees,
  setAssigneeDone,
} from '../tasks/tasks.repository.js';
import { insertTeam, replaceMembers } from '../teams/teams.repository.js';
import type { DemoClient } from './clients.demo.js';
import type { Random } from './random.js';

const TEAMS: ReadonlyArray<[string, string]> = [
  ['Phoenix', 'Mobile apps: iOS and Android, React Native'],
  ['Atlas', 'Backend services and integrations (Node.js, Go)'],
  ['Nova', 'Web front-ends: React, design systems'],
  ['Orion', 'Data engineering and analytics'],
  ['Vega', 'QA and test automation'],
  ['Lyra', 'DevOps, cloud and infrastructure'],
  ['Sirius', 'Fintech products: payments and banking'],
  ['Polaris', 'E-commerce platforms'],
];

const PROJECT_KINDS = [
  'Mobile banking app',
  'Customer portal',
  'Logistics tracking platform',
  'Data warehouse migration',
  'E-commerce redesign',
  'Booking system',
  'Analytics dashboard',
  'CRM integration',
  'Payment gateway',
  'Telemedicine MVP',
  'Inventory management',
  'Learning platform',
];

const TASKS = [
  'Set up CI pipeline',
  'Design the database schema',
  'Implement login and roles',
  'Build the dashboard page',
  'Integrate the payment provider',
  'Write API documentation',
  'Load testing of the search',
  'Fix the crash on Android 14',
  'Migrate legacy customer data',
  'Accessibility review',
  'Add CSV export',
  'Localize into German',
  'Push notifications',
  'Security audit fixes',
  'Performance tuning of reports',
  'Release 1.0 to production',
];

const COMMENTS_DEV = [
  'Started on this today, first PR by tomorrow.',
  'Blocked by the missing API keys from the client.',
  'Done on my side, please review.',
  'Need one more day because of the schema change.',
  'Почав роботу, перший PR завтра.',
  'Потрібні доступи до тестового середовища.',
];
const COMMENTS_MANAGER = [
  'The client asked to move this before the demo.',
  'Please estimate in hours.',
  'Great work, the client is happy with the result.',
  'Клієнт просить показати це на демо в четвер.',
  'Будь ласка, оцініть задачу.',
];

const STATUSES: readonly ProjectStatus[] = [
  'active',
  'active',
  'active',
  'active',
  'planned',
  'onHold',
  'completed',
  'completed',
  'cancelled',
];
const CURRENCIES: readonly Currency[] = ['USD', 'USD', 'EUR', 'EUR', 'UAH'];

export interface DemoStaff {
  managers: string[];
  developers: string[];
  /** The main demo developer: member of two teams only, so the scope shows. */
  developer: string;
}

export interface DemoDelivery {
  projects: { id: string; clientId: string; managerId: string }[];
  tasks: { id: string; projectId: string; clientId: string }[];
}

/** ~8 teams, ~30 projects, ~300 tasks (some overdue, some done, some half-done), comments. */
export async function seedDeliveryDemo(
  db: Executor,
  rnd: Random,
  staff: DemoStaff,
  clients: DemoClient[],
  now: Date,
): Promise<DemoDelivery> {
  const made: DemoDelivery = { projects: [], tasks: [] };
  const day = 86_400_000;
  const iso = (offsetDays: number) => new Date(now.getTime() + offsetDays * day).toISOString();
  const others = staff.developers.filter((d) => d !== staff.developer);

  const teams: { id: string; members: string[] }[] = [];
  for (const [i, [name, description]] of TEAMS.entries()) {
    const id = newId();
    const createdAt = iso(-400 + i);
    // The main developer is in the first two teams (and leads the first); the others rotate.
    const members = [
      ...new Set([
        ...(i < 2 ? [staff.developer] : []),
        others[i % others.length] as string,
        others[(i + 2) % others.length] as string,
      ]),
    ];
    await insertTeam(db, {
      id,
      name,
      nameKey: name.toLowerCase(),
      description,
      createdAt,
      updatedAt: createdAt,
      createdBy: staff.managers[0] ?? null,
      updatedBy: staff.managers[0] ?? null,
    });
    await replaceMembers(
      db,
      id,
      members.map((userId, k) => ({ userId, isLead: k === 0 })),
      createdAt,
    );
    teams.push({ id, members });
  }

  const eligible = clients.filter((c) => c.status !== 'lead');
  for (let p = 0; p < 30; p++) {
    const client = eligible[p % eligible.length] as DemoClient;
    const team = teams[p % teams.length] as (typeof teams)[number];
    const projectId = newId();
    const currency = rnd.pick(CURRENCIES);
    const budget = rnd.int(20, 400) * (currency === 'UAH' ? 40_000 : 1_000) * 100;
    const status = rnd.pick(STATUSES);
    const start = rnd.int(-300, -20);
    const createdAt = iso(start - 10);
    await insertProject(db, {
      id: projectId,
      name: `${rnd.pick(PROJECT_KINDS)}${p >= PROJECT_KINDS.length ? ` ${Math.floor(p / PROJECT_KINDS.length) + 1}` : ''}`,
      description:
        client.lang === 'uk'
          ? `Проєкт для ${client.name}.`
          : `Delivery project for ${client.name}.`,
      clientId: client.id,
      teamId: team.id,
      budgetAmount: budget,
      budgetCurrency: currency,
      status,
      startDate: iso(start).slice(0, 10),
      deadline: iso(start + rnd.int(90, 360)).slice(0, 10),
      createdAt,
      updatedAt: createdAt,
      createdBy: client.managerId,
      updatedBy: client.managerId,
    });

    made.projects.push({ id: projectId, clientId: client.id, managerId: client.managerId });
    // Every fifth project spends more than its budget on tasks.
    const overBudget = p % 5 === 2;
    const taskCount = rnd.int(7, 13);
    for (let k = 0; k < taskCount; k++) {
      const taskId = newId();
      const deadlineOffset = rnd.int(-60, 90);
      const taskCreated = iso(start + k);
      await insertTask(db, {
        id: taskId,
        projectId,
        title: TASKS[(p + k) % TASKS.length] as string,
        description: rnd.chance(0.6)
          ? 'Acceptance criteria are in the specification; demo to the client when done.'
          : null,
        deadline: rnd.chance(0.9) ? iso(deadlineOffset) : null,
        budgetAmount: Math.round((budget / taskCount) * (overBudget ? 1.3 : rnd.next() * 0.9)),
        isDone: false,
        createdAt: taskCreated,
        updatedAt: taskCreated,
        createdBy: client.managerId,
        updatedBy: client.managerId,
      });
      made.tasks.push({ id: taskId, projectId, clientId: client.id });
      const assignees = team.members.filter(() => rnd.chance(0.6));
      if (assignees.length === 0) assignees.push(rnd.pick(team.members));
      await replaceAssignees(db, taskId, assignees);
      // Past deadlines are mostly done; some are overdue; some are half-done.
      const progress = deadlineOffset < 0 ? rnd.next() : rnd.next() * 0.6;
      for (const userId of assignees) {
        if (rnd.next() < progress + (status === 'completed' ? 1 : 0))
          await setAssigneeDone(db, taskId, userId, true, iso(Math.min(deadlineOffset, 0)));
      }
      await refreshTaskDone(db, taskId, iso(Math.min(deadlineOffset, 0)));
      const comments = rnd.int(0, 3);
      for (let c = 0; c < comments; c++) {
        const byDev = rnd.chance(0.5);
        await insertComment(db, {
          id: newId(),
          taskId,
          projectId,
          authorId: byDev ? rnd.pick(assignees) : client.managerId,
          body: byDev ? rnd.pick(COMMENTS_DEV) : rnd.pick(COMMENTS_MANAGER),
          createdAt: iso(start + k + c + 1),
          editedAt: null,
        });
      }
    }
  }
  return made;
}
