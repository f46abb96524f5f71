import { sql } from 'kysely';
import { type AnyDb, isPostgres } from './portable.js';

/**
 * PostgreSQL: ticking a personal done box as one call (`tickBox` in the tasks repository). It
 * locks the task's row, changes the box and recomputes the task's done flag (the rule and the
 * statement of `refreshTaskDone` in the tasks repository, which SQLite runs), each statement of
 * the function reading what was committed when it starts (a volatile function takes a new
 * snapshot per statement), so a tick that waited for the lock sees the boxes the other ticks
 * committed meanwhile. From the server it is one statement that commits by itself: the task's
 * row stays locked for the function and its commit only, not for the round trips of a
 * transaction's three statements and its commit. SQLite writes one transaction at a time and
 * keeps the plain statements.
 */
export async function up(db: AnyDb): Promise<void> {
  if (!isPostgres(db)) return;
  await sql
    .raw(
      `create function task_tick(p_task text, p_user text, p_done boolean, p_now timestamptz)
       returns boolean language plpgsql as $$
       begin
         perform 1 from tasks where id = p_task for update;
         update task_assignees set done = p_done, done_at = case when p_done then p_now end
           where task_id = p_task and user_id = p_user;
         if not found then return false; end if;
         update tasks set is_done = s.done, done_at = case when s.done then p_now end
           from (select count(*) > 0 and count(*) = sum(case when a.done then 1 else 0 end) as done
             from task_assignees a where a.task_id = p_task) as s
           where tasks.id = p_task and tasks.is_done <> s.done;
         return true;
       end $$`,
    )
    .execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  if (!isPostgres(db)) return;
  await sql.raw('drop function task_tick(text, text, boolean, timestamptz)').execute(db);
}
