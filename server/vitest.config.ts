import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // The same suite runs on both databases; the dialect is in every report.
    name: process.env.DATABASE_URL ? 'server (PostgreSQL)' : 'server (SQLite)',
  },
});
