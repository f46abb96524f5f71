import { afterEach, describe, expect, it, vi } from 'vitest';
import { accessTokens } from './tokens.js';

const secret = 'a-test-secret-of-at-least-thirty-two-chars';
const actor = { id: 'u1', role: 'manager' as const, sessionId: 's1' };

afterEach(() => {
  vi.useRealTimers();
});

describe('access tokens', () => {
  it('a token verified once is accepted again until it expires, then refused', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T10:00:00Z'));
    const tokens = accessTokens(secret, 60);
    const token = await tokens.sign(actor);
    expect(await tokens.verify(token)).toEqual(actor);
    vi.setSystemTime(new Date('2026-11-26T10:00:59Z'));
    expect(await tokens.verify(token)).toEqual(actor);
    vi.setSystemTime(new Date('2026-11-26T10:01:00Z'));
    expect(await tokens.verify(token)).toBeNull();
    expect(await tokens.verify(token)).toBeNull();
  });

  it('a changed signature, payload or key is refused after the genuine token was accepted', async () => {
    const tokens = accessTokens(secret, 60);
    const token = await tokens.sign(actor);
    expect(await tokens.verify(token)).toEqual(actor);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const flipped = signature.startsWith('A') ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
    expect(await tokens.verify(`${header}.${payload}.${flipped}`)).toBeNull();
    const admin = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload, 'base64url').toString()),
        role: 'admin',
      }),
    ).toString('base64url');
    expect(await tokens.verify(`${header}.${admin}.${signature}`)).toBeNull();
    expect(await accessTokens(`${secret}-other`, 60).verify(token)).toBeNull();
    expect(await tokens.verify(token)).toEqual(actor);
  });
});
