import { sql } from 'kysely';
import {
  key,
  body,
  type RecordText,
  texts,
  triggers as textTriggers,
  vector,
} from './2026-12-07-0028-record-texts.js';
import {
  type AnyDb,
  createRowTriggers,
  dropRowTriggers,
  isPostgres,
  type RowTriggers,
} from './portable.js';

/**
 * A task's text index (migration 0028) carries its project's team beside its words, so a
 * developer's search — the tasks of their teams holding the words — is one index lookup: it
 * checked every task of their teams against the matches (36 ms on SQLite for two teams' 10,000
 * tasks and a common word, 111 ms on PostgreSQL, which read every match of the word first).
 * - SQLite: the FTS5 index gets a second column `scope`, the team's id without its hyphens (one
 *   token); searches name the `body` column, so no word matches a team.
 * - PostgreSQL: the team as one more lexeme of the tsvector, `~` and the id without hyphens: a
 *   search's words (letters and digits) never start with `~`, so none matches it.
 * Kept by the task's text triggers, which now also run when the task's team changes (a project
 * moved to another team rewrites its tasks' team: migration 0013).
 */
const task = texts.find((t) => t.kind === 'task') as RecordText;

/** The team's id of task row `r` as one token. */
const team = (r: string) => `replace(${r}.project_team_id, '-', '')`;

/**
 * SQLite: the team's token of the task `new`, read from its row as it is now: its team is
 * copied on by a trigger of its own after the row is written (migration 0013), which may run
 * before this one.
 */
const currentTeam = `(select ${team('x')} from tasks x where x.id = new.id)`;

/** PostgreSQL: the team's lexeme of task row `r` as a tsvector (empty without a team). */
const teamLexeme = (r: string) => `array_to_tsvector(array_remove(array['~' || ${team(r)}], null))`;

/** PostgreSQL: the words of task row `r` and its team's lexeme. */
const scopedVector = (r: string) => `${vector(task, r)} || ${teamLexeme(r)}`;

function triggers(db: AnyDb): RowTriggers {
  if (isPostgres(db)) {
    // The team is set before the row is written (0013); an update trigger runs only for the
    // columns an UPDATE names, so a task moved to another project (`project_id`) is named too.
    const of = [...task.columns, 'project_id', 'project_team_id'];
    return {
      name: 'task_text',
      table: 'tasks',
      insert: `insert into task_text (owner_id, document) values (new.id, ${scopedVector('new')});`,
      update: {
        of,
        run: `update task_text set document = ${scopedVector('new')} where owner_id = new.id;`,
      },
    };
  }
  // Written only once the task's text row exists: should the team's trigger run first on an
  // insert, its update writes nothing, and this insert's own statement writes the row.
  const write = `insert into task_fts (rowid, body, scope)
    select k.id, ${body(task, 'new')}, ${currentTeam} from task_text k where k.owner_id = new.id;`;
  return {
    name: 'task_text',
    table: 'tasks',
    insert: `insert into task_text (owner_id) values (new.id); ${write}`,
    update: {
      of: [...task.columns, 'project_team_id'],
      run: `delete from task_fts where rowid = ${key(task, 'new')}; ${write}`,
    },
  };
}

/** SQLite: the task index built again, with the team (`scoped`) or without. */
async function rebuildSqlite(db: AnyDb, scoped: boolean): Promise<void> {
  const columns = scoped ? 'body, scope' : 'body';
  for (const statement of [
    'drop table task_fts',
    `create virtual table task_fts using fts5(${columns}, content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2')`,
    `insert into task_fts (rowid, ${columns})
      select k.id, ${body(task, 'r')}${scoped ? `, ${team('r')}` : ''}
      from task_text k join tasks r on r.id = k.owner_id`,
    `insert into task_fts (task_fts) values ('optimize')`,
  ]) {
    await sql.raw(statement).execute(db);
  }
}

/**
 * PostgreSQL: the texts of `table`'s records (`<kind>_text`) written anew, `rows` (`owner_id,
 * document`), into a table of their own that then takes the old one's place — rather than
 * updated in place, which left every old row behind until a vacuum (the task table twice its
 * size, and a manager's common word, whose count reads every match, 39 → 163 ms until it ran).
 */
export async function rebuildPostgres(
  db: AnyDb,
  t: Pick<RecordText, 'kind' | 'table'>,
  rows: string,
): Promise<void> {
  const name = `${t.kind}_text`;
  for (const statement of [
    `create table ${name}_new (
      owner_id text not null references ${t.table}(id) on delete cascade,
      document tsvector not null)`,
    `insert into ${name}_new (owner_id, document) ${rows}`,
    `drop table ${name}`,
    `alter table ${name}_new rename to ${name}`,
    `alter table ${name} rename constraint ${name}_new_owner_id_fkey to ${name}_owner_id_fkey`,
    `alter table ${name} add constraint ${name}_pkey primary key (owner_id)`,
    `create index ${name}_document_idx on ${name} using gin (document)`,
    `analyze ${name}`,
  ]) {
    await sql.raw(statement).execute(db);
  }
}

export async function up(db: AnyDb): Promise<void> {
  await dropRowTriggers(db, textTriggers(db, task));
  if (isPostgres(db)) {
    // The words as indexed already, the team's lexeme added.
    await rebuildPostgres(
      db,
      task,
      `select t.owner_id, t.document || ${teamLexeme('x')} from task_text t
       join tasks x on x.id = t.owner_id`,
    );
  } else {
    await rebuildSqlite(db, true);
  }
  await createRowTriggers(db, triggers(db));
}

export async function down(db: AnyDb): Promise<void> {
  await dropRowTriggers(db, triggers(db));
  if (isPostgres(db))
    await rebuildPostgres(db, task, `select x.id, ${vector(task, 'x')} from tasks x`);
  else await rebuildSqlite(db, false);
  await createRowTriggers(db, textTriggers(db, task));
}
