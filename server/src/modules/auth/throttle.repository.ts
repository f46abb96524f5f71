import { sql } from 'kysely';
import type { Executor } from '../../platform/db/audit.js';

/** Failure counters of the open windows among `keys`. */
export function openWindows(db: Executor, keys: string[], windowStart: string) {
  return db
    .selectFrom('loginThrottle')
    .select(['key', 'failures', 'windowStartedAt'])
    .where('key', 'in', keys)
    .where('windowStartedAt', '>=', windowStart)
    .execute();
}

/** Counts one failure; a window that has closed starts over at 1. */
export async function recordFailure(
  db: Executor,
  key: string,
  now: string,
  windowStart: string,
): Promise<void> {
  await db
    .insertInto('loginThrottle')
    .values({ key, failures: 1, windowStartedAt: now })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql`case when login_throttle.window_started_at < ${windowStart} then 1 else login_throttle.failures + 1 end`,
        windowStartedAt: sql`case when login_throttle.window_started_at < ${windowStart} then excluded.window_started_at else login_throttle.window_started_at end`,
      }),
    )
    .execute();
}

export async function clearFailures(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('loginThrottle').where('key', '=', key).execute();
}
