import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test-durability/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
    name: process.env.DATABASE_URL ? 'durability (PostgreSQL)' : 'durability (SQLite)',
  },
});
