import type {
  CreateUserRequest,
  Page,
  UpdateUserRequest,
  User,
  UsersListQuery,
} from '@crm/contracts';
import type { createUserSchema, updateUserSchema } from '@crm/contracts';
import type { z } from 'zod';
import type { Actor } from '../../platform/auth/tokens.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import type { LiveSessions } from '../../platform/auth/liveSessions.js';
import { revokeUserSessions } from '../../platform/auth/sessions.repository.js';
import { recordAudit } from '../../platform/db/audit.js';
import {
  isForeignKeyViolation,
  isUniqueViolation,
  toBool,
  violatedConstraint,
  type Db,
} from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import type { UserRow, UserUpdate } from '../../platform/db/schema.js';
import type { FileStore } from '../../platform/files/store.js';
import { AppError } from '../../platform/http/errors.js';
import {
  photoChange,
  photoOf,
  photoUrl,
  type Photo,
  type PhotoOwner,
} from '../../platform/http/photos.js';
import * as repo from './users.repository.js';

export interface UsersDeps {
  db: Db;
  files: FileStore;
  /** Deactivating, deleting, a new role or a new password ends the user's logins through it. */
  live: LiveSessions;
}

/** The API shape of a user; personal fields only for admins and the user themself. */
export function toUser(row: UserRow, viewer: Actor): User {
  const personal = viewer.role === 'admin' || viewer.id === row.id;
  return {
    id: row.id,
    username: row.username,
    email: row.email,
    firstName: row.firstName,
    lastName: row.lastName,
    role: row.role,
    isActive: toBool(row.isActive),
    photoUrl: photoUrl('users', row.id, row.photoKey),
    ...(personal
      ? {
          phone: row.phone,
          gender: row.gender,
          dateOfBirth: row.dateOfBirth,
          lastLoginAt: row.lastLoginAt,
        }
      : {}),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function uniqueViolation(err: unknown): never {
  if (isUniqueViolation(err)) {
    const where = violatedConstraint(err);
    if (where.includes('email'))
      throw new AppError('EMAIL_TAKEN', 'Another user has this e-mail', [
        { path: 'email', message: 'Taken' },
      ]);
    if (where.includes('username'))
      throw new AppError('USERNAME_TAKEN', 'Another user has this user name', [
        { path: 'username', message: 'Taken' },
      ]);
  }
  throw err;
}

export function createUsersService({ db, files, live }: UsersDeps) {
  async function mustFind(id: string): Promise<UserRow> {
    const row = await repo.findUserById(db, id);
    if (!row) throw new AppError('USER_NOT_FOUND', `No user with id ${id}`);
    return row;
  }

  return {
    /** The user directory, paged and searchable. */
    async list(actor: Actor, query: UsersListQuery): Promise<Page<User>> {
      const page = await repo.listUsers(db, query);
      return { ...page, items: page.items.map((r) => toUser(r, actor)) };
    },

    async get(actor: Actor, id: string): Promise<User> {
      return toUser(await mustFind(id), actor);
    },

    /** Creates a user (admins only, by the route's rule). */
    async create(actor: Actor | null, input: z.output<typeof createUserSchema>): Promise<User> {
      const now = nowIso();
      const id = newId();
      const passwordHash = await hashPassword(input.password);
      try {
        await db.transaction().execute(async (trx) => {
          await repo.insertUser(trx, {
            id,
            username: input.username,
            email: input.email,
            firstName: input.firstName,
            lastName: input.lastName,
            role: input.role,
            isActive: input.isActive,
            passwordHash,
            phone: input.phone,
            gender: input.gender,
            dateOfBirth: input.dateOfBirth,
            createdAt: now,
            updatedAt: now,
            createdBy: actor?.id ?? null,
            updatedBy: actor?.id ?? null,
          });
          const changes: Record<string, unknown> = { ...input };
          delete changes.password;
          await recordAudit(trx, {
            actorId: actor?.id ?? null,
            action: 'create',
            entity: 'user',
            entityId: id,
            changes,
          });
        });
      } catch (err) {
        uniqueViolation(err);
      }
      return toUser(await mustFind(id), actor ?? { id, role: input.role, sessionId: '' });
    },

    /**
     * Changes a user. Admins change anyone's fields; everyone else only their own profile.
     * Nobody changes their own role or deactivates themself.
     */
    async update(
      actor: Actor,
      id: string,
      input: z.output<typeof updateUserSchema>,
    ): Promise<User> {
      const self = actor.id === id;
      const admin = actor.role === 'admin';
      if (!self && !admin) throw new AppError('FORBIDDEN', 'You may change only your own profile');
      const current = await mustFind(id);
      if (self && input.role !== undefined && input.role !== current.role) {
        throw new AppError('ROLE_CHANGE_FORBIDDEN', 'Another admin must change your role');
      }
      if (self && input.isActive === false) {
        throw new AppError('CANNOT_DEACTIVATE_SELF');
      }
      if (
        !admin &&
        (input.username !== undefined || input.email !== undefined || input.isActive !== undefined)
      ) {
        throw new AppError(
          'FORBIDDEN',
          'Only an admin changes user names, e-mails and the active flag',
        );
      }
      const changes: UserUpdate = {};
      for (const key of [
        'username',
        'email',
        'role',
        'isActive',
        'firstName',
        'lastName',
        'phone',
        'gender',
        'dateOfBirth',
      ] as const) {
        if (input[key] !== undefined) (changes as Record<string, unknown>)[key] = input[key];
      }
      const now = nowIso();
      const endsSessions =
        (input.isActive === false && toBool(current.isActive)) ||
        (input.role !== undefined && input.role !== current.role);
      const write = () =>
        db.transaction().execute(async (trx) => {
          await repo.updateUser(trx, id, { ...changes, updatedAt: now, updatedBy: actor.id });
          if (endsSessions) await revokeUserSessions(trx, id, now);
          await recordAudit(trx, {
            actorId: actor.id,
            action: 'update',
            entity: 'user',
            entityId: id,
            changes,
          });
        });
      try {
        await (endsSessions ? live.ending(write) : write());
      } catch (err) {
        uniqueViolation(err);
      }
      return toUser(await mustFind(id), actor);
    },

    /** Deletes a user who has no records; one who has must be deactivated instead. */
    async remove(actor: Actor, id: string): Promise<void> {
      if (actor.id === id) throw new AppError('CANNOT_DEACTIVATE_SELF');
      const row = await mustFind(id);
      try {
        // The user's logins go with their refresh tokens.
        await live.ending(() =>
          db.transaction().execute(async (trx) => {
            await repo.deleteUser(trx, id);
            await recordAudit(trx, {
              actorId: actor.id,
              action: 'delete',
              entity: 'user',
              entityId: id,
            });
          }),
        );
      } catch (err) {
        if (isForeignKeyViolation(err)) {
          throw new AppError(
            'REFERENCED_RECORD',
            'This user has records in the CRM; deactivate the account instead',
          );
        }
        throw err;
      }
      if (row.photoKey) await files.remove(row.photoKey);
    },

    /** An admin sets a new password; every login of that user ends. */
    async resetPassword(actor: Actor, id: string, password: string): Promise<void> {
      await mustFind(id);
      const passwordHash = await hashPassword(password);
      const now = nowIso();
      await live.ending(() =>
        db.transaction().execute(async (trx) => {
          await repo.updateUser(trx, id, { passwordHash, updatedAt: now, updatedBy: actor.id });
          await revokeUserSessions(trx, id, now);
          await recordAudit(trx, {
            actorId: actor.id,
            action: 'resetPassword',
            entity: 'user',
            entityId: id,
          });
        }),
      );
    },

    /** The photo routes' view of users: anyone reads; only oneself or an admin changes. */
    photos: {
      current: async (_actor: Actor, id: string): Promise<Photo | null> =>
        photoOf(await mustFind(id)),
      replace: async (actor: Actor, id: string, photo: Photo | null): Promise<User> => {
        if (actor.id !== id && actor.role !== 'admin') {
          throw new AppError('FORBIDDEN', 'You may change only your own photo');
        }
        await repo.updateUser(db, id, photoChange(photo, actor));
        return toUser(await mustFind(id), actor);
      },
    } satisfies PhotoOwner<User>,
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
export type { CreateUserRequest, UpdateUserRequest };
