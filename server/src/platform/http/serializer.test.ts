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
});
