import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupApp, type TestContext, type TestUser } from '../../../test/harness.js';

/**
 * The task list's orders and totals, read from indexes and per-team counters (migration 0018)
 * and, for a developer in several teams, merged from each team's range: every path must give
 * what sorting all the visible tasks would.
 */
type Who = { user: TestUser; token: string };
type Task = { id: string; title: string; deadline: string | null; isDone: boolean };
let t: TestContext;
let manager: Who, dev: Who, other: Who;
let client: { id: string };
const teams: { id: string }[] = [];
const projects: { id: string }[] = [];
const tasks: (Task & { team: number })[] = [];

const req = (
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  who: Who,
  payload?: object,
) => t.inject({ method, url, token: who.token, ...(payload ? { payload } : {}) });

async function created<T>(url: string, payload: object): Promise<T> {
  const res = await req('POST', url, manager, payload);
  if (res.statusCode !== 201) throw new Error(`${url}: ${res.body}`);
  return res.json<T>();
}

const day = 86_400_000;
const at = (days: number) => new Date(Date.UTC(2027, 0, 1) + days * day).toISOString();

async function addTask(team: number, title: string, deadline: string | null, done = false) {
  const assignee = team === 2 ? other : dev;
  const x = await created<Task>('/api/v1/tasks', {
    projectId: projects[team]!.id,
    title,
    deadline,
    assigneeIds: [assignee.user.id],
  });
  if (done) {
    const res = await req(
      'PUT',
      `/api/v1/tasks/${x.id}/assignees/${assignee.user.id}/done`,
      assignee,
      {
        done: true,
      },
    );
    if (res.statusCode !== 200) throw new Error(res.body);
  }
  tasks.push({ ...x, isDone: done, team });
}

beforeAll(async () => {
  t = await setupApp();
  manager = await t.as('manager');
  dev = await t.as('developer');
  other = await t.as('developer');
  client = await created('/api/v1/clients', {
    name: 'Order Co',
    type: 'company',
    source: 'referral',
  });
  // The developer is in teams 0 and 1; team 2 is someone else's.
  for (const members of [[dev], [dev], [other]]) {
    teams.push(
      await created('/api/v1/teams', {
        name: `Team ${teams.length}`,
        members: members.map((m, i) => ({ userId: m.user.id, isLead: i === 0 })),
      }),
    );
  }
  for (const team of teams) {
    projects.push(
      await created('/api/v1/projects', {
        name: `Project ${projects.length}`,
        clientId: client.id,
        teamId: team.id,
        budget: { amount: '1', currency: 'USD' },
      }),
    );
  }
  // Deadlines shared across teams and within one (ties broken by id), tasks without one in
  // every team, done ones with and without.
  const plan: [number, string, number | null, boolean?][] = [
    [0, 'k', 5],
    [1, 'c', 5],
    [0, 'a', null],
    [1, 'h', 1],
    [0, 'e', 1],
    [1, 'b', null],
    [0, 'j', 9, true],
    [2, 'd', 2],
    [1, 'f', 3, true],
    [0, 'l', null, true],
    [2, 'g', null],
    [1, 'i', 5],
    [0, 'm', -3],
  ];
  for (const [team, title, deadline, done] of plan) {
    await addTask(team, title, deadline === null ? null : at(deadline), done);
  }
});
afterAll(() => t.close());

/** Ascending with tasks without a deadline last, in either direction; ties by id. */
function expected(rows: Task[], sort: string): string[] {
  const desc = sort.startsWith('-');
  const field = desc ? sort.slice(1) : sort;
  const sign = desc ? -1 : 1;
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const byDeadline = (a: Task, b: Task) =>
    a.deadline === b.deadline
      ? 0
      : a.deadline === null
        ? 1
        : b.deadline === null
          ? -1
          : sign * cmp(a.deadline, b.deadline);
  return [...rows]
    .sort(
      (a, b) =>
        (field === 'status'
          ? sign * (Number(a.isDone) - Number(b.isDone)) || byDeadline(a, b)
          : 0) ||
        (field === 'deadline' ? byDeadline(a, b) : 0) ||
        (field === 'title' ? sign * cmp(a.title, b.title) : 0) ||
        sign * cmp(a.id, b.id),
    )
    .map((x) => x.title);
}

/** The whole list read in pages of `size`, and each page's total. */
async function pages(who: Who, query: string, size: number) {
  const titles: string[] = [];
  const totals = new Set<number>();
  for (let page = 1; page <= 20; page++) {
    const res = await req('GET', `/api/v1/tasks?${query}&page=${page}&pageSize=${size}`, who);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ total: number; items: { title: string }[] }>();
    totals.add(body.total);
    if (body.items.length === 0) break;
    titles.push(...body.items.map((x) => x.title));
  }
  return { titles, totals: [...totals] };
}

const visibleTo = (who: Who) =>
  who === manager ? tasks : tasks.filter((x) => (who === dev ? x.team !== 2 : x.team === 2));

describe('the task list', () => {
  it('pages in every order as the visible tasks sorted whole, for a manager and a developer in two teams', async () => {
    expect(expected(tasks, 'status').slice(0, 4)).toEqual(['m', 'h', 'e', 'd']);
    for (const who of [manager, dev, other]) {
      for (const sort of ['status', '-status', 'deadline', '-deadline', 'title', '-title']) {
        for (const size of [1, 3, 100]) {
          const read = await pages(who, `sort=${sort}`, size);
          expect(read.titles, `${sort} in pages of ${size}`).toEqual(
            expected(visibleTo(who), sort),
          );
          expect(read.totals).toEqual([visibleTo(who).length]);
        }
      }
    }
  });

  it('searched, pages in every order as the matching tasks sorted whole, walked or sorted', async () => {
    // A word most tasks hold (a manager's search alone walks the order's index for it on SQLite)
    // and a word of two (whose matches are sorted); a developer's search checks their teams' tasks.
    const rare = new Set([tasks[2]!.id, tasks[7]!.id]);
    for (const x of tasks) {
      const description = rare.has(x.id) ? 'Quoll audit' : 'Wallaby release notes';
      expect(
        (await req('PATCH', `/api/v1/tasks/${x.id}`, manager, { description })).statusCode,
      ).toBe(200);
    }
    for (const who of [manager, dev, other]) {
      for (const [word, holds] of [
        ['wallaby', (x: Task) => !rare.has(x.id)],
        ['quoll', (x: Task) => rare.has(x.id)],
      ] as const) {
        const matching = visibleTo(who).filter(holds);
        for (const sort of ['status', '-status', 'deadline', '-deadline', 'title', '-title']) {
          for (const size of [1, 3, 100]) {
            const read = await pages(who, `sort=${sort}&search=${word}`, size);
            expect(read.titles, `${word} by ${sort} in pages of ${size}`).toEqual(
              expected(matching, sort),
            );
            expect(read.totals).toEqual([matching.length]);
          }
        }
      }
    }
  });

  it("a team's tasks in list order, filtered by the team, and the developer's merge agree", async () => {
    const teamOnly = (team: number) => tasks.filter((x) => x.team === team);
    for (const team of [0, 1]) {
      const read = await pages(dev, `teamId=${teams[team]!.id}`, 2);
      expect(read.titles).toEqual(expected(teamOnly(team), 'status'));
      expect(read.totals).toEqual([teamOnly(team).length]);
    }
    // A page past the end: no items, the same total.
    const past = (await req('GET', '/api/v1/tasks?page=99&pageSize=5', dev)).json();
    expect(past).toMatchObject({ items: [], total: visibleTo(dev).length });
  });

  it('totals follow new, deleted and moved tasks and projects moved between teams', async () => {
    const totals = async () => ({
      all: (await req('GET', '/api/v1/tasks', manager)).json().total as number,
      dev: (await req('GET', '/api/v1/tasks', dev)).json().total as number,
      other: (await req('GET', '/api/v1/tasks', other)).json().total as number,
    });
    const counted = async () => {
      const rows = await t.database.db.selectFrom('tasks').select('projectTeamId').execute();
      const of = (team: number) => rows.filter((r) => r.projectTeamId === teams[team]!.id).length;
      return { all: rows.length, dev: of(0) + of(1), other: of(2) };
    };
    // A developer's search finds the tasks of their teams from the text index, which holds each
    // task's team (migration 0030): it follows tasks moved with their project.
    const found = async (word: string, who: Who) =>
      (await req('GET', `/api/v1/tasks?search=${word}&pageSize=100`, who)).json<{
        items: { id: string }[];
        total: number;
      }>();
    const holding = async (word: string) => {
      const rows = await t.database.db
        .selectFrom('tasks')
        .select(['id', 'projectTeamId', 'description'])
        .execute();
      const of = (...team: number[]) =>
        rows
          .filter((r) => team.some((i) => r.projectTeamId === teams[i]!.id))
          .filter((r) => r.description?.toLowerCase().includes(word))
          .map((r) => r.id)
          .sort();
      return { dev: of(0, 1), other: of(2) };
    };
    /** What each developer's search finds, checked against the tasks: how many the other's finds. */
    const searchedAsHeld = async () => {
      const counts: number[] = [];
      for (const word of ['wallaby', 'quoll']) {
        const held = await holding(word);
        for (const [name, who] of [
          ['dev', dev],
          ['other', other],
        ] as const) {
          const read = await found(word, who);
          expect(read.items.map((x) => x.id).sort(), `${word}: ${name}`).toEqual(held[name]);
          expect(read.total, `${word}: ${name}`).toBe(held[name].length);
        }
        counts.push(held.other.length);
      }
      return counts;
    };
    expect(await totals()).toEqual(await counted());
    expect(await totals()).toEqual({ all: 13, dev: 11, other: 2 });
    expect(await searchedAsHeld()).toEqual([1, 1]);

    await addTask(2, 'n', at(4));
    expect(await totals()).toEqual({ all: 14, dev: 11, other: 3 });

    const gone = tasks.find((x) => x.title === 'c')!;
    expect((await req('DELETE', `/api/v1/tasks/${gone.id}`, manager)).statusCode).toBe(204);
    expect(await totals()).toEqual({ all: 13, dev: 10, other: 3 });

    // Project 1 (4 tasks left) to the other developer's team, and back.
    const move = (teamId: string) =>
      req('PATCH', `/api/v1/projects/${projects[1]!.id}`, manager, { teamId });
    expect((await move(teams[2]!.id)).statusCode).toBe(200);
    expect(await totals()).toEqual({ all: 13, dev: 6, other: 7 });
    expect(await totals()).toEqual(await counted());
    expect(await searchedAsHeld()).toEqual([5, 1]);
    expect((await move(teams[1]!.id)).statusCode).toBe(200);
    expect(await totals()).toEqual({ all: 13, dev: 10, other: 3 });
    expect(await searchedAsHeld()).toEqual([1, 1]);

    // The API never moves a task to another project; the counts follow one moved in the database.
    await t.database.db
      .updateTable('tasks')
      .set({ projectId: projects[2]!.id })
      .where('id', '=', tasks.find((x) => x.title === 'a')!.id)
      .execute();
    expect(await totals()).toEqual({ all: 13, dev: 9, other: 4 });
    expect(await totals()).toEqual(await counted());
    expect(await searchedAsHeld()).toEqual([1, 2]);

    expect(
      (await req('DELETE', `/api/v1/projects/${projects[2]!.id}?cascade=true`, manager)).statusCode,
    ).toBe(204);
    expect(await totals()).toEqual({ all: 9, dev: 9, other: 0 });
    expect(await totals()).toEqual(await counted());
  });
});
