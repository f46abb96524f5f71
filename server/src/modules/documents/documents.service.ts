import type { DocumentRecord, DocumentsListQuery, FieldError, Page } from '@crm/contracts';
import type { documentFieldsSchema, updateDocumentSchema } from '@crm/contracts';
import type { z } from 'zod';
import type { Actor } from '../../platform/auth/tokens.js';
import { recordAudit } from '../../platform/db/audit.js';
import type { Db } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import type { FileStore } from '../../platform/files/store.js';
import { AppError } from '../../platform/http/errors.js';
import type { StoredUpload } from '../../platform/http/uploads.js';
import { clientExists } from '../clients/index.js';
import { findProject } from '../projects/index.js';
import { findTask } from '../tasks/index.js';
import * as repo from './documents.repository.js';

function toDocument(r: repo.DocumentRow): DocumentRecord {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    clientId: r.clientId,
    client: r.clientId && r.clientName !== null ? { id: r.clientId, name: r.clientName } : null,
    projectId: r.projectId,
    project:
      r.projectId && r.projectName !== null ? { id: r.projectId, name: r.projectName } : null,
    taskId: r.taskId,
    task: r.taskId && r.taskTitle !== null ? { id: r.taskId, title: r.taskTitle } : null,
    authorId: r.authorId,
    author:
      r.authorId && r.authorFirstName !== null
        ? { id: r.authorId, firstName: r.authorFirstName, lastName: r.authorLastName ?? '' }
        : null,
    fileName: r.fileName,
    fileSize: Number(r.fileSize),
    contentType: r.contentType,
    sha256: r.sha256,
    downloadUrl: `/api/v1/documents/${r.id}/file`,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

type Links = { clientId: string | null; projectId: string | null; taskId: string | null };

export function createDocumentsService({ db, files }: { db: Db; files: FileStore }) {
  async function mustFind(id: string): Promise<repo.DocumentRow> {
    const row = await repo.findDocument(db, id);
    if (!row) throw new AppError('DOCUMENT_NOT_FOUND', `No document with id ${id}`);
    return row;
  }

  /**
   * The client, project and task a document belongs to must agree: the task in the project, the
   * project of the client. What is not given is filled in from what is (a task names its project,
   * a project its client).
   */
  async function resolveLinks(actor: Actor, links: Links): Promise<Links> {
    const errors: FieldError[] = [];
    const now = nowIso();
    let { clientId, projectId } = links;
    const { taskId } = links;
    if (taskId) {
      const task = await findTask(db, actor, taskId);
      if (!task) errors.push({ path: 'taskId', message: 'No such task' });
      else if (projectId && projectId !== task.projectId)
        errors.push({ path: 'taskId', message: 'Not a task of that project' });
      else projectId = task.projectId;
    }
    if (projectId && errors.length === 0) {
      const project = await findProject(db, actor, projectId, now);
      if (!project) errors.push({ path: 'projectId', message: 'No such project' });
      else if (clientId && clientId !== project.clientId)
        errors.push({ path: 'projectId', message: 'Not a project of that client' });
      else clientId = project.clientId;
    }
    if (clientId && errors.length === 0 && !(await clientExists(db, clientId))) {
      errors.push({ path: 'clientId', message: 'No such client' });
    }
    if (errors.length > 0)
      throw new AppError('VALIDATION_FAILED', 'The links do not agree', errors);
    return { clientId, projectId, taskId };
  }

  return {
    async list(query: DocumentsListQuery): Promise<Page<DocumentRecord>> {
      const page = await repo.listDocuments(db, query);
      return { ...page, items: page.items.map(toDocument) };
    },

    async get(id: string): Promise<DocumentRecord> {
      return toDocument(await mustFind(id));
    },

    /** Records an uploaded file; the caller removes the stored bytes if this fails. */
    async create(
      actor: Actor,
      fields: z.output<typeof documentFieldsSchema>,
      file: StoredUpload,
    ): Promise<DocumentRecord> {
      const links = await resolveLinks(actor, {
        clientId: fields.clientId ?? null,
        projectId: fields.projectId ?? null,
        taskId: fields.taskId ?? null,
      });
      const id = newId();
      const now = nowIso();
      await db.transaction().execute(async (trx) => {
        await repo.insertDocument(trx, {
          id,
          title: fields.title,
          description: fields.description,
          ...links,
          authorId: actor.id,
          fileKey: file.key,
          fileName: file.fileName,
          fileSize: file.size,
          contentType: file.contentType,
          sha256: file.sha256,
          createdAt: now,
          updatedAt: now,
        });
        await recordAudit(trx, {
          actorId: actor.id,
          action: 'create',
          entity: 'document',
          entityId: id,
          changes: { ...fields, fileName: file.fileName, size: file.size },
        });
      });
      return toDocument(await mustFind(id));
    },

    async update(
      actor: Actor,
      id: string,
      input: z.output<typeof updateDocumentSchema>,
    ): Promise<DocumentRecord> {
      const row = await mustFind(id);
      const links = await resolveLinks(actor, {
        clientId: input.clientId === undefined ? row.clientId : input.clientId,
        // Changing the client alone unlinks a project and task of another client.
        projectId:
          input.projectId === undefined
            ? input.clientId !== undefined
              ? null
              : row.projectId
            : input.projectId,
        taskId:
          input.taskId === undefined
            ? input.clientId !== undefined || input.projectId !== undefined
              ? null
              : row.taskId
            : input.taskId,
      });
      await db.transaction().execute(async (trx) => {
        await repo.updateDocument(trx, id, {
          ...(input.title !== undefined ? { title: input.title } : {}),
          ...(input.description !== undefined ? { description: input.description } : {}),
          ...links,
          updatedAt: nowIso(),
        });
        await recordAudit(trx, {
          actorId: actor.id,
          action: 'update',
          entity: 'document',
          entityId: id,
          changes: input,
        });
      });
      return toDocument(await mustFind(id));
    },

    /** Replaces the file and keeps the record; the old bytes are removed after the switch. */
    async replaceFile(actor: Actor, id: string, file: StoredUpload): Promise<DocumentRecord> {
      const row = await mustFind(id);
      await db.transaction().execute(async (trx) => {
        await repo.updateDocument(trx, id, {
          fileKey: file.key,
          fileName: file.fileName,
          fileSize: file.size,
          contentType: file.contentType,
          sha256: file.sha256,
          updatedAt: nowIso(),
        });
        await recordAudit(trx, {
          actorId: actor.id,
          action: 'replaceFile',
          entity: 'document',
          entityId: id,
          changes: { fileName: file.fileName, size: file.size },
        });
      });
      await files.remove(row.fileKey);
      return toDocument(await mustFind(id));
    },

    /** Deletes the record, then its file. */
    async remove(actor: Actor, id: string): Promise<void> {
      const row = await mustFind(id);
      await db.transaction().execute(async (trx) => {
        await repo.deleteDocument(trx, id);
        await recordAudit(trx, {
          actorId: actor.id,
          action: 'delete',
          entity: 'document',
          entityId: id,
          changes: { title: row.title, fileName: row.fileName },
        });
      });
      await files.remove(row.fileKey);
    },

    async file(id: string): Promise<{
      key: string;
      fileName: string;
      contentType: string;
      size: number;
      sha256: string;
    }> {
      const row = await mustFind(id);
      return {
        key: row.fileKey,
        fileName: row.fileName,
        contentType: row.contentType,
        size: Number(row.fileSize),
        sha256: row.sha256,
      };
    },
  };
}

export type DocumentsService = ReturnType<typeof createDocumentsService>;
