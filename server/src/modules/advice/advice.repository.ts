import type { AdviceListQuery } from '@crm/contracts';
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/audit.js';
import {
  countsMatchesWithKeys,
  matchingRows,
  rankedMatches,
  rankedPageKeys,
} from '../../platform/db/fulltext.js';
import { paginate } from '../../platform/db/paging.js';
import type { AdviceCommentsTable, AdviceTable } from '../../platform/db/schema.js';

export type AdviceRow = Selectable<AdviceTable> & {
  authorFirstName: string | null;
  authorLastName: string | null;
  commentsCount: number | string | null;
};

function baseQuery(db: Executor) {
  return db
    .selectFrom('advice as a')
    .leftJoin('users as u', 'u.id', 'a.authorId')
    .select([
      'a.id',
      'a.topic',
      'a.topicKey',
      'a.title',
      'a.body',
      'a.authorId',
      'a.createdAt',
      'a.updatedAt',
      'u.firstName as authorFirstName',
      'u.lastName as authorLastName',
      sql<number>`(select count(*) from advice_comments k where k.advice_id = a.id)`.as(
        'commentsCount',
      ),
    ]);
}

/** Title counts most, then topic, then the text (as the tsvector's A/B/C weights). */
const searchIndex = {
  table: 'advice',
  idColumn: 'id',
  vector: 'search',
  ftsTable: 'advice_fts',
  ftsIdColumn: 'advice_id',
  ftsWeights: [0, 10, 4, 1],
};

/** Tips: full-text search over title, topic and text (ranked), filters by topic and author. */
export function listAdvice(db: Executor, q: AdviceListQuery) {
  const matches = q.search ? rankedMatches(db, searchIndex, q.search) : null;
  const ranked = matches?.as('r');
  // A search alone is counted from the full-text index, without ranking or reading the tips.
  const alone = Boolean(q.search && !q.topic && !q.authorId);
  const matching = alone ? matchingRows(db, searchIndex, q.search!) : null;
  // Ranked alone, the page's keys need no tip's row: the ranked matches are the filtered rows
  // (joined to the tips again, PostgreSQL hashed all 5,000 of them for a common word's keys).
  const matchesAlone =
    alone && matches && q.sort.field === 'relevance'
      ? db.selectFrom(
          sql<{ id: string; rank: number }>`(select owner_id as id, rank
          from ${matches} as m)`.as('a'),
        )
      : undefined;
  // The filtered tips, without the author's name and the comment counts only the page shows.
  let filtered = db
    .selectFrom('advice as a')
    .$if(ranked !== undefined, (j) =>
      j.innerJoin(ranked!, (on) => on.onRef('r.ownerId', '=', 'a.id')),
    );
  if (q.search && !matches) filtered = filtered.where(sql<boolean>`1 = 0`);
  if (q.topic) filtered = filtered.where('a.topicKey', '=', q.topic.toLowerCase());
  if (q.authorId) filtered = filtered.where('a.authorId', '=', q.authorId);
  // The page's tips come in the keys' order: the rank is computed once, for the keys.
  return paginate(
    baseQuery(db),
    q,
    {
      relevance: matchesAlone ? sql`a.rank` : matches ? sql`r.rank` : sql`a.created_at`,
      title: sql`a.title`,
      createdAt: sql`a.created_at`,
      updatedAt: sql`a.updated_at`,
    },
    sql`a.id`,
    {
      countFrom: matchesAlone ?? filtered,
      totalFrom: matching
        ? db.selectFrom(sql`(${matching})`.as('m')).select(sql<number>`count(*)`.as('total'))
        : undefined,
      inKeyOrder: true,
      totalWithKeys: countsMatchesWithKeys(db, q.search),
      // Ranked alone, the page's keys come straight from the full-text index (SQLite).
      pageKeys:
        alone && q.sort.field === 'relevance' && q.sort.direction === 'asc'
          ? (limit, offset) => rankedPageKeys(db, searchIndex, q.search!, limit, offset)
          : undefined,
    },
  );
}

export function findAdvice(db: Executor, id: string): Promise<AdviceRow | undefined> {
  return baseQuery(db).where('a.id', '=', id).executeTakeFirst();
}

export async function insertAdvice(db: Executor, row: Insertable<AdviceTable>): Promise<void> {
  await db.insertInto('advice').values(row).execute();
}

export async function updateAdvice(
  db: Executor,
  id: string,
  changes: Updateable<AdviceTable>,
): Promise<void> {
  await db.updateTable('advice').set(changes).where('id', '=', id).execute();
}

export async function deleteAdvice(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('advice').where('id', '=', id).execute();
}

/** Topics in use, most used first: the suggestions of the topic field and filter. */
export function topics(db: Executor) {
  return db
    .selectFrom('advice')
    .select([sql<string>`min(topic)`.as('topic'), sql<number>`count(*)`.as('count')])
    .groupBy('topicKey')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy(sql`min(topic)`)
    .limit(sql.lit(200)) // in the text, as `pageWindow` writes a page's
    .execute();
}

export type AdviceCommentRow = Selectable<AdviceCommentsTable> & {
  authorFirstName: string | null;
  authorLastName: string | null;
};

function commentsQuery(db: Executor) {
  return db
    .selectFrom('adviceComments as k')
    .leftJoin('users as u', 'u.id', 'k.authorId')
    .selectAll('k')
    .select(['u.firstName as authorFirstName', 'u.lastName as authorLastName']);
}

export function listAdviceComments(
  db: Executor,
  adviceId: string,
  q: { page: number; pageSize: number; sort: { field: 'createdAt'; direction: 'asc' | 'desc' } },
) {
  return paginate(
    commentsQuery(db).where('k.adviceId', '=', adviceId),
    q,
    { createdAt: sql`k.created_at` },
    sql`k.id`,
  );
}

export function findAdviceComment(
  db: Executor,
  adviceId: string,
  id: string,
): Promise<AdviceCommentRow | undefined> {
  return commentsQuery(db)
    .where('k.adviceId', '=', adviceId)
    .where('k.id', '=', id)
    .executeTakeFirst();
}

export async function insertAdviceComment(
  db: Executor,
  row: Insertable<AdviceCommentsTable>,
): Promise<void> {
  await db.insertInto('adviceComments').values(row).execute();
}

export async function updateAdviceComment(
  db: Executor,
  id: string,
  body: string,
  editedAt: string,
): Promise<void> {
  await db.updateTable('adviceComments').set({ body, editedAt }).where('id', '=', id).execute();
}

export async function deleteAdviceComment(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('adviceComments').where('id', '=', id).execute();
}
