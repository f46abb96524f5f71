import { Migrator, sql } from 'kysely';
import { migrations } from '../migrations/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialect, multipart, setupApp, type TestContext, type TestUser } from './harness.js';

/**
 * The searches of the communications journal, the tasks, the documents and the projects go
 * through full-text indexes kept by the database (migration 0028): what they find must follow
 * every write — created, changed, deleted — on both databases.
 */
let t: TestContext;
let manager: { user: TestUser; token: string };
let client: { id: string; name: string };
let contactId: string;
let project: { id: string };
let team: { id: string };
let developer: { user: TestUser; token: string };

const send = async (method: string, url: string, payload?: object) => {
  const res = await t.inject({ method, url, token: manager.token, ...(payload && { payload }) });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res.body ? res.json() : undefined;
};

/** A document of one byte posted by the manager with `fields`: its id. */
async function postDocument(fields: Record<string, string>, name: string): Promise<string> {
  const body = multipart(fields, { name, content: Buffer.from('z') });
  const res = await t.inject({
    method: 'POST',
    url: '/api/v1/documents',
    token: manager.token,
    ...body,
  });
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string }>().id;
}

/**
 * A communication posted by the manager with `fields`, by e-mail, incoming and with the shared
 * contact unless they say otherwise: its id.
 */
async function postEntry(fields: {
  occurredAt: string;
  description: string;
  contactId?: string;
  channel?: string;
  direction?: string;
}): Promise<string> {
  const entry = await send('POST', '/api/v1/communications', {
    contactId,
    channel: 'email',
    direction: 'incoming',
    ...fields,
  });
  return entry.id;
}

/**
 * The ids a list (with its filters, `list?…`) finds for `text` as the manager (or `who`), its
 * total checked against them.
 */
async function found(list: string, text: string, who = manager): Promise<string[]> {
  const res = await t.inject({
    method: 'GET',
    url: `/api/v1/${list}${list.includes('?') ? '&' : '?'}pageSize=100&search=${encodeURIComponent(text)}`,
    token: who.token,
  });
  expect(res.statusCode).toBe(200);
  const body = res.json<{ items: { id: string }[]; total: number }>();
  expect(body.total).toBe(body.items.length);
  return body.items.map((item) => item.id);
}

beforeAll(async () => {
  t = await setupApp();
  manager = await t.as('manager');
  developer = await t.as('developer');
  client = await send('POST', '/api/v1/clients', {
    name: 'Wombatica',
    type: 'company',
    source: 'other',
  });
  contactId = (await send('POST', '/api/v1/contacts', { clientId: client.id, firstName: 'Ada' }))
    .id;
  team = await send('POST', '/api/v1/teams', {
    name: 'Texts team',
    members: [{ userId: developer.user.id, isLead: true }],
  });
  project = await send('POST', '/api/v1/projects', {
    name: 'Quokka portal',
    description: 'Зоряний небосхил for the launch',
    clientId: client.id,
    teamId: team.id,
    budget: { amount: '1', currency: 'USD' },
  });
});
afterAll(() => t.close());

describe('searching records by their text', () => {
  it('finds a communication by any word prefix of its description or channel note, until it changes or goes', async () => {
    const entry = await send('POST', '/api/v1/communications', {
      contactId,
      channel: 'messenger',
      direction: 'outgoing',
      description: 'Discussed the Platypus-integration estimate',
      channelNote: 'Signal Зоряна',
    });
    expect(await found('communications', 'platyp')).toEqual([entry.id]);
    expect(await found('communications', 'integration platypus')).toEqual([entry.id]);
    expect(await found('communications', 'зоряна')).toEqual([entry.id]);
    // Every word must be found (in either field), and a word is matched from its start.
    expect(await found('communications', 'platypus wombat')).toEqual([]);
    expect(await found('communications', 'latypus')).toEqual([]);
    // Nothing to search for: nothing is found.
    expect(await found('communications', '!!!')).toEqual([]);

    await send('PATCH', `/api/v1/communications/${entry.id}`, {
      description: 'Signed the Echidna contract',
    });
    expect(await found('communications', 'platypus')).toEqual([]);
    expect(await found('communications', 'echidna')).toEqual([entry.id]);
    expect(await found('communications', 'echidna зоряна')).toEqual([entry.id]);
    await send('PATCH', `/api/v1/communications/${entry.id}`, { channelNote: null });
    expect(await found('communications', 'зоряна')).toEqual([]);

    await send('DELETE', `/api/v1/communications/${entry.id}`);
    expect(await found('communications', 'echidna')).toEqual([]);
  });

  it('finds a task by its title and description, until it changes or goes', async () => {
    const task = await send('POST', '/api/v1/tasks', {
      projectId: project.id,
      title: 'Numbat migration',
      description: 'Move the Дніпровський ledger',
    });
    expect(await found('tasks', 'numb')).toEqual([task.id]);
    expect(await found('tasks', 'дніпровськ ledger')).toEqual([task.id]);
    // The index holds the task's team too (migration 0030), but no search word matches it.
    const teamToken = team.id.replace(/-/g, '');
    expect(teamToken).toMatch(/^[0-9a-z]{16,}$/i);
    for (const text of [teamToken, teamToken.slice(0, 6), team.id]) {
      expect(await found('tasks', text), text).toEqual([]);
    }
    await send('PATCH', `/api/v1/tasks/${task.id}`, { title: 'Bilby migration' });
    expect(await found('tasks', 'numbat')).toEqual([]);
    expect(await found('tasks', 'bilby ledger')).toEqual([task.id]);
    await send('DELETE', `/api/v1/tasks/${task.id}`);
    expect(await found('tasks', 'bilby')).toEqual([]);
  });

  it.skipIf(dialect !== 'sqlite')(
    "finds a task by its team whichever of the tasks' insert triggers runs first (SQLite)",
    async () => {
      // SQLite copies the project's team onto a new task in a trigger of its own (migration
      // 0013); made the newest, it runs before the text's, whose index then still gets the team.
      const db = t.database.db;
      const copy = await sql<{ sql: string }>`select sql from sqlite_master
        where type = 'trigger' and name = 'task_project_team_insert'`.execute(db);
      await sql`drop trigger task_project_team_insert`.execute(db);
      await sql.raw(copy.rows[0]!.sql).execute(db);
      const task = await send('POST', '/api/v1/tasks', {
        projectId: project.id,
        title: 'Potoroo survey',
      });
      const res = await t.inject({
        method: 'GET',
        url: '/api/v1/tasks?search=potoroo',
        token: developer.token,
      });
      expect(res.json()).toMatchObject({ total: 1, items: [{ id: task.id }] });
      expect(await found('tasks', 'potoroo')).toEqual([task.id]);
    },
  );

  it('finds a document by its title, description and file name, the file replaced included', async () => {
    const upload = async (method: 'POST' | 'PUT', url: string, fields: Record<string, string>) => {
      const body = multipart(fields, { name: 'dingo-spec-v7.pdf', content: Buffer.from('x') });
      const res = await t.inject({ method, url, token: manager.token, ...body });
      expect(res.statusCode).toBeLessThan(300);
      return res.json<{ id: string }>();
    };
    const doc = await upload('POST', '/api/v1/documents', {
      title: 'Kakapo brief',
      description: 'Вимоги замовника',
      projectId: project.id,
    });
    expect(await found('documents', 'kakapo')).toEqual([doc.id]);
    expect(await found('documents', 'вимоги')).toEqual([doc.id]);
    expect(await found('documents', 'dingo v7')).toEqual([doc.id]);
    await send('PATCH', `/api/v1/documents/${doc.id}`, { title: 'Kiwi brief' });
    expect(await found('documents', 'kakapo')).toEqual([]);
    expect(await found('documents', 'kiwi dingo')).toEqual([doc.id]);
    const replaced = multipart({}, { name: 'tuatara-notes.txt', content: Buffer.from('y') });
    const res = await t.inject({
      method: 'PUT',
      url: `/api/v1/documents/${doc.id}/file`,
      token: manager.token,
      ...replaced,
    });
    expect(res.statusCode).toBe(200);
    expect(await found('documents', 'dingo')).toEqual([]);
    expect(await found('documents', 'tuatara kiwi')).toEqual([doc.id]);
    await send('DELETE', `/api/v1/documents/${doc.id}`);
    expect(await found('documents', 'kiwi')).toEqual([]);
  });

  it("finds a project by its name and description, or by its client's name, renamed included", async () => {
    expect(await found('projects', 'quok')).toEqual([project.id]);
    expect(await found('projects', 'зоряний launch')).toEqual([project.id]);
    expect(await found('projects', 'wombatica')).toEqual([project.id]);
    await send('PATCH', `/api/v1/projects/${project.id}`, { name: 'Possum portal' });
    expect(await found('projects', 'quokka')).toEqual([]);
    expect(await found('projects', 'possum')).toEqual([project.id]);
    await send('PATCH', `/api/v1/clients/${client.id}`, { name: 'Marsupia' });
    expect(await found('projects', 'wombatica')).toEqual([]);
    expect(await found('projects', 'marsupia')).toEqual([project.id]);
  });

  it("pages a journal search by date and by creation, both ways, a common word's (walked) and a rare one's (sorted), filtered too", async () => {
    const other = (await send('POST', '/api/v1/contacts', { clientId: client.id, firstName: 'Bo' }))
      .id;
    const admin = await t.as('admin');
    const day = (d: number) => new Date(Date.UTC(2026, 0, d, 9)).toISOString();
    for (let i = 0; i < 30; i++) {
      const res = await t.inject({
        method: 'POST',
        url: '/api/v1/communications',
        token: (i % 6 === 5 ? admin : manager).token,
        payload: {
          contactId: i % 2 ? contactId : other,
          channel: ['email', 'phone', 'meeting'][i % 3],
          direction: i % 4 < 2 ? 'incoming' : 'outgoing',
          // Some entries at the same moment: their order is their ids'.
          occurredAt: day(1 + (i % 7)),
          description: `Call ${i} about the ${word(i)}`,
        },
      });
      expect(res.statusCode).toBe(201);
    }
    // Each filter held by the journal's text index (migration 0033), alone and together, and
    // dates on their bounds: from is in, to is out.
    await expectSearchPages(
      'communications',
      ['-occurredAt', 'occurredAt', '-createdAt', 'createdAt'],
      [
        '',
        `contactId=${contactId}`,
        `contactId=${contactId}&channel=meeting`,
        'channel=email',
        'channel=phone&direction=incoming',
        'direction=outgoing',
        `authorId=${admin.user.id}`,
        `authorId=${manager.user.id}&channel=phone`,
        `from=${day(3)}`,
        `to=${day(4)}`,
        `from=${encodeURIComponent('2026-01-03T10:00:00+01:00')}&to=${day(6)}&channel=email`,
      ],
    );
  });

  it('finds a journal entry by its words with its channel, direction, author and date, as they change', async () => {
    const admin = await t.as('admin');
    const at = new Date(Date.UTC(2025, 3, 2, 10, 30, 0, 250)).toISOString();
    const entry = await send('POST', '/api/v1/communications', {
      contactId,
      channel: 'videoCall',
      direction: 'outgoing',
      occurredAt: at,
      description: 'Numbat demo',
    });
    const numbat = (query: string) => found(`communications?${query}`, 'numbat');
    expect(await numbat('channel=videoCall&direction=outgoing')).toEqual([entry.id]);
    expect(await numbat(`authorId=${manager.user.id}`)).toEqual([entry.id]);
    expect(await numbat(`authorId=${admin.user.id}`)).toEqual([]);
    // An author's id of another form than the server's finds what the list without a search
    // finds: no entry (not the same id upper-cased, nor without its hyphens).
    for (const id of [manager.user.id.toUpperCase(), manager.user.id.replace(/-/g, '')]) {
      expect(await numbat(`authorId=${id}`)).toEqual([]);
      const all = await t.inject({
        method: 'GET',
        url: `/api/v1/communications?authorId=${id}`,
        token: manager.token,
      });
      expect(all.json<{ total: number }>().total).toBe(0);
    }
    expect(await numbat('channel=phone')).toEqual([]);
    expect(await numbat('direction=incoming')).toEqual([]);
    // Dates to the millisecond: from is in, to is out.
    const ms = (delta: number) => new Date(Date.parse(at) + delta).toISOString();
    expect(await numbat(`from=${at}&to=${ms(1)}`)).toEqual([entry.id]);
    expect(await numbat(`from=${ms(1)}`)).toEqual([]);
    expect(await numbat(`to=${at}`)).toEqual([]);
    expect(await numbat(`to=${ms(1)}&sort=createdAt`)).toEqual([entry.id]);
    // Each changed alone: the trigger of each column rewrites the entry's tokens.
    await send('PATCH', `/api/v1/communications/${entry.id}`, { channel: 'phone' });
    expect(await numbat('channel=videoCall')).toEqual([]);
    expect(await numbat('channel=phone&direction=outgoing')).toEqual([entry.id]);
    await send('PATCH', `/api/v1/communications/${entry.id}`, { direction: 'incoming' });
    expect(await numbat('channel=phone&direction=incoming')).toEqual([entry.id]);
    expect(await numbat('direction=outgoing')).toEqual([]);
    await send('PATCH', `/api/v1/communications/${entry.id}`, { occurredAt: ms(-1) });
    expect(await numbat(`from=${at}`)).toEqual([]);
    expect(await numbat(`from=${ms(-1)}&to=${at}&channel=phone`)).toEqual([entry.id]);
    await send('DELETE', `/api/v1/communications/${entry.id}`);
    expect(await numbat('channel=phone')).toEqual([]);
  });

  it('finds a common word in a short history, each entry looked up in the index, in every order', async () => {
    // A history of a few entries against a word of many (on SQLite, more than a hundred entries
    // of the word for each of the history's): its entries are looked up one by one.
    const few = (await send('POST', '/api/v1/contacts', { clientId: client.id, firstName: 'Cy' }))
      .id;
    const at = (day: number) => new Date(Date.UTC(2024, 1, day, 8)).toISOString();
    const entry = (contact: string, day: number, description: string, channel = 'email') =>
      postEntry({ contactId: contact, channel, occurredAt: at(day), description });
    const sighting = await entry(few, 3, 'Platypus sighting');
    await entry(few, 4, 'Echidna walk');
    const nest = await entry(few, 5, 'Platypus nest', 'phone');
    for (let i = 0; i < 420; i++) await entry(contactId, 1 + (i % 20), `Platypus census ${i}`);
    const history = async (query: string) => {
      const res = await t.inject({
        method: 'GET',
        url: `/api/v1/communications?contactId=${few}&${query}`,
        token: manager.token,
      });
      expect(res.statusCode).toBe(200);
      const body = res.json<{ items: { id: string }[]; total: number }>();
      return { ids: body.items.map((item) => item.id), total: body.total };
    };
    expect(await history('search=platypus')).toEqual({ ids: [nest, sighting], total: 2 });
    expect(await history('search=platypus&sort=occurredAt')).toEqual({
      ids: [sighting, nest],
      total: 2,
    });
    expect(await history('search=platypus&sort=-createdAt&pageSize=1&page=2')).toEqual({
      ids: [sighting],
      total: 2,
    });
    expect(await history('search=platypus&pageSize=1&page=3')).toEqual({ ids: [], total: 2 });
    expect(await history('search=platypus%20nest')).toEqual({ ids: [nest], total: 1 });
    expect(await history('search=platypus&channel=phone')).toEqual({ ids: [nest], total: 1 });
    expect(await history('search=platypus%20census')).toEqual({ ids: [], total: 0 });
    expect(await history('search=echidna')).toEqual({ ids: [expect.any(String)], total: 1 });
  });

  it("keeps a journal search in date order when an entry's date changes", async () => {
    const at = (day: number) => new Date(Date.UTC(2025, 5, day, 12)).toISOString();
    const entries: string[] = [];
    for (const day of [1, 2, 3]) {
      entries.push(
        await postEntry({
          channel: 'phone',
          direction: 'outgoing',
          occurredAt: at(day),
          description: `Quoll review ${day}`,
        }),
      );
    }
    const [first, second, third] = entries;
    const inOrder = async (sort: string) =>
      (
        await t.inject({
          method: 'GET',
          url: `/api/v1/communications?search=quoll&sort=${sort}`,
          token: manager.token,
        })
      )
        .json<{ items: { id: string }[] }>()
        .items.map((item) => item.id);
    expect(await inOrder('-occurredAt')).toEqual([third, second, first]);
    await send('PATCH', `/api/v1/communications/${first}`, { occurredAt: at(4) });
    expect(await inOrder('-occurredAt')).toEqual([first, third, second]);
    expect(await inOrder('occurredAt')).toEqual([second, third, first]);
    // A change of its words keeps its place, among entries of the same moment too (by id).
    await send('PATCH', `/api/v1/communications/${third}`, { description: 'Quoll review, again' });
    expect(await inOrder('-occurredAt')).toEqual([first, third, second]);
    const twins: string[] = [];
    for (const n of [1, 2]) {
      twins.push(
        await postEntry({ channel: 'phone', occurredAt: at(5), description: `Quoll twin ${n}` }),
      );
    }
    const [older, newer] = twins;
    await send('PATCH', `/api/v1/communications/${older}`, { description: 'Quoll twin, edited' });
    expect(await inOrder('-occurredAt')).toEqual([newer, older, first, third, second]);
    expect(await inOrder('occurredAt')).toEqual([second, third, first, older, newer]);
    // Its date and words changed at once: its new words, in its new place.
    await send('PATCH', `/api/v1/communications/${second}`, {
      occurredAt: at(6),
      description: 'Quoll and bilby review',
    });
    expect(await inOrder('-occurredAt')).toEqual([second, newer, older, first, third]);
    expect(await found('communications', 'bilby quoll')).toEqual([second]);
    expect(await found('communications', 'quoll review 2')).toEqual([]);
  });

  it('finds every word a search word begins, few or many, newest first', async () => {
    // On SQLite a search word is matched as the index's terms it begins, when 16 at most:
    // "dugong" begins three here, "dugo" twenty (matched as a prefix), "dugongz" none.
    const words = [
      'dugong',
      'dugongs',
      'dugongian',
      ...Array.from({ length: 17 }, (_, i) => `dugo${String.fromCharCode(97 + i)}x`),
    ];
    const ids: string[] = [];
    for (const [i, w] of words.entries()) {
      ids.push(
        await postEntry({
          direction: 'outgoing',
          occurredAt: new Date(Date.UTC(2025, 8, 1, i)).toISOString(),
          description: `A ${w} sighting`,
        }),
      );
    }
    const newestFirst = [...ids].reverse();
    const dugongs = newestFirst.slice(-3);
    expect(await found('communications', 'dugong')).toEqual(dugongs);
    expect(await found('communications', 'dugo')).toEqual(newestFirst);
    expect(await found('communications', 'dugongs')).toEqual([ids[1]]);
    expect(await found('communications', 'sighting dugong')).toEqual(dugongs);
    expect(await found('communications', 'dugongz')).toEqual([]);
    expect(await found('communications', 'dugong zzzq')).toEqual([]);
    for (const id of ids) await send('DELETE', `/api/v1/communications/${id}`);
    expect(await found('communications', 'dugong')).toEqual([]);
  });

  it("finds tasks and documents by the words a search word begins, in a developer's scope too", async () => {
    const far = await send('POST', '/api/v1/teams', { name: 'Far team', members: [] });
    const farProject = await send('POST', '/api/v1/projects', {
      name: 'Far project',
      clientId: client.id,
      teamId: far.id,
      budget: { amount: '1', currency: 'USD' },
    });
    const task = async (projectId: string, title: string) =>
      (await send('POST', '/api/v1/tasks', { projectId, title })).id as string;
    const plain = await task(project.id, 'Narwhal plan');
    const orca = await task(project.id, 'Narwhals orca plan');
    const mine = [plain, orca, await task(project.id, 'Narwhalian plan')];
    const theirs = await task(farProject.id, 'Narwhal orca elsewhere');
    const sorted = (ids: string[]) => [...ids].sort();
    expect(sorted(await found('tasks', 'narwhal'))).toEqual(sorted([...mine, theirs]));
    expect(await found('tasks', 'narwhals')).toEqual([orca]);
    expect(sorted(await found('tasks', 'orca'))).toEqual(sorted([orca, theirs]));
    expect(await found('tasks', 'narwhalz')).toEqual([]);
    // A developer's search counts their teams' tasks only, one word of one term included.
    expect(sorted(await found('tasks', 'narwhal', developer))).toEqual(sorted(mine));
    expect(await found('tasks', 'orca', developer)).toEqual([orca]);
    expect(await found('tasks', 'orca narwhals', developer)).toEqual([orca]);

    const docId = await postDocument({ title: 'Narwhal charter', projectId: project.id }, 'c.txt');
    expect(await found('documents', 'narwhal')).toEqual([docId]);
    expect(await found('documents', 'narwhal charter')).toEqual([docId]);
    expect(await found('documents', 'narwhals')).toEqual([]);
    for (const id of [...mine, theirs]) await send('DELETE', `/api/v1/tasks/${id}`);
    expect(await found('tasks', 'narwhal')).toEqual([]);
  });

  it.skipIf(dialect !== 'sqlite')(
    'pages a journal search in date order when a millisecond has no key left for an entry (SQLite)',
    async () => {
      // An entry's text key is its date's millisecond times 2^19 plus its place among that
      // millisecond's entries (migration 0031): the last place taken, the next entry of that
      // millisecond gets a key out of date order, and searches no longer page by the keys.
      const db = t.database.db;
      const moment = new Date(Date.UTC(2025, 6, 1, 8)).toISOString();
      const write = (occurredAt: string, description: string) =>
        postEntry({ occurredAt, description });
      const first = await write(moment, 'Wallaby one');
      const key = sql`(select id from communication_text where owner_id = ${first})`;
      await sql`delete from communication_fts where rowid = ${key}`.execute(db);
      await sql`update communication_text
        set id = cast(round((julianday(${moment}) - 2440587.5) * 86400000.0) as integer)
          * 524288 + 524287
        where owner_id = ${first}`.execute(db);
      await sql`insert into communication_fts (rowid, body) values (${key}, 'Wallaby one')`.execute(
        db,
      );
      const second = await write(moment, 'Wallaby two');
      const later = await write(new Date(Date.UTC(2025, 6, 1, 9)).toISOString(), 'Wallaby three');
      const outOfOrder = await sql<{ out: number }>`select id >= 4611686018427387904 as out
        from communication_text where owner_id = ${second}`.execute(db);
      expect(outOfOrder.rows[0]?.out).toBe(1);
      const page = async (sort: string, n: number) =>
        (
          await t.inject({
            method: 'GET',
            url: `/api/v1/communications?search=wallaby&sort=${sort}&pageSize=1&page=${n}`,
            token: manager.token,
          })
        ).json<{ items: { id: string }[]; total: number }>();
      for (const [sort, expected] of [
        ['-occurredAt', [later, second, first]],
        ['occurredAt', [first, second, later]],
      ] as const) {
        for (const [i, id] of expected.entries()) {
          expect(await page(sort, i + 1), `${sort} ${i + 1}`).toMatchObject({
            total: 3,
            items: [{ id }],
          });
        }
      }
      await send('DELETE', `/api/v1/communications/${second}`);
    },
  );

  it.skipIf(dialect !== 'sqlite')(
    'keys a journal written before migration 0031 by date when it runs (SQLite)',
    async () => {
      const db = t.database.db;
      const migrator = new Migrator({
        db,
        provider: { getMigrations: () => Promise.resolve(migrations) },
      });
      const before = (await migrator.migrateTo('2026-12-07-0030-task-text-team')).error;
      expect(before).toBeUndefined();
      // Written with the keys of migration 0028, in the order written: not the dates'.
      const ids: string[] = [];
      for (const day of [3, 1, 2]) {
        ids.push(
          await postEntry({
            occurredAt: new Date(Date.UTC(2025, 7, day)).toISOString(),
            description: `Bettong ${day}`,
          }),
        );
      }
      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      const [third, first, second] = ids;
      expect(await found('communications', 'bettong')).toEqual([third, second, first]);
      const keys = await sql<{ ownerId: string }>`select owner_id from communication_text
        where owner_id in (${sql.join(ids)}) order by id`.execute(db);
      expect(keys.rows.map((row) => row.ownerId)).toEqual([first, second, third]);
      // Written after it, its key in the order of dates too.
      const fourth = await postEntry({
        occurredAt: new Date(Date.UTC(2025, 7, 1, 12)).toISOString(),
        description: 'Bettong 1½',
      });
      expect(await found('communications', 'bettong')).toEqual([third, second, fourth, first]);
      // Its channel in its text index too (migration 0033), as the entries written before.
      expect(await found('communications?channel=email', 'bettong')).toEqual([
        third,
        second,
        fourth,
        first,
      ]);
      expect(await found('communications?channel=phone', 'bettong')).toEqual([]);
    },
  );

  it("pages a document search in title and date order, a common word's and a rare one's", async () => {
    for (let i = 0; i < 30; i++) {
      await postDocument(
        // Some titles the same: their order is their ids'.
        { title: `Spec ${i % 4}`, description: `About the ${word(i)}`, projectId: project.id },
        `spec-${i}.txt`,
      );
    }
    await expectSearchPages(
      'documents',
      ['title', '-title', 'createdAt', '-createdAt', 'fileSize'],
      ['', `projectId=${project.id}`],
    );
  });

  it("pages a project search in every order, its own text's matches and its client's together", async () => {
    // A client whose name holds the common word: its projects are found through its document.
    const named = await send('POST', '/api/v1/clients', {
      name: 'kookaburra works',
      type: 'company',
      source: 'other',
    });
    const statuses = ['planned', 'active', 'onHold'];
    for (let i = 0; i < 30; i++) {
      const byClient = i % 6 === 1;
      await send('POST', '/api/v1/projects', {
        // Some names the same: their order is their ids'.
        name: `Build ${i % 4}`,
        // (One of them, the 19th, holds no word itself: found by its client only.)
        description: `About the ${word(i)}`,
        clientId: byClient ? named.id : client.id,
        teamId: team.id,
        budget: { amount: '1', currency: 'USD' },
        status: statuses[i % 3],
        deadline: i % 3 === 0 ? null : `2027-0${1 + (i % 5)}-01`,
      });
    }
    await expectSearchPages(
      'projects',
      ['name', '-name', 'deadline', '-deadline', 'createdAt', '-updatedAt', 'status'],
      ['', `clientId=${client.id}`, `clientId=${named.id}`],
    );
    // A developer finds their teams' projects only, counted alike: not one of another team,
    // whether it holds the word itself or through its client.
    const other = await send('POST', '/api/v1/teams', { name: 'Elsewhere', members: [] });
    for (const [clientId, description] of [
      [client.id, 'About the kookaburra'],
      [named.id, 'Nothing said'],
    ] as const) {
      await send('POST', '/api/v1/projects', {
        name: 'Build elsewhere',
        description,
        clientId,
        teamId: other.id,
        budget: { amount: '1', currency: 'USD' },
      });
    }
    const search = async (who: { token: string }, page: number) =>
      (
        await t.inject({
          method: 'GET',
          url: `/api/v1/projects?search=kookaburra&pageSize=4&page=${page}`,
          token: who.token,
        })
      ).json<{ items: { teamId: string }[]; total: number }>();
    const all = await search(manager, 1);
    const mine = await search(developer, 1);
    expect(mine.items.every((p) => p.teamId === team.id)).toBe(true);
    expect(mine.total).toBe(all.total - 2);
    expect((await search(developer, 100)).total).toBe(mine.total);
  });
});

/** The word of the `i`th record of a paging test: most hold a common one, three a rare one. */
const word = (i: number) => (i % 10 === 3 ? 'bandicoot' : i % 5 === 4 ? 'nothing' : 'kookaburra');

/**
 * A list searched for a common word and a rare one, alone and narrowed by `narrows` (a query
 * string each), read page by page up to the first empty page past the end: in every sort,
 * exactly the records of the whole list (read in that sort) that hold the word, in its order,
 * with their number as the total of every page, the one past the end included.
 */
async function expectSearchPages(list: string, sorts: string[], narrows: string[]) {
  const read = async (query: string, pageSize: number) => {
    const items: object[] = [];
    const totals = new Set<number>();
    for (let page = 1; ; page++) {
      const res = await t.inject({
        method: 'GET',
        url: `/api/v1/${list}?pageSize=${pageSize}&page=${page}&${query}`,
        token: manager.token,
      });
      expect(res.statusCode).toBe(200);
      const body = res.json<{ items: object[]; total: number }>();
      items.push(...body.items);
      totals.add(body.total);
      if (body.items.length === 0) return { items, totals: [...totals] };
    }
  };
  for (const sort of sorts) {
    for (const narrow of narrows) {
      const everything = (await read(`sort=${sort}&${narrow}`, 100)).items;
      for (const w of ['kookaburra', 'bandicoot']) {
        const expected = everything.filter((item) => JSON.stringify(item).includes(w));
        expect(expected.length, `${sort} ${w} ${narrow}`).toBeGreaterThan(0);
        const found = await read(`sort=${sort}&search=${w}&${narrow}`, 4);
        expect(found.items, `${sort} ${w} ${narrow}`).toEqual(expected);
        expect(found.totals, `${sort} ${w} ${narrow}`).toEqual([expected.length]);
      }
    }
  }
}
