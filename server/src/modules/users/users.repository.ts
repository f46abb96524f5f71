import type { UsersListQuery } from '@crm/contracts';
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/audit.js';
import { likePattern } from '../../platform/db/database.js';
import { NullsLast, paginate } from '../../platform/db/paging.js';
import type { NewUserRow, UserRow, UserUpdate } from '../../platform/db/schema.js';

export function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** User names and e-mails are stored lower-cased, so either logs in whatever its case. */
export function findUserByLogin(db: Executor, login: string): Promise<UserRow | undefined> {
  const l = login.trim().toLowerCase();
  return db
    .selectFrom('users')
    .selectAll()
    .where((eb) => eb.or([eb('username', '=', l), eb('email', '=', l)]))
    .executeTakeFirst();
}

export function listUsers(db: Executor, q: UsersListQuery) {
  let query = db.selectFrom('users').selectAll();
  if (q.search) {
    const p = likePattern(q.search);
    query = query.where((eb) =>
      eb.or([
        eb(sql`lower(username)`, 'like', sql`${p} escape '\\'`),
        eb(sql`lower(email)`, 'like', sql`${p} escape '\\'`),
        eb(sql`lower(first_name || ' ' || last_name)`, 'like', sql`${p} escape '\\'`),
        eb(sql`lower(last_name || ' ' || first_name)`, 'like', sql`${p} escape '\\'`),
      ]),
    );
  }
  if (q.role) query = query.where('role', '=', q.role);
  if (q.isActive !== undefined) query = query.where('isActive', '=', q.isActive);
  return paginate(
    query,
    q,
    {
      username: sql`username`,
      lastName: sql`lower(last_name)`,
      email: sql`email`,
      role: sql`role`,
      createdAt: sql`created_at`,
      lastLoginAt: new NullsLast(sql`last_login_at`),
    },
    sql`id`,
  );
}

export async function insertUser(db: Executor, row: NewUserRow): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

export async function updateUser(db: Executor, id: string, changes: UserUpdate): Promise<boolean> {
  const r = await db.updateTable('users').set(changes).where('id', '=', id).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function deleteUser(db: Executor, id: string): Promise<boolean> {
  const r = await db.deleteFrom('users').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function countUsers(db: Executor): Promise<number> {
  const r = await db
    .selectFrom('users')
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
