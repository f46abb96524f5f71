import type { AnyDb } from './portable.js';

/**
 * A team's projects in a given state, by name: a developer's home lists the active projects of
 * their teams, which the (team, name) index could only find by reading each of the teams'
 * ~1,000 projects for its state.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createIndex('projects_team_status_idx')
    .on('projects')
    .columns(['team_id', 'status', 'name', 'id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('projects_team_status_idx').execute();
}
