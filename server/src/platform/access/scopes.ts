import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Actor } from '../auth/tokens.js';

/**
 * The one record-level rule of the delivery side: admins and managers see every project;
 * a developer sees only projects of the teams they belong to — and, through them, only those
 * projects' tasks and comments. Every query that returns projects, tasks or comments takes this
 * condition with the column holding the project's team id; nothing else decides visibility.
 *
 * Returns null when the actor sees everything (no condition to add).
 */
export function projectScope(actor: Actor, teamIdColumn: string): RawBuilder<SqlBool> | null {
  const teams = scopeTeams(actor);
  // As an IN list, so the planner can drive the query from the caller's few teams.
  return teams && sql<SqlBool>`${sql.ref(teamIdColumn)} in (${teams})`;
}

/**
 * The same rule as the teams it admits: the developer's teams (`team_id`, read as `teamId`), or
 * null when the actor sees every team. For a query that reads each team's rows on its own.
 */
export function scopeTeams(actor: Actor): RawBuilder<{ teamId: string }> | null {
  if (actor.role !== 'developer') return null;
  return sql`select tm.team_id from team_members tm where tm.user_id = ${actor.id}`;
}
