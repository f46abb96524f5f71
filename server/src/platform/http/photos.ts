import { idParams } from '@crm/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../access/access.js';
import type { Access } from '../access/permissions.js';
import type { Actor } from '../auth/tokens.js';
import { newId } from '../db/ids.js';
import type { FileStore } from '../files/store.js';
import { AppError } from './errors.js';
import { IMAGE_TYPES, requireImage } from './images.js';
import { noContent, problems } from './openapi.js';

export interface Photo {
  key: string;
  type: string;
}

/** What a module tells the photo routes about its records. */
export interface PhotoOwner<R> {
  /** The record's current photo (null if none); throws the module's not-found error. */
  current(actor: Actor, id: string): Promise<Photo | null>;
  /** Records the new photo (or none) and returns the updated record; record-level checks go here. */
  replace(actor: Actor, id: string, photo: Photo | null): Promise<R>;
}

/** The columns a record with a photo keeps. */
export interface PhotoColumns {
  photoKey: string | null;
  photoType: string | null;
}

export const photoOf = (row: PhotoColumns): Photo | null =>
  row.photoKey && row.photoType ? { key: row.photoKey, type: row.photoType } : null;

/** What to write when a photo changes (or is removed) — with the audit stamps. */
export const photoChange = (photo: Photo | null, actor: Actor) => ({
  photoKey: photo?.key ?? null,
  photoType: photo?.type ?? null,
  updatedAt: new Date().toISOString(),
  updatedBy: actor.id,
});

/**
 * The usual owner: any caller the route lets in may change the photo; `find` throws the
 * module's not-found error, `save` writes the columns, `load` returns the updated record.
 */
export function photoOwner<R>(opts: {
  find: (id: string) => Promise<PhotoColumns>;
  save: (id: string, changes: ReturnType<typeof photoChange>) => Promise<void>;
  load: (id: string) => Promise<R>;
}): PhotoOwner<R> {
  return {
    current: async (_actor, id) => photoOf(await opts.find(id)),
    replace: async (actor, id, photo) => {
      await opts.save(id, photoChange(photo, actor));
      return opts.load(id);
    },
  };
}

export interface PhotoRoutesOptions<R> {
  /** e.g. `users`: routes become /users/:id/photo. */
  collection: string;
  tag: string;
  readAccess: Access;
  writeAccess: Access;
  recordSchema: z.ZodType<R>;
  owner: PhotoOwner<R>;
  files: FileStore;
}

/** The URL a record's photo is served at; the version part changes with every upload. */
export const photoUrl = (collection: string, id: string, key: string | null): string | null =>
  key ? `/api/v1/${collection}/${id}/photo?v=${key.slice(-12)}` : null;

/**
 * PUT, GET and DELETE `/<collection>/:id/photo` for any module whose records have a photo:
 * the raw image is the body (PNG, JPEG or WebP, checked by its bytes, ≤ 2 MB), stored under a
 * generated key; the old file is removed after the record points at the new one.
 */
export function photoRoutes<R>(opts: PhotoRoutesOptions<R>): FastifyPluginAsyncZod {
  const { collection, tag, owner, files } = opts;
  const url = `/${collection}/:id/photo`;
  const recordSchema: z.ZodType<unknown> = opts.recordSchema;
  return async (app) => {
    app.put(url, {
      config: { access: opts.writeAccess },
      schema: {
        tags: [tag],
        summary: `Upload the photo: the raw image as the body (${IMAGE_TYPES.join(', ')}, ≤ 2 MB)`,
        params: idParams,
        body: z.any().describe('Binary image'),
        response: {
          200: recordSchema,
          ...problems(401, 403, 404, 413, 415),
        },
      },
      handler: async (req) => {
        const actor = actorOf(req);
        const { data, type } = requireImage(req.body, req.headers['content-type']);
        const before = await owner.current(actor, req.params.id);
        const key = `photos/${collection}/${newId()}`;
        await files.put(key, data);
        try {
          const record = await owner.replace(actor, req.params.id, { key, type });
          if (before) await files.remove(before.key);
          return record;
        } catch (err) {
          await files.remove(key);
          throw err;
        }
      },
    });

    app.delete(url, {
      config: { access: opts.writeAccess },
      schema: {
        tags: [tag],
        summary: 'Remove the photo',
        params: idParams,
        response: { 204: noContent, ...problems(401, 403, 404) },
      },
      handler: async (req, reply) => {
        const actor = actorOf(req);
        const before = await owner.current(actor, req.params.id);
        if (before) {
          await owner.replace(actor, req.params.id, null);
          await files.remove(before.key);
        }
        return reply.status(204).send();
      },
    });

    app.get(url, {
      config: { access: opts.readAccess },
      schema: { tags: [tag], summary: 'The photo', params: idParams },
      handler: async (req, reply) => {
        const photo = await owner.current(actorOf(req), req.params.id);
        if (!photo) throw new AppError('NOT_FOUND', 'No photo');
        return reply
          .type(photo.type)
          .header('cache-control', 'private, max-age=86400, immutable')
          .header('content-security-policy', "default-src 'none'")
          .send(files.read(photo.key));
      },
    });
  };
}
