import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const dir = () => mkdtempSync(path.join(tmpdir(), 'crm-config-'));

describe('loadConfig', () => {
  it('defaults to the embedded database with demo data under the data dir', () => {
    const d = dir();
    const c = loadConfig({ CRM_DATA_DIR: d });
    expect(c).toMatchObject({
      port: 3000,
      demo: true,
      database: { dialect: 'sqlite', file: path.join(d, 'crm.sqlite') },
    });
  });

  it('uses PostgreSQL for a postgres:// URL, without demo data unless asked', () => {
    const d = dir();
    const url = 'postgres://crm@db.example:5432/crm';
    expect(loadConfig({ CRM_DATA_DIR: d, DATABASE_URL: url })).toMatchObject({
      demo: false,
      database: { dialect: 'postgres', url },
    });
    expect(loadConfig({ CRM_DATA_DIR: d, DATABASE_URL: url, CRM_DEMO: 'true' }).demo).toBe(true);
  });

  it('generates a JWT secret once and keeps it in the data dir', () => {
    const d = dir();
    const first = loadConfig({ CRM_DATA_DIR: d }).jwtSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ CRM_DATA_DIR: d }).jwtSecret).toBe(first);
    expect(readFileSync(path.join(d, 'jwt-secret'), 'utf8').trim()).toBe(first);
    expect(statSync(path.join(d, 'jwt-secret')).mode & 0o077).toBe(0);
    expect(loadConfig({ CRM_DATA_DIR: d, JWT_SECRET: 'x'.repeat(40) }).jwtSecret).toBe(
      'x'.repeat(40),
    );
  });

  it('names every invalid setting', () => {
    const bad = () =>
      loadConfig({
        CRM_DATA_DIR: dir(),
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        JWT_SECRET: 'short',
        CRM_DEMO: 'maybe',
      });
    expect(bad).toThrow(ConfigError);
    try {
      bad();
    } catch (err) {
      const msg = (err as Error).message;
      for (const v of ['PORT', 'DATABASE_URL', 'JWT_SECRET', 'CRM_DEMO']) expect(msg).toContain(v);
    }
  });
});
