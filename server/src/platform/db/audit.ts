import { sql, type Kysely, type OperationNodeSource, type Transaction } from 'kysely';
import { isPostgresDb } from './dialect.js';
import { nowIso } from './ids.js';
import type { DB } from './schema.js';

export type Executor = Kysely<DB> | Transaction<DB>;

export interface AuditEntry {
  actorId: string | null;
  /** create, update, delete, or a named action such as resetPassword */
  action: string;
  entity: string;
  entityId: string;
  changes?: Record<string, unknown>;
}

const auditRow = (entry: AuditEntry) => ({
  at: nowIso(),
  actorId: entry.actorId,
  action: entry.action,
  entity: entry.entity,
  entityId: entry.entityId,
  changes: entry.changes ? JSON.stringify(entry.changes) : null,
});

/** Records who did what to which record; `changes` lists the fields written (never secrets). */
export async function recordAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insertInto('auditLog').values(auditRow(entry)).execute();
}

/**
 * One write and its audit entry, atomically. On PostgreSQL one statement — the audit row from a
 * data-modifying `with` — committed on its own: a write whose triggers update shared counter
 * rows (a day's communications) holds their locks for the statement and its commit, not for
 * more round trips, while concurrent writers of the same counters wait. SQLite writes one
 * transaction at a time anyway: a transaction there.
 */
export async function writeAudited(
  db: Kysely<DB>,
  write: (q: Executor) => OperationNodeSource & { execute(): Promise<unknown> },
  entry: AuditEntry,
): Promise<void> {
  if (isPostgresDb(db)) {
    const audit = db.insertInto('auditLog').values(auditRow(entry));
    await sql`with audit as (${audit}) ${write(db)}`.execute(db);
    return;
  }
  await db.transaction().execute(async (trx) => {
    await recordAudit(trx, entry);
    await write(trx).execute();
  });
}
