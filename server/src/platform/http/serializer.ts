import { isDeepStrictEqual } from 'node:util';
import type { FastifySerializerCompiler } from 'fastify';
import fastJson from 'fast-json-stringify';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** JSON text, or its UTF-8 bytes when written in pieces (see `pieceWriter`). */
type Serialize = (data: unknown) => string | Buffer;

/**
 * The response serializer: each route's Zod response schema is turned into a JSON Schema once,
 * on the route's first answer, and compiled into a function that writes exactly the declared fields (others are
 * dropped, a missing required field throws). Checking a whole response against its Zod schema
 * and then stringifying it was a tenth of the server's time on the large pages.
 *
 * With `verify` (tests and development) every response is also checked against its Zod schema
 * and the compiled output compared with Zod's: a contract the compiled serializer would render
 * differently fails the test that produced it.
 */
export function responseSerializer({
  verify,
}: {
  verify: boolean;
}): FastifySerializerCompiler<z.ZodType> {
  return ({ schema, method, url }) => {
    // Compiled on a route's first answer of each status: compiling all of them at start-up
    // took about a second. With `verify` at once, so every test run compiles every schema.
    let compiled: Serialize | undefined = verify ? compile(schema) : undefined;
    const stringify: Serialize = (data) => (compiled ??= compile(schema))(data);
    // Fastify sends a Buffer as it is; its types name only strings.
    if (!verify) return stringify as (data: unknown) => string;
    return (data) => {
      const result = schema.safeEncode(data);
      if (result.error) throw new ResponseSerializationError(method, url, { cause: result.error });
      const written = stringify(data);
      const text = typeof written === 'string' ? written : written.toString('utf8');
      const expected: unknown = JSON.parse(JSON.stringify(result.data) ?? 'null');
      if (!isDeepStrictEqual(JSON.parse(text), expected)) {
        throw new Error(
          `The compiled serializer of ${method} ${url} wrote ${text}, its schema gives ${JSON.stringify(expected)}`,
        );
      }
      return written as string;
    };
  };
}

function compile(schema: z.ZodType): Serialize {
  const json = z.toJSONSchema(schema, {
    io: 'output',
    target: 'draft-7',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  delete json.$schema;
  const document = nullableBranches(json) as JsonSchema;
  return pieceWriter(document) ?? fastJson(document as unknown as FastJsonSchema);
}

type JsonSchema = Record<string, unknown>;
type FastJsonSchema = Parameters<typeof fastJson>[0];

/** Text gathered in pieces of about this many characters before a new one is started. */
const PIECE_CHARS = 8192;

/** Bodies of at least this many characters are sent as the bytes written from their pieces. */
const BYTES_FROM_CHARS = 32_768;

interface Pieces {
  done: string[];
  current: string;
}

type Writer = (data: unknown, into: Pieces) => void;

function put(into: Pieces, text: string): void {
  into.current += text;
  if (into.current.length >= PIECE_CHARS) {
    into.done.push(into.current);
    into.current = '';
  }
}

/**
 * For a schema with lists of objects (pages, home pages, statistics): a writer that serializes
 * the objects one by one with compiled serializers and gathers the text in pieces of a few
 * thousand characters, then writes their UTF-8 bytes into one Buffer. A single compiled
 * serializer builds the whole body as one string of thousands of concatenations, which Node
 * must flatten (to measure it) and encode again (to send it); a body over 64 K two-byte
 * characters (any non-Latin text) is a large object to V8, allocated and freed page by page:
 * on the developer's home page (74 KB) that flattening alone took 0.7 ms. Null when the schema
 * has no such list: one compiled serializer writes it.
 */
function pieceWriter(document: JsonSchema): Serialize | null {
  const definitions = (document.definitions ?? {}) as Record<string, JsonSchema>;
  const resolve = (node: JsonSchema): JsonSchema => {
    let at = node;
    for (let hops = 0; typeof at.$ref === 'string' && hops < 16; hops++) {
      const rest = Object.keys(at).filter(
        (k) => !['$ref', 'description', 'definitions'].includes(k),
      );
      const name = /^#\/definitions\/(.+)$/.exec(at.$ref)?.[1];
      const target = name === undefined ? undefined : definitions[name];
      if (rest.length > 0 || !target) return at;
      at = target;
    }
    return at;
  };
  // The serializer of a part of the document, compiled on first use: one per schema node.
  const compiled = new Map<JsonSchema, (data: unknown) => string>();
  const whole = (node: JsonSchema): Writer => {
    let write: ((data: unknown) => string) | undefined;
    return (data, into) => {
      write ??= compiledPart(node);
      put(into, write(data));
    };
  };
  const compiledPart = (node: JsonSchema) => {
    let write = compiled.get(node);
    if (!write) {
      write = fastJson({ ...node, definitions } as unknown as FastJsonSchema);
      compiled.set(node, write);
    }
    return write;
  };
  const isPlainObject = (node: JsonSchema) =>
    node.type === 'object' &&
    isObject(node.properties) &&
    !node.patternProperties &&
    (node.additionalProperties === undefined || node.additionalProperties === false) &&
    !node.anyOf &&
    !node.oneOf &&
    !node.allOf &&
    !node.if &&
    Object.values(node.properties).every((p) => isObject(p) && !('default' in p));
  const isList = (node: JsonSchema) =>
    node.type === 'array' && isObject(node.items) && isPlainObject(resolve(node.items));

  const visiting = new Set<JsonSchema>();
  /** A writer for `node`, or null when nothing under it is a list of objects. */
  const writerOf = (given: JsonSchema): Writer | null => {
    const node = resolve(given);
    if (visiting.has(node)) return null;
    visiting.add(node);
    // A nullable part is written whole by a compiled serializer when it is null, except at
    // the top of one, which refuses null: such a part is `null` here.
    const nullable = node.nullable === true || given.nullable === true;
    try {
      if (isList(node)) {
        const item = writerOf(node.items as JsonSchema) ?? whole(resolve(node.items as JsonSchema));
        const fallback = whole(node);
        return (data, into) => {
          if (data === null && nullable) return put(into, 'null');
          if (!Array.isArray(data)) return fallback(data, into);
          put(into, '[');
          for (let i = 0; i < data.length; i++) {
            if (i > 0) put(into, ',');
            item(data[i], into);
          }
          put(into, ']');
        };
      }
      if (!isPlainObject(node)) return null;
      const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
      const fields = Object.entries(node.properties as Record<string, JsonSchema>).map(
        ([key, schema]) => ({ key, schema, writer: writerOf(schema) }),
      );
      if (fields.every((f) => f.writer === null)) return null;
      const properties = fields.map((f) => ({
        key: f.key,
        name: `${JSON.stringify(f.key)}:`,
        required: required.has(f.key),
        write: f.writer ?? whole(resolve(f.schema)),
      }));
      const fallback = whole(node);
      return (data, into) => {
        if (data === null && nullable) return put(into, 'null');
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
          return fallback(data, into);
        }
        const record = data as Record<string, unknown>;
        let first = true;
        put(into, '{');
        for (const p of properties) {
          const value = record[p.key];
          if (value === undefined) {
            if (p.required) throw new Error(`"${p.key}" is required!`);
            continue;
          }
          put(into, first ? p.name : `,${p.name}`);
          first = false;
          p.write(value, into);
        }
        put(into, '}');
      };
    } finally {
      visiting.delete(node);
    }
  };

  const root = writerOf(document);
  if (!root) return null;
  return (data) => {
    const into: Pieces = { done: [], current: '' };
    root(data, into);
    const pieces = into.current ? [...into.done, into.current] : into.done;
    let chars = 0;
    for (const piece of pieces) chars += piece.length;
    // A small body as one flat string: a Buffer of its own for each (an ArrayBuffer the
    // collector tracks) made the 20 KB client list slower.
    if (chars < BYTES_FROM_CHARS) return pieces.join('');
    let bytes = 0;
    const sizes = pieces.map((piece) => {
      const size = Buffer.byteLength(piece);
      bytes += size;
      return size;
    });
    const body = Buffer.allocUnsafe(bytes);
    let at = 0;
    pieces.forEach((piece, i) => {
      body.write(piece, at);
      at += sizes[i] as number;
    });
    return body;
  };
}

/**
 * Zod writes `x.nullable()` as `anyOf: [x, { type: 'null' }]`, which fast-json-stringify
 * serializes by running a validator on every value to pick the branch; the same schema as
 * `x` with `nullable: true` is written directly.
 */
function nullableBranches(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullableBranches);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = nullableBranches(value);
  const branches = out.anyOf;
  if (Array.isArray(branches) && branches.length === 2) {
    const nullAt = branches.findIndex(
      (b) => isObject(b) && b.type === 'null' && Object.keys(b).length === 1,
    );
    const other: unknown = branches[1 - nullAt];
    if (nullAt >= 0 && isObject(other) && typeof other.type === 'string' && !other.nullable) {
      delete out.anyOf;
      return { ...other, ...out, nullable: true };
    }
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
