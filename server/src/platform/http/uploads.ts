import path from 'node:path';
import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { newId } from '../db/ids.js';
import type { FileStore } from '../files/store.js';
import { AppError } from './errors.js';
import { refuseNul } from './text.js';

export interface StoredUpload {
  key: string;
  fileName: string;
  size: number;
  sha256: string;
  contentType: string;
}

const CONTENT_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/i;

/** The original name, for display only: no directories, no control characters, bounded. */
export function cleanFileName(name: string): string {
  const base = path.posix
    .basename(name.replaceAll('\\', '/'))
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  return (base || 'file').slice(0, 255);
}

/**
 * Reads a multipart/form-data request: the single part named `file` is streamed straight into
 * storage under a generated key (never the user's name), the other parts are collected as text
 * fields, in any order. Over `maxBytes` the upload stops with 413. If anything fails, the stored
 * bytes are removed before the error goes on: a failed upload leaves nothing behind.
 */
export async function receiveUpload(
  request: FastifyRequest,
  files: FileStore,
  opts: { maxBytes: number; keyPrefix: string; requireFile: boolean },
): Promise<{ fields: Record<string, string>; file: StoredUpload | null }> {
  if (!request.isMultipart()) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      'Send multipart/form-data with the file in a part named "file"',
    );
  }
  const fields: Record<string, string> = {};
  let file: StoredUpload | null = null;
  try {
    const parts = request.parts({
      limits: { fileSize: opts.maxBytes, files: 1, fields: 20, fieldSize: 200_000, parts: 21 },
    });
    for await (const part of parts) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || file) {
          part.file.resume();
          throw new AppError('VALIDATION_FAILED', 'One file, in the part named "file"', [
            { path: part.fieldname, message: 'Unexpected file' },
          ]);
        }
        const key = `${opts.keyPrefix}/${newId()}`;
        const { size, sha256 } = await files.write(key, part.file);
        file = {
          key,
          fileName: cleanFileName(part.filename),
          size,
          sha256,
          contentType: CONTENT_TYPE.test(part.mimetype)
            ? part.mimetype.toLowerCase()
            : 'application/octet-stream',
        };
        if (part.file.truncated)
          throw new AppError('PAYLOAD_TOO_LARGE', `Files are limited to ${opts.maxBytes} bytes`);
      } else {
        fields[part.fieldname] = typeof part.value === 'string' ? part.value : String(part.value);
      }
    }
    refuseNul('form fields', fields);
    if (!file && opts.requireFile) {
      throw new AppError('VALIDATION_FAILED', 'The file is missing', [
        { path: 'file', message: 'Required' },
      ]);
    }
    return { fields, file };
  } catch (err) {
    if (file) await files.remove(file.key);
    const e = err as { code?: string; statusCode?: number };
    if (e.code === 'FST_REQ_FILE_TOO_LARGE' || e.statusCode === 413) {
      throw new AppError('PAYLOAD_TOO_LARGE', `Files are limited to ${opts.maxBytes} bytes`);
    }
    if (e.code?.startsWith('FST_') && e.statusCode && e.statusCode < 500) {
      throw new AppError('BAD_REQUEST', (err as Error).message);
    }
    throw err;
  }
}

/**
 * `Content-Disposition: attachment` with the original name: an ASCII fallback where quotes,
 * backslashes, separators and control characters are replaced, plus the exact UTF-8 name as
 * RFC 8187 `filename*`. No name can break out of the header.
 */
export function attachmentHeader(fileName: string): string {
  const fallback = cleanFileName(fileName).replace(/[^\x20-\x7e]|["\\/;%]/g, '_');
  const encoded = encodeURIComponent(cleanFileName(fileName)).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
