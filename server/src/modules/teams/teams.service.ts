import type { Page, Team, TeamsListQuery } from '@crm/contracts';
import type { createTeamSchema, updateTeamSchema } from '@crm/contracts';
import type { z } from 'zod';
import type { Actor } from '../../platform/auth/tokens.js';
import { recordAudit } from '../../platform/db/audit.js';
import { isUniqueViolation, toBool, type Db } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/http/errors.js';
import { photoUrl } from '../../platform/http/photos.js';
import * as repo from './teams.repository.js';

function toTeam(row: repo.TeamRow, members: repo.MemberRow[]): Team {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    members: members.map((m) => ({
      userId: m.userId,
      isLead: toBool(m.isLead),
      firstName: m.firstName,
      lastName: m.lastName,
      role: m.role,
      photoUrl: photoUrl('users', m.userId, m.photoKey),
    })),
    projectsCount: Number(row.projectsCount ?? 0),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const nameTaken = () =>
  new AppError('TEAM_NAME_TAKEN', 'Another team has this name', [
    { path: 'name', message: 'Taken' },
  ]);

export function createTeamsService({ db }: { db: Db }) {
  async function load(id: string, viewer?: Actor): Promise<Team> {
    const row = await repo.findTeam(db, id, viewer);
    if (!row) throw new AppError('TEAM_NOT_FOUND', `No team with id ${id}`);
    return toTeam(row, await repo.membersOf(db, [id]));
  }

  async function checkMembers(members: { userId: string }[]): Promise<void> {
    const active = await repo.activeUsers(
      db,
      members.map((m) => m.userId),
    );
    const errors = members.flatMap((m, i) =>
      active.has(m.userId) ? [] : [{ path: `members.${i}.userId`, message: 'No such active user' }],
    );
    if (errors.length > 0) throw new AppError('VALIDATION_FAILED', 'Unknown members', errors);
  }

  return {
    /** Every role sees every team; the projects counted are only those the caller may see. */
    async list(actor: Actor, query: TeamsListQuery): Promise<Page<Team>> {
      const page = await repo.listTeams(db, actor, query);
      const members = await repo.membersOf(
        db,
        page.items.map((t) => t.id),
      );
      return {
        ...page,
        items: page.items.map((t) =>
          toTeam(
            t,
            members.filter((m) => m.teamId === t.id),
          ),
        ),
      };
    },

    get: (actor: Actor, id: string) => load(id, actor),

    async create(actor: Actor, input: z.output<typeof createTeamSchema>): Promise<Team> {
      await checkMembers(input.members);
      const id = newId();
      const now = nowIso();
      try {
        await db.transaction().execute(async (trx) => {
          await repo.insertTeam(trx, {
            id,
            name: input.name,
            nameKey: input.name.toLowerCase(),
            description: input.description,
            createdAt: now,
            updatedAt: now,
            createdBy: actor.id,
            updatedBy: actor.id,
          });
          await repo.replaceMembers(trx, id, input.members, now);
          await recordAudit(trx, {
            actorId: actor.id,
            action: 'create',
            entity: 'team',
            entityId: id,
            changes: input,
          });
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw nameTaken();
        throw err;
      }
      return load(id, actor);
    },

    /** Changes a team; a members list replaces the old one, with exactly one lead (persisted). */
    async update(
      actor: Actor,
      id: string,
      input: z.output<typeof updateTeamSchema>,
    ): Promise<Team> {
      await load(id);
      if (input.members) await checkMembers(input.members);
      const now = nowIso();
      try {
        await db.transaction().execute(async (trx) => {
          await repo.updateTeam(trx, id, {
            ...(input.name !== undefined
              ? { name: input.name, nameKey: input.name.toLowerCase() }
              : {}),
            ...(input.description !== undefined ? { description: input.description } : {}),
            updatedAt: now,
            updatedBy: actor.id,
          });
          if (input.members) await repo.replaceMembers(trx, id, input.members, now);
          await recordAudit(trx, {
            actorId: actor.id,
            action: 'update',
            entity: 'team',
            entityId: id,
            changes: input,
          });
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw nameTaken();
        throw err;
      }
      return load(id, actor);
    },

    async remove(actor: Actor, id: string): Promise<void> {
      const team = await load(id);
      if (team.projectsCount > 0) {
        throw new AppError(
          'TEAM_HAS_PROJECTS',
          `The team has ${team.projectsCount} project(s); move them to another team first`,
        );
      }
      await db.transaction().execute(async (trx) => {
        await repo.deleteTeam(trx, id);
        await recordAudit(trx, {
          actorId: actor.id,
          action: 'delete',
          entity: 'team',
          entityId: id,
          changes: { name: team.name },
        });
      });
    },
  };
}

export type TeamsService = ReturnType<typeof createTeamsService>;
