import { sql } from 'kysely';
import {
  body,
  key,
  type RecordText,
  texts,
  triggers as textTriggers,
  vector,
} from './2026-12-07-0028-record-texts.js';
import { rebuildPostgres } from './2026-12-07-0030-task-text-team.js';
import { dateKeyed, newKey, redate } from './2026-12-07-0031-journal-text-date-keys.js';
import {
  type AnyDb,
  createRowTriggers,
  dropRowTriggers,
  isPostgres,
  type RowTriggers,
} from './portable.js';

/**
 * A communication's text index (migrations 0028, 0031) carries its channel, direction and
 * author beside its words, as tasks carry their team (0030), so that a journal search filtered
 * by them is answered by the index alone: it looked every match's entry up to check them (for
 * "meeting" by e-mail, 96,077 entries read: 515-550 ms on SQLite). On SQLite, whose text keys
 * follow the dates (0031), a date filter is then a range of keys, and such a search reads its
 * page from the index in date order like a search alone.
 * - The tokens: `c` and the channel, lower-cased, `d` and the direction, `a` and the author's id
 *   without its hyphens (as a team's in 0030).
 * - SQLite: a second FTS5 column, `scope`; searches name the `body` column, so no word matches a
 *   token.
 * - PostgreSQL: the tokens as lexemes of the tsvector, each after a `~`, which a search's words
 *   (letters and digits) never start with.
 * Kept by the text triggers, which now also run when the channel, direction or author changes.
 */
const communication = texts.find((t) => t.kind === 'communication') as RecordText;

/** The tokens of communication row `r`'s channel, direction and author (none without one). */
const tokens = (r: string) => [
  `'c' || lower(${r}.channel)`,
  `'d' || lower(${r}.direction)`,
  `'a' || replace(${r}.author_id, '-', '')`,
];

/** SQLite: the `scope` column of row `r`: its tokens, separated by spaces. */
const scope = (r: string) =>
  tokens(r)
    .map((t) => `coalesce(${t}, '')`)
    .join(` || ' ' || `);

/** PostgreSQL: the tokens of row `r` as lexemes, each after a `~`. */
const lexemes = (r: string) =>
  `array_to_tsvector(array_remove(array[${tokens(r)
    .map((t) => `'~' || ${t}`)
    .join(', ')}], null))`;

/** The columns whose change rewrites an entry's text. */
const written = [...communication.columns, 'channel', 'direction', 'author_id'];

/** SQLite: the words and tokens of communication `new` written under its text key. */
const writeSqlite = `insert into communication_fts (rowid, body, scope)
  select k.id, ${body(communication, 'new')}, ${scope('new')}
  from communication_text k where k.owner_id = new.id;`;

/** SQLite: communication `new` given a key from its date (0031), then its words and tokens. */
const writeNew = `insert into communication_text (id, owner_id) values (${newKey}, new.id);
  ${writeSqlite}`;

function triggers(db: AnyDb): RowTriggers {
  if (isPostgres(db)) {
    const document = `${vector(communication, 'new')} || ${lexemes('new')}`;
    return {
      name: 'communication_text',
      table: 'communications',
      insert: `insert into communication_text (owner_id, document) values (new.id, ${document});`,
      update: {
        of: written,
        run: `update communication_text set document = ${document} where owner_id = new.id;`,
      },
    };
  }
  // A new entry's key from its date (0031); changed words or tokens keep it.
  return {
    name: 'communication_text',
    table: 'communications',
    insert: writeNew,
    update: {
      of: written,
      run: `delete from communication_fts where rowid = ${key(communication, 'new')}; ${writeSqlite}`,
    },
  };
}

/** SQLite: an entry whose date changes gets a new key, as in 0031, its tokens written too. */
const redateScoped = `create trigger communication_text_redate after update of occurred_at
  on communications when old.occurred_at is not new.occurred_at begin
    delete from communication_text where owner_id = new.id; ${writeNew}
  end`;

/** SQLite: the index built again over the same keys, with the tokens (`scoped`) or without. */
async function rebuildSqlite(db: AnyDb, scoped: boolean): Promise<void> {
  const columns = scoped ? 'body, scope' : 'body';
  for (const statement of [
    'drop trigger communication_text_redate',
    'drop trigger communication_text_delete',
    'drop table communication_vocab',
    'drop table communication_fts',
    `create virtual table communication_fts using fts5(${columns}, content = '',
      contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2')`,
    `insert into communication_fts (rowid, ${columns})
      select k.id, ${body(communication, 'r')}${scoped ? `, ${scope('r')}` : ''}
      from communication_text k join communications r on r.id = k.owner_id order by k.id`,
    `insert into communication_fts (communication_fts) values ('optimize')`,
    'create virtual table communication_vocab using fts5vocab(communication_fts, col)',
    `create trigger communication_text_delete after delete on communication_text begin
      delete from communication_fts where rowid = old.id;
    end`,
    scoped ? redateScoped : redate,
  ]) {
    await sql.raw(statement).execute(db);
  }
}

export async function up(db: AnyDb): Promise<void> {
  if (isPostgres(db)) {
    await dropRowTriggers(db, textTriggers(db, communication));
    // The words as indexed already, the tokens added.
    await rebuildPostgres(
      db,
      communication,
      `select t.owner_id, t.document || ${lexemes('x')} from communication_text t
       join communications x on x.id = t.owner_id`,
    );
  } else {
    await dropRowTriggers(db, dateKeyed(db));
    await rebuildSqlite(db, true);
  }
  await createRowTriggers(db, triggers(db));
}

export async function down(db: AnyDb): Promise<void> {
  await dropRowTriggers(db, triggers(db));
  if (isPostgres(db)) {
    await rebuildPostgres(
      db,
      communication,
      `select x.id, ${vector(communication, 'x')} from communications x`,
    );
    await createRowTriggers(db, textTriggers(db, communication));
  } else {
    await rebuildSqlite(db, false);
    await createRowTriggers(db, dateKeyed(db));
  }
}
