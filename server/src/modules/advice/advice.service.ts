import type {
  Advice,
  AdviceComment,
  AdviceListQuery,
  CommentsListQuery,
  Page,
} from '@crm/contracts';
import type { createAdviceSchema, updateAdviceSchema } from '@crm/contracts';
import type { z } from 'zod';
import type { Actor } from '../../platform/auth/tokens.js';
import { recordAudit } from '../../platform/db/audit.js';
import type { Db } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/http/errors.js';
import * as repo from './advice.repository.js';

const person = (id: string | null, first: string | null, last: string | null) =>
  id && first !== null ? { id, firstName: first, lastName: last ?? '' } : null;

function toAdvice(r: repo.AdviceRow): Advice {
  return {
    id: r.id,
    topic: r.topic,
    title: r.title,
    body: r.body,
    authorId: r.authorId,
    author: person(r.authorId, r.authorFirstName, r.authorLastName),
    commentsCount: Number(r.commentsCount ?? 0),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

function toComment(r: repo.AdviceCommentRow): AdviceComment {
  return {
    id: r.id,
    adviceId: r.adviceId,
    body: r.body,
    authorId: r.authorId,
    author: person(r.authorId, r.authorFirstName, r.authorLastName),
    createdAt: r.createdAt,
    editedAt: r.editedAt,
  };
}

export function createAdviceService({ db }: { db: Db }) {
  async function mustFind(id: string): Promise<repo.AdviceRow> {
    const row = await repo.findAdvice(db, id);
    if (!row) throw new AppError('ADVICE_NOT_FOUND', `No tip with id ${id}`);
    return row;
  }
  const mayChange = (actor: Actor, authorId: string | null) =>
    actor.role === 'admin' || authorId === actor.id;

  return {
    async list(query: AdviceListQuery): Promise<Page<Advice>> {
      const page = await repo.listAdvice(db, query);
      return { ...page, items: page.items.map(toAdvice) };
    },
    get: async (id: string) => toAdvice(await mustFind(id)),
    topics: () =>
      repo.topics(db).then((rows) => rows.map((r) => ({ topic: r.topic, count: Number(r.count) }))),

    async create(actor: Actor, input: z.output<typeof createAdviceSchema>): Promise<Advice> {
      const id = newId();
      const now = nowIso();
      await db.transaction().execute(async (trx) => {
        await repo.insertAdvice(trx, {
          id,
          ...input,
          topicKey: input.topic.toLowerCase(),
          authorId: actor.id,
          createdAt: now,
          updatedAt: now,
        });
        await recordAudit(trx, {
          actorId: actor.id,
          action: 'create',
          entity: 'advice',
          entityId: id,
          changes: { topic: input.topic, title: input.title },
        });
      });
      return toAdvice(await mustFind(id));
    },

    /** Only the author or an admin edits a tip. */
    async update(
      actor: Actor,
      id: string,
      input: z.output<typeof updateAdviceSchema>,
    ): Promise<Advice> {
      const row = await mustFind(id);
      if (!mayChange(actor, row.authorId))
        throw new AppError('FORBIDDEN', 'Only the author or an admin edits a tip');
      await db.transaction().execute(async (trx) => {
        await repo.updateAdvice(trx, id, {
          ...input,
          ...(input.topic ? { topicKey: input.topic.toLowerCase() } : {}),
          updatedAt: nowIso(),
        });
        await recordAudit(trx, {
          actorId: actor.id,
          action: 'update',
          entity: 'advice',
          entityId: id,
          changes: { topic: input.topic, title: input.title },
        });
      });
      return toAdvice(await mustFind(id));
    },

    async remove(actor: Actor, id: string): Promise<void> {
      const row = await mustFind(id);
      if (!mayChange(actor, row.authorId))
        throw new AppError('FORBIDDEN', 'Only the author or an admin deletes a tip');
      await db.transaction().execute(async (trx) => {
        await repo.deleteAdvice(trx, id);
        await recordAudit(trx, {
          actorId: actor.id,
          action: 'delete',
          entity: 'advice',
          entityId: id,
          changes: { title: row.title },
        });
      });
    },

    comments: {
      async list(adviceId: string, q: CommentsListQuery): Promise<Page<AdviceComment>> {
        await mustFind(adviceId);
        const page = await repo.listAdviceComments(db, adviceId, q);
        return { ...page, items: page.items.map(toComment) };
      },
      async create(actor: Actor, adviceId: string, body: string): Promise<AdviceComment> {
        await mustFind(adviceId);
        const id = newId();
        await repo.insertAdviceComment(db, {
          id,
          adviceId,
          authorId: actor.id,
          body,
          createdAt: nowIso(),
          editedAt: null,
        });
        return toComment((await repo.findAdviceComment(db, adviceId, id))!);
      },
      /** Comment authors edit their own comments. */
      async update(
        actor: Actor,
        adviceId: string,
        id: string,
        body: string,
      ): Promise<AdviceComment> {
        const row = await repo.findAdviceComment(db, adviceId, id);
        if (!row) throw new AppError('COMMENT_NOT_FOUND');
        if (row.authorId !== actor.id)
          throw new AppError('FORBIDDEN', 'Only the author edits a comment');
        await repo.updateAdviceComment(db, id, body, nowIso());
        return toComment((await repo.findAdviceComment(db, adviceId, id))!);
      },
      async remove(actor: Actor, adviceId: string, id: string): Promise<void> {
        const row = await repo.findAdviceComment(db, adviceId, id);
        if (!row) throw new AppError('COMMENT_NOT_FOUND');
        if (!mayChange(actor, row.authorId))
          throw new AppError('FORBIDDEN', 'Only the author or an admin deletes a comment');
        await repo.deleteAdviceComment(db, id);
      },
    },
  };
}

export type AdviceService = ReturnType<typeof createAdviceService>;
