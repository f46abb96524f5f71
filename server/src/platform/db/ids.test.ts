import { describe, expect, it } from 'vitest';
import { newId } from './ids.js';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newId', () => {
  // 5,000 ids draw 8-10 random bytes each: the 4 KB pool is refilled about ten times.
  const ids = Array.from({ length: 5000 }, () => newId());

  it('makes UUIDv7s in the order they were made, none twice', () => {
    for (const id of ids) expect(id).toMatch(UUID_V7);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('carries the time it was made in its first 48 bits', () => {
    const before = Date.now();
    const id = newId();
    const ms = parseInt(id.replaceAll('-', '').slice(0, 12), 16);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(Date.now() + 1);
  });

  it('gives every id random bits of its own, across refills of the pool', () => {
    // The last 62 bits are random: no two ids share them, wherever the pool was when drawn.
    const tails = ids.map((id) => id.replaceAll('-', '').slice(17));
    expect(new Set(tails).size).toBe(ids.length);
  });
});
