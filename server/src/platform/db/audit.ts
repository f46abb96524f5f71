import type { Kysely, Transaction } from 'kysely';
import { nowIso } from './ids.js';
import type { DB } from './schema.js';

export type Executor = Kysely<DB> | Transaction<DB>;

/** Records who did what to which record; `changes` lists the fields written (never secrets). */
export async function recordAudit(
  db: Executor,
  entry: {
    actorId: string | null;
    /** create, update, delete, or a named action such as resetPassword */
    action: string;
    entity: string;
    entityId: string;
    changes?: Record<string, unknown>;
  },
): Promise<void> {
  await db
    .insertInto('auditLog')
    .values({
      at: nowIso(),
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      changes: entry.changes ? JSON.stringify(entry.changes) : null,
    })
    .execute();
}
