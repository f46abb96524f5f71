import {
  HOME_TEAM_PROJECTS,
  type AdminHome,
  type DeveloperHome,
  type ManagerHome,
} from '@crm/contracts';
import type { Actor } from '../../platform/auth/tokens.js';
import { toBool, type Db } from '../../platform/db/database.js';
import { nowIso } from '../../platform/db/ids.js';
import { fromMinor } from '../../platform/db/money.js';
import type { CommunicationsService } from '../communications/index.js';
import type { ProjectsService } from '../projects/index.js';
import type { TasksService } from '../tasks/index.js';
import * as repo from './home.repository.js';

export interface HomeDeps {
  db: Db;
  tasks: TasksService;
  projects: ProjectsService;
  communications: CommunicationsService;
}

// The home pages show a page of each list, never its total: no count is run.
const openFirst = {
  page: 1,
  withTotal: false,
  sort: { field: 'deadline' as const, direction: 'asc' as const },
};

/**
 * The start pages: each one request, composed of the modules' own (scoped) queries and a few
 * counters — never whole tables.
 */
export function createHomeService({ db, tasks, projects, communications }: HomeDeps) {
  return {
    async manager(actor: Actor): Promise<ManagerHome> {
      const now = nowIso();
      const since = new Date(Date.now() - 30 * 86_400_000).toISOString();
      const [figures, myTasks, recent, atRisk] = await Promise.all([
        repo.managerFigures(db, actor.id, since, now),
        // Open tasks by deadline: the overdue ones (earliest deadlines) come first by themselves.
        tasks.list(actor, { ...openFirst, pageSize: 10, isDone: false, clientManagerId: actor.id }),
        communications.recentFor(actor.id, 10),
        projects.list(actor, {
          page: 1,
          withTotal: false,
          pageSize: 10,
          sort: { field: 'deadline', direction: 'asc' },
          clientManagerId: actor.id,
          statusIn: ['planned', 'active', 'onHold'],
          atRisk: true,
        }),
      ]);
      return {
        myClients: { total: figures.clients, vip: figures.vip },
        myTasks: {
          openCount: figures.tasks.open,
          overdueCount: figures.tasks.overdue,
          items: myTasks.items,
        },
        recentCommunications: recent,
        projectsAtRisk: atRisk.items,
        figures: {
          clients: figures.clients,
          tipsWritten: figures.tipsWritten,
          tasksCreated: figures.tasksCreated,
          communicationsLast30Days: figures.communications,
          budgetOfMyClientsProjects: figures.budgets.map((b) => fromMinor(b.amount, b.currency)),
        },
      };
    },

    async mine(actor: Actor): Promise<DeveloperHome> {
      const now = nowIso();
      const [counts, myTasks, teams] = await Promise.all([
        repo.taskCounts(db, actor, now),
        tasks.list(actor, { ...openFirst, pageSize: 50, isDone: false, assigneeId: actor.id }),
        repo.teamsOf(db, actor.id),
      ]);
      // Each team's first active projects and how many it has: one index range per team.
      const myTeams = await Promise.all(
        teams.map(async (t) => {
          const active = await projects.list(actor, {
            page: 1,
            pageSize: HOME_TEAM_PROJECTS,
            sort: { field: 'name', direction: 'asc' },
            teamIds: [t.id],
            statusIn: ['active'],
          });
          return {
            id: t.id,
            name: t.name,
            isLead: toBool(t.isLead),
            activeProjectsCount: active.total,
            activeProjects: active.items,
          };
        }),
      );
      return {
        myTasks: { openCount: counts.open, overdueCount: counts.overdue, items: myTasks.items },
        myTeams,
      };
    },

    async admin(): Promise<AdminHome> {
      const [byRole, signIns] = await Promise.all([
        repo.usersByRole(db),
        repo.recentSignIns(db, 10),
      ]);
      return {
        usersByRole: byRole,
        recentSignIns: signIns.map((u) => ({ ...u, lastLoginAt: u.lastLoginAt as string })),
      };
    },
  };
}

export type HomeService = ReturnType<typeof createHomeService>;
