import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  CRM_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(
      /^postgres(ql)?:\/\//,
      'must be a postgres:// URL (leave it unset for the embedded database)',
    )
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  CRM_SQLITE_READERS: z.coerce
    .number()
    .int()
    .min(0)
    .max(16)
    .default(() => Math.min(4, Math.max(1, availableParallelism() - 1))),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  CRM_DEMO: booleanFlag.optional(),
  CRM_WEB_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: booleanFlag.default(false),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  REFRESH_REUSE_GRACE_SECONDS: z.coerce.number().int().min(0).max(60).default(10),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
  LOGIN_THROTTLE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).default(10),
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  CRM_BENCH_ROUTES: booleanFlag.default(false),
  CRM_VERIFY_RESPONSES: booleanFlag.default(false),
  CRM_UPLOAD_MAX_MB: z.coerce.number().positive().max(10_240).default(50),
  CRM_SLOW_QUERY_MS: z.coerce.number().int().min(0).default(500),
  CRM_HEADERS_TIMEOUT_SECONDS: z.coerce.number().positive().max(600).default(20),
  CRM_REQUEST_TIMEOUT_SECONDS: z.coerce.number().positive().max(3600).default(300),
});

export type Database =
  | {
      dialect: 'sqlite';
      file: string;
      /** Threads with a read-only connection each, for plain selects (0: the main one only). */
      readers?: number;
    }
  | { dialect: 'postgres'; url: string; poolSize: number };

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: Database;
  jwtSecret: string;
  demo: boolean;
  webDir: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  trustProxy: boolean;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  /**
   * How long a just-rotated refresh token may be presented again while its successor is still
   * unused (a reload during a renewal lost the answer); 0 turns the grace off.
   */
  refreshReuseGraceSeconds: number;
  loginThrottle: { maxPerAccount: number; maxPerAddress: number; windowSeconds: number };
  shutdownTimeoutSeconds: number;
  shutdownDrainMs: number;
  uploadMaxBytes: number;
  /** Queries taking at least this long are logged with their SQL (0: never). */
  slowQueryMs: number;
  /** A client must send its request's headers within this, and the whole request (uploads
   * included) within `requestTimeoutMs`, or the connection is answered 408 and closed. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** Adds GET /bench/constant?bytes=N, the benchmark's baseline; never on in production. */
  benchRoutes: boolean;
  /** Checks every response against its Zod schema as well as serializing it (tests, development). */
  verifyResponses: boolean;
}

export class ConfigError extends Error {}

const defaultWebDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/**
 * Parses the environment once. Nothing else in the server reads `process.env`.
 * Invalid settings throw a ConfigError that names every bad variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.CRM_DATA_DIR);
  const database: Database = e.DATABASE_URL
    ? { dialect: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
    : { dialect: 'sqlite', file: path.join(dataDir, 'crm.sqlite'), readers: e.CRM_SQLITE_READERS };
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database,
    jwtSecret: e.JWT_SECRET ?? persistentSecret(dataDir),
    demo: e.CRM_DEMO ?? database.dialect === 'sqlite',
    webDir: e.CRM_WEB_DIR ? path.resolve(e.CRM_WEB_DIR) : defaultWebDir,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    refreshReuseGraceSeconds: e.REFRESH_REUSE_GRACE_SECONDS,
    loginThrottle: {
      maxPerAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxPerAddress: e.LOGIN_MAX_FAILURES_PER_ADDRESS,
      windowSeconds: e.LOGIN_THROTTLE_WINDOW_SECONDS,
    },
    shutdownTimeoutSeconds: e.SHUTDOWN_TIMEOUT_SECONDS,
    shutdownDrainMs: e.SHUTDOWN_DRAIN_MS,
    uploadMaxBytes: Math.floor(e.CRM_UPLOAD_MAX_MB * 1024 * 1024),
    slowQueryMs: e.CRM_SLOW_QUERY_MS,
    headersTimeoutMs: Math.round(e.CRM_HEADERS_TIMEOUT_SECONDS * 1000),
    requestTimeoutMs: Math.round(
      Math.max(e.CRM_REQUEST_TIMEOUT_SECONDS, e.CRM_HEADERS_TIMEOUT_SECONDS) * 1000,
    ),
    benchRoutes: e.CRM_BENCH_ROUTES,
    verifyResponses: e.CRM_VERIFY_RESPONSES,
  };
}

/** A signing secret generated on first start and kept in the data dir, so restarts keep sessions. */
function persistentSecret(dataDir: string): string {
  const file = path.join(dataDir, 'jwt-secret');
  try {
    const existing = readFileSync(file, 'utf8').trim();
    if (existing.length >= 32) return existing;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  try {
    // 'wx': when two processes start at once, the first one's secret wins.
    writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return readFileSync(file, 'utf8').trim();
  }
}
