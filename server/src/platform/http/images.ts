import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.js';

export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/** The image type the bytes really are, or null; the declared Content-Type is not trusted. */
export function sniffImage(data: Buffer): (typeof IMAGE_TYPES)[number] | null {
  if (data.length > 8 && data.readUInt32BE(0) === 0x89504e47) return 'image/png';
  if (data.length > 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff)
    return 'image/jpeg';
  if (
    data.length > 12 &&
    data.toString('latin1', 0, 4) === 'RIFF' &&
    data.toString('latin1', 8, 12) === 'WEBP'
  ) {
    return 'image/webp';
  }
  return null;
}

/** Lets routes take a raw image body (PUT …/photo with Content-Type image/png etc.). */
export function registerImageBodies(app: FastifyInstance): void {
  app.addContentTypeParser(
    [...IMAGE_TYPES],
    { parseAs: 'buffer', bodyLimit: MAX_IMAGE_BYTES },
    (_req, body, done) => done(null, body),
  );
}

export function requireImage(
  body: unknown,
  declared: string | undefined,
): { data: Buffer; type: string } {
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `Send the image as the body with Content-Type ${IMAGE_TYPES.join(', ')}`,
    );
  }
  const type = sniffImage(body);
  if (!type || !declared?.startsWith(type)) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      'The body is not a PNG, JPEG or WebP image of the declared type',
    );
  }
  return { data: body, type };
}
