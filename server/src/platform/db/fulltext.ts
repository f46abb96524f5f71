import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { Executor } from './audit.js';
import { toBool } from './database.js';
import { isPostgresDb } from './dialect.js';
import { pageWindow, type TotalQuery } from './paging.js';

/** Words of a search box: letters and digits of any script, lower-cased, at most 8. */
export function searchTerms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}

/** PostgreSQL: every word as a prefix. */
const tsQuery = (terms: string[]) =>
  sql`to_tsquery('simple', ${terms.map((t) => `${t}:*`).join(' & ')})`;

/** SQLite FTS5: every word as a prefix. */
const ftsQuery = (terms: string[]) => terms.map((t) => `"${t}"*`).join(' AND ');

export interface FullTextIndex {
  /** The indexed table and its key column, e.g. `advice` and `id`. */
  table: string;
  idColumn: string;
  /** PostgreSQL: the table's tsvector column. */
  vector: string;
  /** SQLite: the FTS5 table and its column holding the record id. */
  ftsTable: string;
  ftsIdColumn: string;
  /** SQLite: bm25 weights of the FTS5 columns in order (PostgreSQL weighs with setweight). */
  ftsWeights: number[];
}

/**
 * The records matching every search word (as a prefix), with a rank where lower is better: a
 * derived table `(owner_id, rank)` to join on, computed by one index query — the two dialects'
 * engines (FTS5 with bm25 / tsvector with ts_rank) behind one shape, decided here only.
 * Returns null when the text has no searchable words.
 */
export function rankedMatches(
  db: Executor,
  index: FullTextIndex,
  text: string,
): RawBuilder<{ ownerId: string; rank: number }> | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  if (isPostgresDb(db)) {
    const query = tsQuery(terms);
    const vector = sql.ref(index.vector);
    // `offset 0` keeps the rank computed here, on the scan: merged into the outer query, it was
    // computed above a window counting the matches (`totalWithKeys`), which then stored every
    // match's whole vector (a tips search 15-18 ms against 5-6.5).
    return sql`(select ${sql.ref(index.idColumn)} as owner_id, -ts_rank(${vector}, ${query}) as rank
      from ${sql.table(index.table)} where ${vector} @@ ${query} offset 0)`;
  }
  const { table, rank } = ftsRank(index);
  return sql`(select ${sql.ref(index.ftsIdColumn)} as owner_id, ${rank} as rank
    from ${table} where ${table} match ${ftsQuery(terms)})`;
}

/** SQLite: an FTS5 index's table and the bm25 rank of its rows with the index's weights. */
function ftsRank(index: FullTextIndex) {
  const table = sql.table(index.ftsTable);
  const weights = sql.raw(index.ftsWeights.map(Number).join(', '));
  return { table, rank: sql`bm25(${table}, ${weights})` };
}

/**
 * SQLite: the record ids of one page of the records matching every search word, best rank first
 * (ties in index order). The page is ranked over the index's row ids and only its own rows'
 * record ids are read: reading the id column of every match from the FTS5 table was most of a
 * search's time. Null on PostgreSQL (its vector sits on the record's row) and when the text has
 * no searchable words.
 */
export function rankedPageKeys(
  db: Executor,
  index: FullTextIndex,
  text: string,
  limit: number,
  offset: number,
): Promise<unknown[]> | null {
  const terms = searchTerms(text);
  if (terms.length === 0 || isPostgresDb(db)) return null;
  const { table, rank } = ftsRank(index);
  return sql<{ pageKey: unknown }>`select f.${sql.ref(index.ftsIdColumn)} as page_key
    from (select rowid as rid, ${rank} as rank from ${table}
      where ${table} match ${ftsQuery(terms)} order by rank, rowid ${pageWindow(limit, offset)}) as t
    join ${table} f on f.rowid = t.rid
    order by t.rank, t.rid`
    .execute(db)
    .then((result) => result.rows.map((row) => row.pageKey));
}

/**
 * `select …` of one row per record matching every search word, unranked and without reading the
 * records: for counting the matches of `rankedMatches`. Null when the text has no searchable
 * words.
 */
export function matchingRows(
  db: Executor,
  index: FullTextIndex,
  text: string,
): RawBuilder<unknown> | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  if (isPostgresDb(db)) {
    const query = tsQuery(terms);
    return sql`select 1 from ${sql.table(index.table)} where ${sql.ref(index.vector)} @@ ${query}`;
  }
  const table = sql.table(index.ftsTable);
  return sql`select rowid from ${table} where ${table} match ${ftsQuery(terms)}`;
}

/**
 * Whether a list filtered by `search` (a full-text match when given) should count its matches
 * with the page's keys (`totalWithKeys` of `paginate`) rather than in a pass of their own.
 * PostgreSQL reads and checks again every document a prefix query finds in the GIN index (8-11
 * ms for a common word's 4,300 clients), so a second pass doubles a search; SQLite counts FTS5
 * matches from the index alone.
 */
export const countsMatchesWithKeys = (db: Executor, search: string | undefined): boolean =>
  Boolean(search) && isPostgresDb(db);

/** The records with a search document (migration 0005): their names and contact details. */
export type SearchDocuments = 'client' | 'contact';

/** SQLite: `select rowid …` of the documents' FTS5 rows holding every word. */
function ftsRowids(kind: SearchDocuments, terms: string[]) {
  const fts = sql.table(`${kind}_fts`);
  return sql`select rowid from ${fts} where ${fts} match ${ftsQuery(terms)}`;
}

/**
 * The condition "this search document (the row `alias` of `<kind>_search`) holds every word of
 * `text` as a prefix". Null when the text has no searchable words.
 */
export function documentMatches(
  db: Executor,
  kind: SearchDocuments,
  text: string,
  alias: string,
): RawBuilder<SqlBool> | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  if (isPostgresDb(db)) {
    return sql<SqlBool>`${sql.ref(`${alias}.document`)} @@ ${tsQuery(terms)}`;
  }
  return sql<SqlBool>`${sql.ref(`${alias}.id`)} in (${ftsRowids(kind, terms)})`;
}

/**
 * `select owner_id …`: the records whose search document holds every word of `text` (as
 * prefixes) — to compose into `id in (…)`. Null when the text has no searchable words.
 */
export function matchingDocuments(
  db: Executor,
  kind: SearchDocuments,
  text: string,
): RawBuilder<unknown> | null {
  const matches = documentMatches(db, kind, text, 's');
  if (!matches) return null;
  return sql`select s.owner_id from ${sql.table(`${kind}_search`)} s where ${matches}`;
}

/**
 * How many search documents hold every word of `text`, as a scalar expression: on SQLite from
 * the FTS5 index alone, without reading a document. Null when the text has no searchable words.
 */
export function documentCount(
  db: Executor,
  kind: SearchDocuments,
  text: string,
): RawBuilder<number> | null {
  return countOf(db, textIndexOf(`${kind}_search`, `${kind}_fts`), text);
}

/** The text index of the rows of `table`: a tsvector `document`, on SQLite the FTS5 index `fts`. */
const textIndexOf = (table: string, fts: string): FullTextIndex => ({
  table,
  idColumn: 'owner_id',
  vector: 'document',
  ftsTable: fts,
  ftsIdColumn: 'rowid',
  ftsWeights: [],
});

/** How many rows `matchingRows` selects, as a scalar expression. */
function countOf(db: Executor, index: FullTextIndex, text: string): RawBuilder<number> | null {
  const matches = matchingRows(db, index, text);
  return matches ? sql<number>`(select count(*) from (${matches}) as m)` : null;
}

/** Records with an index of their own text, `<kind>_text` (migration 0028). */
export type RecordTexts = 'communication' | 'task' | 'document' | 'project';

/**
 * Records whose lists plan their searches (`searchPlan`), with a vocabulary of their text index
 * on SQLite (migrations 0031, 0032). A project search matches through its client too, unplanned.
 */
export type PlannedTexts = Exclude<RecordTexts, 'project'>;

/**
 * An id (a team's, an author's) as one token of a record text index's scope (migrations 0030,
 * 0033): without its hyphens. The SQLite tokenizer folds case, and both indexes would take
 * `ab-c` and `a-bc` for one id: only ids of the form the server gives (`isIdToken`) stand for
 * themselves.
 */
export const scopeToken = (id: string) => id.replace(/-/g, '');

/** Whether `id` has the form of the ids the server makes (UUIDs, lower-case): one scope token. */
export const isIdToken = (id: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id);

/**
 * What a record's text index holds of it besides its words, as the tokens of its scope: a
 * task's team (migration 0030), a communication's channel, direction and author (0033). A
 * search limited by a scope matches the records that hold, for each of its lists, one of that
 * list's tokens: a developer's tasks `[[their teams' tokens]]`, the journal by e-mail
 * `[['cemail']]`. A list with no token matches nothing.
 */
export type Scope = string[][];

/** Whether a scope has a list with no token, which nothing is in. */
const emptyScope = (scope: Scope | undefined) => scope?.some((tokens) => tokens.length === 0);

/** SQLite: the FTS5 query of the records' text holding every word of `terms` (as prefixes). */
const wordsQuery = (terms: string[]) => `body : (${ftsQuery(terms)})`;

/**
 * SQLite: the FTS5 query of the records holding `words` (an FTS5 query of the `body` column) and
 * in `scope`: the tokens are matched in the `scope` column, so that no word matches one.
 */
function scopedQuery(words: string, scope: Scope | undefined): string {
  const lists = (scope ?? []).map(
    (tokens) => `scope : (${tokens.map((t) => `"${t.replace(/"/g, '""')}"`).join(' OR ')})`,
  );
  return [words, ...lists].join(' AND ');
}

/**
 * The index query of the records holding every word of `terms` (as prefixes) and in `scope`:
 * SQLite's tokens in the FTS5 column `scope` (`scopedQuery`); PostgreSQL's as lexemes after a
 * `~`, which no word starts with.
 */
function recordQuery(
  db: Executor,
  terms: string[],
  scope: Scope | undefined,
  words = wordsQuery(terms),
) {
  if (isPostgresDb(db)) {
    if (!scope?.length) return tsQuery(terms);
    const lexemes = scope
      .map((tokens) => `(${tokens.map((t) => `'~${t.replace(/'/g, "''")}'`).join(' | ')})`)
      .join(' & ');
    return sql`(${tsQuery(terms)} && ${lexemes}::tsquery)`;
  }
  return scopedQuery(words, scope);
}

/**
 * SQLite: a range of text keys, `from` ≤ key < `to`: the journal's dates (its keys follow them:
 * migration 0031, `dateKeys`).
 */
export interface KeyRange {
  from?: bigint;
  to?: bigint;
}

/** SQLite: the condition of a range of keys on the FTS5 rows' rowids (none without bounds). */
const inRange = (keys: KeyRange | undefined) =>
  sql.join(
    [
      ...(keys?.from !== undefined ? [sql` and rowid >= ${sql.raw(String(keys.from))}`] : []),
      ...(keys?.to !== undefined ? [sql` and rowid < ${sql.raw(String(keys.to))}`] : []),
    ],
    sql``,
  );

/**
 * `select …` of the records' text rows matching the words (and scope) of `recordQuery`: on
 * PostgreSQL the rows `t` of `<kind>_text`, on SQLite the FTS5 rows, whose rowids are the text
 * rows' keys, within `keys`. Null when the text has no searchable words.
 */
function recordMatches(
  db: Executor,
  kind: RecordTexts,
  text: string,
  scope: Scope | undefined,
  words?: string,
  keys?: KeyRange,
): RawBuilder<unknown> | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  const query = recordQuery(db, terms, scope, words);
  if (isPostgresDb(db)) {
    return sql`select t.owner_id from ${sql.table(`${kind}_text`)} t where t.document @@ ${query}`;
  }
  const fts = sql.table(`${kind}_fts`);
  return sql`select rowid from ${fts} where ${fts} match ${query}${inRange(keys)}`;
}

/**
 * The condition "the record whose id is `id` has every word of `text` in its text" (as
 * prefixes), and, with `plan.scope`, is in that scope; none has when the text has
 * no searchable words. In one of these shapes (`plan`):
 * - the matches (default): on SQLite every match's record id looked up, for the database to
 *   start from them; on PostgreSQL a semi-join whose side the planner chooses;
 * - SQLite, `perRow`: each row the list reads looks its own text key up and checks it among the
 *   index's matches (read once, as integers): for a list narrowed by another index (a client's
 *   history reads its few rows, not a common word's 96,000 records: 54 → 0.3 ms), or walked in
 *   its order for a word so common that the page's rows come within a few hundred (the
 *   journal's first page for "meeting": 388 → 12 ms); with `lookup`, each row's key is sought
 *   in the index itself instead (`rowid =` beside the `match`), the matches never read whole;
 * - PostgreSQL, `fewMatches`: the matches' record ids gathered first into an array, each record
 *   then read by its key — the only order the planner is left, for a search known to match few
 *   (its statistics rate a word they do not list at up to half a percent of the records, and it
 *   walked the journal's whole date index for a word no entry holds: 7 s).
 */
export function textSearch(
  db: Executor,
  kind: RecordTexts,
  text: string,
  id: RawBuilder<unknown>,
  plan: Partial<SearchPlan> = {},
): RawBuilder<SqlBool> {
  const matches = recordMatches(db, kind, text, plan.scope, plan.words, plan.keys);
  if (!matches || emptyScope(plan.scope)) return sql<SqlBool>`1 = 0`;
  if (isPostgresDb(db)) {
    if (plan.fewMatches) return sql<SqlBool>`${id} = any(array(${matches}))`;
    return sql<SqlBool>`${id} in (${matches})`;
  }
  const table = sql.table(`${kind}_text`);
  const key = sql`(select t.id from ${table} t where t.owner_id = ${id})`;
  if (plan.lookup) return sql<SqlBool>`exists (${matches} and rowid = ${key})`;
  if (plan.perRow) return sql<SqlBool>`${key} in (${matches})`;
  return sql<SqlBool>`${id} in (select t.owner_id from ${table} t where t.id in (${matches}))`;
}

/** How a list searched by its records' text finds its page (`searchPlan`, `textSearch`). */
export interface SearchPlan {
  /** The list's total when known before its page is looked for: none is an empty list. */
  total?: number;
  /** SQLite: the text checked per row the list reads. */
  perRow?: boolean;
  /**
   * SQLite, with `perRow`: each row's key looked up in the index's matches (`rowid =` beside the
   * `match`), rather than the matches read once into a set (`looksUp`).
   */
  lookup?: boolean;
  /** PostgreSQL: the matches gathered first, their records read by key. */
  fewMatches?: boolean;
  /** The records in this scope only, found so in the index (`Scope`). */
  scope?: Scope;
  /** SQLite: the records whose text keys are in this range only (the journal's dates). */
  keys?: KeyRange;
  /**
   * SQLite: the text keys follow the list's order (the journal's dates: migration 0031), so the
   * page is the index's matches for this FTS5 query in key order (`keyOrderedPage`).
   */
  keyMatch?: string;
  /** SQLite: the words as the index's terms (`termsQuery`), matched instead of their prefixes. */
  words?: string;
}

/** A range of dates, `from` ≤ date < `to` (ISO timestamps). */
export interface DateRange {
  from?: string;
  to?: string;
}

/** SQLite: each millisecond of a date has this many text keys (migration 0031): 2^19. */
const KEYS_PER_MS = 524288n;

/** SQLite: the range of the text keys of `dates` (migration 0031: the millisecond × 2^19 …). */
const dateKeys = ({ from, to }: DateRange): KeyRange => ({
  from: from === undefined ? undefined : BigInt(Date.parse(from)) * KEYS_PER_MS,
  to: to === undefined ? undefined : BigInt(Date.parse(to)) * KEYS_PER_MS,
});

/** Text keys from here up are out of their list's order (migration 0031): 2^62. */
const OUT_OF_ORDER = sql.raw('4611686018427387904');

/** SQLite: whether every text key of `kind` follows its list's order (none from 2^62 up). */
async function keysInOrder(db: Executor, kind: PlannedTexts): Promise<boolean> {
  // Never read as a number: the keys pass 2^53.
  const row = await db
    .selectNoFrom(
      sql<number>`coalesce((select max(id) from ${sql.table(`${kind}_text`)}) < ${OUT_OF_ORDER}, 1)`.as(
        'inOrder',
      ),
    )
    .executeTakeFirst();
  return toBool(row?.inOrder ?? 0);
}

/**
 * What a list searched by its records' text knows before looking for its page, from the text
 * index alone. A search that matches nothing then looks for no page. On SQLite its words are
 * matched as the index's terms when they can be (`termsQuery`; `words`, for `textSearch` too).
 * - A search alone (`alone`: no filter but its `scope` and `dates`): how many records hold the
 *   words in the scope (a developer's teams, the journal's channel…), the list's total. On
 *   SQLite, whose journal keys follow the dates (`keyOrder`), dates are a range of keys
 *   (`dates`), unless a key was taken out of order; PostgreSQL's index holds no dates, and a
 *   search with them is not alone there.
 * - SQLite, a search with other filters: whether any record holds the words at all. When a
 *   filter's index narrows the list (`narrowed`), the narrowed rows' texts are checked per row —
 *   each looked up in the index when the narrowed rows (`narrowedRows`) are few against the
 *   words' entries (`looksUp`); otherwise the list starts from the matches.
 * - PostgreSQL, a search with other filters that do not narrow the list: how many records hold
 *   the words. (An `exists` was no cheaper: for a word it does not list, the planner expects a
 *   match within a few hundred rows and scans the table, 280 ms for the journal's.) A search
 *   narrowed is left to the planner.
 * Then, for a list whose order has an index (`ordered`), whether the page is found by walking
 * it, the text checked per row — a common word's page comes within a few hundred rows — or from
 * the matches, sorted (`walksIndex`). On SQLite each walked row costs a fourth of a match, and
 * all the records are estimated by the last text key given (deleted records' keys are not
 * reused); PostgreSQL's planner walks by its own estimate, and is made to start from the matches
 * when they are few: a walked row there costs about as much as a match (40-75 µs against 52 on
 * this data), and all the records are its statistics' estimate of the text table's rows.
 */
export async function searchPlan(
  db: Executor,
  kind: PlannedTexts,
  text: string,
  options: {
    alone: boolean;
    narrowed: boolean;
    through: number;
    ordered: boolean;
    scope?: Scope;
    /**
     * SQLite: the list is in the order of the records' text keys when `inOrder` (the journal by
     * date: migration 0031); how many records there are, which such keys do not tell; the
     * list's dates, a range of those keys.
     */
    keyOrder?: { inOrder: boolean; records: Expression<unknown>; dates?: DateRange };
    /** SQLite: how many rows the narrowing filter leaves, counted in its index (`looksUp`). */
    narrowedRows?: Expression<unknown>;
  },
): Promise<SearchPlan> {
  const { narrowed, through, ordered, scope, keyOrder } = options;
  const dates = keyOrder?.dates;
  const matches = recordMatches(db, kind, text, scope);
  if (!matches || emptyScope(scope)) return { total: 0 };
  const table = sql.table(`${kind}_text`);
  if (isPostgresDb(db)) {
    const alone = options.alone && !dates;
    if (narrowed) return { scope };
    const counted = await db
      .selectNoFrom([
        sql<number>`(select count(*) from (${matches}) as m)`.as('total'),
        sql<number | null>`(select reltuples from pg_class
          where oid = ${`${kind}_text`}::regclass)`.as('all'),
      ])
      .executeTakeFirst();
    const total = Number(counted?.total ?? 0);
    const all = Math.max(Number(counted?.all ?? 0), total);
    const fewMatches = ordered && total > 0 && !walksIndex(total, all, through, 1);
    return { total: alone || total === 0 ? total : undefined, fewMatches, scope };
  }
  const terms = searchTerms(text);
  const [expanded, inOrder] = await Promise.all([
    termsQuery(db, kind, terms),
    keyOrder && (keyOrder.inOrder || dates) ? keysInOrder(db, kind) : false,
  ]);
  // A word that begins no term of the index: nothing holds it.
  if (expanded?.total === 0) return { total: 0 };
  const words = expanded?.query;
  const keys = dates && inOrder ? dateKeys(dates) : undefined;
  const alone = options.alone && (!dates || keys !== undefined);
  const matching = recordMatches(db, kind, text, scope, words, keys) ?? matches;
  if (!alone) {
    // Narrowed, and its rows known to be few against the terms' entries: each row looks its key
    // up in the index rather than the index's matches being read into a set.
    const rows = narrowed && expanded ? options.narrowedRows : undefined;
    const found = await db
      .selectNoFrom([
        sql<boolean | number>`exists (${matching})`.as('found'),
        sql<number | null>`${rows ?? null}`.as('rows'),
      ])
      .executeTakeFirst();
    const total = toBool(found?.found ?? false) ? undefined : 0;
    const lookup =
      rows !== undefined && expanded !== null && looksUp(Number(found?.rows ?? 0), expanded);
    return { total, perRow: narrowed, lookup, scope, keys, words };
  }
  // One word of one term, in no scope or range: its total is the vocabulary's count.
  const known = scope?.length || keys ? undefined : expanded?.total;
  const count = (query: RawBuilder<unknown>) =>
    known === undefined
      ? sql<number>`(select count(*) from (${query}) as m)`
      : sql<number>`${known}`;
  if (keyOrder?.inOrder && inOrder) {
    // The page is the index's next matches in key order, however deep.
    const counted = await db.selectNoFrom(count(matching).as('total')).executeTakeFirst();
    const keyMatch = scopedQuery(words ?? wordsQuery(terms), scope);
    return { total: Number(counted?.total ?? 0), keyMatch, keys };
  }
  const counted = await db
    .selectNoFrom([
      count(matching).as('total'),
      keyOrder
        ? sql<number | null>`${keyOrder.records}`.as('all')
        : sql<number | null>`(select max(id) from ${table})`.as('all'),
    ])
    .executeTakeFirst();
  const total = Number(counted?.total ?? 0);
  const perRow = ordered && walksIndex(total, Number(counted?.all ?? 0), through, 4);
  return { total, perRow, scope, keys, words };
}

/** SQLite: search words as the index's terms (`termsQuery`): none match when `total` is 0. */
interface Expanded {
  query: string;
  total?: number;
  /** How many terms the words were expanded to, and how many entries those terms have. */
  terms: number;
  entries: number;
}

/**
 * SQLite: whether a list narrowed to `rows` rows is cheaper checked row by row in the index
 * (each row's key sought in every term's entries: 5-16 µs a term, measured on the journal) than
 * against a set of the matches, built by reading every entry of the terms (about 0.1 µs each):
 * "meeting" in a client's history of 27 entries, 0.14-0.43 ms against 10-12 ms.
 */
const looksUp = (rows: number, expanded: Expanded) =>
  rows * expanded.terms * 100 < expanded.entries;

/** SQLite: a search word's index terms looked up in the vocabulary at most (`termsQuery`). */
const EXPANDED_TERMS = 16;

/**
 * SQLite: the FTS5 query of the search words as the index's own terms, when each word is a
 * prefix of a few of them (`EXPANDED_TERMS` at most): `("meeting" OR "meetings") AND (…)`. FTS5
 * answers a prefix by first merging the entries of every term it prefixes into one list (for
 * "meeting"* and its 96,077 entries 9.3 ms, then as much again for a page in rowid order),
 * while it reads terms as it goes (a page 0.03 ms, the count 5.3 ms). For words of ASCII letters
 * and digits only, whose index form is the word itself (the tokenizer folds other letters); null
 * for any other word, or one that prefixes more terms. The vocabulary (`<kind>_vocab`,
 * migrations 0031 and 0032) counts each term's records, reading its entries as a count would:
 * when the search is one word of one term, that is its total (a developer's search, limited to
 * their teams, still counts its matches).
 */
async function termsQuery(
  db: Executor,
  kind: PlannedTexts,
  terms: string[],
): Promise<Expanded | null> {
  if (terms.length === 0 || !terms.every((t) => /^[a-z0-9]+$/.test(t))) return null;
  const vocab = sql.table(`${kind}_vocab`);
  // The terms a word prefixes are those from the word up to the word with its last letter the
  // next one (in the index's byte order).
  const lookups = terms.map((t, i) => {
    const next = t.slice(0, -1) + String.fromCharCode(t.charCodeAt(t.length - 1) + 1);
    return sql`select * from (select ${sql.lit(i)} as word, term, doc from ${vocab}
      where col = 'body' and term >= ${t} and term < ${next}
      ${pageWindow(EXPANDED_TERMS + 1, 0)})`;
  });
  const rows = (
    await sql<{
      word: number;
      term: string;
      doc: number;
    }>`${sql.join(lookups, sql` union all `)}`.execute(db)
  ).rows;
  const words = terms.map((_, i) => rows.filter((r) => r.word === i));
  if (words.some((w) => w.length > EXPANDED_TERMS)) return null;
  // A word that prefixes no term: nothing matches.
  if (words.some((w) => w.length === 0)) return { query: '', total: 0, terms: 0, entries: 0 };
  const query = `body : (${words
    .map((w) => `(${w.map((r) => `"${r.term.replace(/"/g, `""`)}"`).join(' OR ')})`)
    .join(' AND ')})`;
  const only = words.length === 1 && words[0]?.length === 1 ? words[0][0] : undefined;
  return {
    query,
    total: only && Number(only.doc),
    terms: rows.length,
    entries: rows.reduce((sum, r) => sum + Number(r.doc), 0),
  };
}

/**
 * SQLite: the record ids of one page of the records matching `match` (a plan's FTS5 query,
 * `keyMatch`, and its range of keys), in the order of their text keys (`direction`) — for a
 * list whose order they follow: FTS5 gives its matches in rowid order, so the page is the
 * index's next few matches, however many there are, and only the page's records are looked up.
 */
export async function keyOrderedPage(
  db: Executor,
  kind: RecordTexts,
  match: { keyMatch: string; keys?: KeyRange },
  direction: 'asc' | 'desc',
  limit: number,
  offset: number,
): Promise<unknown[]> {
  const fts = sql.table(`${kind}_fts`);
  const order = sql.raw(direction === 'desc' ? 'desc' : 'asc');
  const result = await sql<{ pageKey: unknown }>`select k.owner_id as page_key
    from (select rowid as rid from ${fts} where ${fts} match ${match.keyMatch}${inRange(match.keys)}
      order by rowid ${order} ${pageWindow(limit, offset)}) as f
    join ${sql.table(`${kind}_text`)} k on k.id = f.rid
    order by f.rid ${order}`.execute(db);
  return result.rows.map((row) => row.pageKey);
}

/**
 * SQLite: the search documents' indexes in their list's order — clients' `(name, owner_id)`
 * (migration 0016), contacts' `(last_name, owner_id)` (0027).
 */
const NAME_INDEXES: Record<SearchDocuments, string> = {
  client: 'client_search_name_idx',
  contact: 'contact_search_name_idx',
};

/**
 * `<kind>_search s`, to read the documents from; on SQLite, for a page in name order of many
 * matches (`walkNames`), walked in their name index, keeping the matches, rather than letting
 * the planner read every match and sort them.
 */
export function searchDocuments(db: Executor, kind: SearchDocuments, walkNames: boolean) {
  const table = sql.table(`${kind}_search`);
  return walkNames && !isPostgresDb(db)
    ? sql`${table} s indexed by ${sql.raw(NAME_INDEXES[kind])}`
    : sql`${table} s`;
}

/**
 * SQLite, a search alone in name order: its matches counted first (`matches`, the list's total),
 * and whether its page is found by walking the documents' name index rather than by sorting the
 * matches (`walksIndex` against `all`, the list's whole total).
 */
export async function countedForWalk(
  matches: TotalQuery,
  all: TotalQuery,
  through: number,
): Promise<{ total: number; walkNames: boolean }> {
  const [counted, everything] = await Promise.all([
    matches.executeTakeFirst(),
    all.executeTakeFirst(),
  ]);
  const total = Number(counted?.total ?? 0);
  return { total, walkNames: walksIndex(total, Number(everything?.total ?? 0), through) };
}

/**
 * Whether a page in a list's order is cheaper found by walking an index in that order (keeping
 * the matches) than by sorting the matches: the walk reads about `through × all / matches` index
 * entries (the matches spread through the order) to reach the page's end, the sort reads and
 * orders every match, and one match costs about `matchCost` index entries — twelve for the
 * search documents' name index (measured on the client documents: ~1.1 µs against ~0.09 µs),
 * four for the journal's date index, whose entries each look their text key up (~2 µs against
 * ~8.7 µs a match). A search matching thousands walks a few hundred entries; a rare word would
 * walk the whole index and sorts its few matches instead.
 */
export function walksIndex(matches: number, all: number, through: number, matchCost = 12): boolean {
  return matches > 0 && (through * all) / matches < matchCost * matches;
}

/**
 * `select id, name …` of the search documents that hold every word of `text` or whose owner is
 * among `owners` (a `select id …`), each once: an OR on SQLite, whose planner reads both indexes
 * for it; a UNION ALL of the two index lookups on PostgreSQL, where an OR scans every document.
 */
export function documentsMatchingOr(
  db: Executor,
  kind: SearchDocuments,
  text: string,
  owners: RawBuilder<unknown>,
  { walkNames = false }: { walkNames?: boolean } = {},
): RawBuilder<unknown> {
  const from = searchDocuments(db, kind, walkNames);
  const select = (where: RawBuilder<SqlBool>) =>
    sql`select s.owner_id as id, s.name as name from ${from} where ${where}`;
  const matches = documentMatches(db, kind, text, 's');
  const byOwner = sql<SqlBool>`s.owner_id in (${owners})`;
  if (!matches) return select(byOwner);
  if (isPostgresDb(db)) {
    return sql`${select(matches)} union all ${select(sql<SqlBool>`${byOwner} and not (${matches})`)}`;
  }
  return select(sql<SqlBool>`(${matches} or ${byOwner})`);
}

/**
 * How many documents `documentsMatchingOr` selects, as a scalar expression: the full-text
 * index's matches counted (on SQLite without reading a document), plus the owners' documents
 * that do not match — a union of the two would read and hash or sort thousands of ids to drop
 * the few found twice (on PostgreSQL 8.7–9.0 ms against 5.6–7.0 for the two counts).
 */
export function documentCountMatchingOr(
  db: Executor,
  kind: SearchDocuments,
  text: string,
  owners: RawBuilder<unknown>,
): RawBuilder<number> {
  const table = sql.table(`${kind}_search`);
  const byOwner = sql`from ${table} s where s.owner_id in (${owners})`;
  const terms = searchTerms(text);
  if (isPostgresDb(db)) {
    const matches = documentMatches(db, kind, text, 's');
    if (!matches) return sql<number>`(select count(*) ${byOwner})`;
    return sql<number>`((select count(*) from ${table} s where ${matches})
      + (select count(*) ${byOwner} and not (${matches})))`;
  }
  if (terms.length === 0) return sql<number>`(select count(*) ${byOwner})`;
  const fts = sql.table(`${kind}_fts`);
  const match = ftsQuery(terms);
  return sql<number>`((select count(*) from ${fts} where ${fts} match ${match})
    + (select count(*) ${byOwner} and s.id not in (${ftsRowids(kind, terms)})))`;
}
