import { isDeepStrictEqual } from 'node:util';
import type { FastifySerializerCompiler } from 'fastify';
import fastJson from 'fast-json-stringify';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';

type Serialize = (data: unknown) => string;

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
    if (!verify) return stringify;
    return (data) => {
      const result = schema.safeEncode(data);
      if (result.error) throw new ResponseSerializationError(method, url, { cause: result.error });
      const text = stringify(data);
      const expected: unknown = JSON.parse(JSON.stringify(result.data) ?? 'null');
      if (!isDeepStrictEqual(JSON.parse(text), expected)) {
        throw new Error(
          `The compiled serializer of ${method} ${url} wrote ${text}, its schema gives ${JSON.stringify(expected)}`,
        );
      }
      return text;
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
  return fastJson(nullableBranches(json) as Parameters<typeof fastJson>[0]);
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
