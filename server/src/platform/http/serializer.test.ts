import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { responseSerializer } from './serializer.js';

const schema = z.object({
  id: z.string(),
  note: z.string().nullable(),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  status: z.enum(['active', 'done']),
  count: z.number().int(),
  tags: z.array(z.string()),
});

function serializer(verify: boolean) {
  return responseSerializer({ verify })({
    schema,
    method: 'GET',
    url: '/things/:id',
    httpStatus: '200',
  });
}

const row = {
  id: 'a1',
  note: null,
  owner: { id: 'u1', name: 'Олена "Ліна" Шевченко' },
  status: 'active' as const,
  count: 3,
  tags: ['vip', 'b2b'],
};

describe('response serializer', () => {
  it('writes the declared fields as JSON.stringify would, nulls included', () => {
    for (const verify of [false, true]) {
      const write = serializer(verify);
      expect(write(row)).toBe(JSON.stringify(row));
      expect(JSON.parse(write({ ...row, note: 'x', owner: null }))).toEqual({
        ...row,
        note: 'x',
        owner: null,
      });
    }
  });

  it('never writes a field the schema does not declare', () => {
    const text = serializer(false)({
      ...row,
      passwordHash: 'secret',
      owner: { ...row.owner, email: 'a@b.c' },
    });
    expect(text).not.toContain('secret');
    expect(text).not.toContain('a@b.c');
    expect(JSON.parse(text)).toEqual(row);
  });

  it('refuses a response without a required field', () => {
    const { id: _, ...withoutId } = row;
    expect(() => serializer(false)(withoutId)).toThrow(/id/);
    expect(() => serializer(true)(withoutId)).toThrow();
  });

  it('with verify, refuses what the Zod schema refuses', () => {
    expect(() => serializer(true)({ ...row, status: 'lost' })).toThrow();
    expect(() => serializer(true)({ ...row, count: 1.5 })).toThrow();
  });

  describe('a body with lists of objects, written in pieces', () => {
    const person = z.object({ id: z.string(), name: z.string() }).meta({ id: 'PersonT' });
    const page = z
      .object({
        items: z.array(schema),
        owners: z.array(person).nullable(),
        lead: person.nullable(),
        memo: z.string().nullable(),
        total: z.number().int(),
      })
      .meta({ id: 'PageT' });
    const write = (verify: boolean) =>
      responseSerializer({ verify })({
        schema: page,
        method: 'GET',
        url: '/things',
        httpStatus: '200',
      }) as unknown as (data: unknown) => string | Buffer;
    const items = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ ...row, id: `a${i}`, count: i }));
    const body = (n: number) => ({
      items: items(n),
      owners: [{ id: 'u1', name: 'Олена' }],
      lead: null,
      memo: 'Примітка',
      total: n,
    });

    it('writes a large body as its UTF-8 bytes, the same as JSON.stringify', () => {
      // 400 items with Cyrillic names: about 50,000 characters.
      for (const verify of [false, true]) {
        const out = write(verify)(body(400));
        expect(Buffer.isBuffer(out)).toBe(true);
        expect((out as Buffer).equals(Buffer.from(JSON.stringify(body(400))))).toBe(true);
      }
    });

    it('writes a small body as one string', () => {
      const out = write(false)(body(3));
      expect(out).toBe(JSON.stringify(body(3)));
    });

    it('keeps the rules of the compiled serializer in every piece', () => {
      const leaky = {
        ...body(400),
        secret: 'top',
        items: items(400).map((i) => ({ ...i, passwordHash: 'hash' })),
        owners: [{ id: 'u2', name: 'Owner', email: 'owner@b.c' }],
      };
      const text = write(false)(leaky).toString();
      expect(text).not.toContain('hash');
      expect(text).not.toContain('top');
      expect(text).not.toContain('owner@b.c');
      expect(JSON.parse(text)).toEqual({ ...body(400), owners: [{ id: 'u2', name: 'Owner' }] });
      // A null list, object and text, in a body large enough to be written in pieces.
      const nulls = { ...body(400), owners: null, lead: null, memo: null };
      expect(write(true)(nulls).toString()).toBe(JSON.stringify(nulls));
      const { id: _, ...withoutId } = row;
      expect(() => write(false)({ ...body(400), items: [...items(399), withoutId] })).toThrow(/id/);
      const { total: __, ...withoutTotal } = body(400);
      expect(() => write(false)(withoutTotal)).toThrow(/total/);
    });
  });
});
