import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CamelCasePlugin,
  Kysely,
  PostgresDialect,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteDialect,
  SqliteQueryCompiler,
  sql,
  type DialectAdapter,
  type Driver,
  type KyselyConfig,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type PostgresCursor,
  type PostgresPool,
  type PostgresPoolClient,
  type PostgresQueryResult,
  type QueryCompiler,
  type QueryResult,
  type RootOperationNode,
  type SqliteDatabase as KyselySqliteDatabase,
  type SqliteDialectConfig,
  type SqliteStatement,
  type UnknownRow,
} from 'kysely';
import pg from 'pg';
import type { Database as DatabaseConfig } from '../../config.js';
import type { DB } from './schema.js';
import { bindParams, cachedPrepare, foldUnicodeCase } from './sqlite-connection.mjs';
import { namedResults, ReadersDriver, SqliteReaders } from './sqlite-readers.js';

export type Dialect = DatabaseConfig['dialect'];
export type Db = Kysely<DB>;

export interface DatabaseHandle {
  db: Db;
  dialect: Dialect;
  /** Checks the database answers (for /readyz). */
  ping(): Promise<void>;
  /** Reports every query that took at least `thresholdMs` (0 turns the report off). */
  watchSlowQueries(thresholdMs: number, report: (sql: string, ms: number) => void): void;
  close(): Promise<void>;
}

export function openDatabase(config: DatabaseConfig): DatabaseHandle {
  return config.dialect === 'sqlite'
    ? openSqlite(config.file, config.readers ?? 0)
    : openPostgres(config);
}

/** Kysely's query log feeding `watchSlowQueries`: the watch is set once the logger exists. */
function slowQueryLog() {
  let watch: { thresholdMs: number; report: (sql: string, ms: number) => void } | null = null;
  const log: KyselyConfig['log'] = (event) => {
    if (watch && event.queryDurationMillis >= watch.thresholdMs) {
      watch.report(event.query.sql, Math.round(event.queryDurationMillis));
    }
  };
  const watchSlowQueries: DatabaseHandle['watchSlowQueries'] = (thresholdMs, report) => {
    watch = thresholdMs > 0 ? { thresholdMs, report } : null;
  };
  return { log, watchSlowQueries };
}

function openSqlite(file: string, readerCount: number): DatabaseHandle {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const raw = new SqliteDatabase(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  // NORMAL in WAL mode survives a process crash (only an OS crash can lose the last commits).
  raw.pragma('synchronous = NORMAL');
  foldUnicodeCase(raw);
  // The planner's statistics: refreshed where tables changed a lot since they were gathered,
  // on open, every hour and on close (SQLite's advice for long-lived connections).
  const optimize = () => raw.pragma('optimize');
  raw.pragma('optimize = 0x10002');
  const optimizer = setInterval(optimize, 3_600_000);
  optimizer.unref();
  const slow = slowQueryLog();
  // An in-memory database is one connection's own: it has no readers.
  const readers =
    file !== ':memory:' && readerCount > 0
      ? new SqliteReaders(file, readerCount, camelCaseRows.toCamelCase)
      : null;
  const db = new Kysely<DB>({
    dialect: new TransactionalSqliteDialect({ database: withStatementCache(raw) }, readers),
    plugins: [camelCaseRows],
    log: slow.log,
  });
  return {
    db,
    dialect: 'sqlite',
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    watchSlowQueries: slow.watchSlowQueries,
    close: async () => {
      clearInterval(optimizer);
      if (raw.open) optimize();
      await db.destroy();
    },
  };
}

/**
 * SQLite has transactional DDL, but Kysely's adapter does not claim it; claiming it makes the
 * migrator apply all pending migrations in one transaction, as on PostgreSQL.
 */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}
class TransactionalSqliteDialect extends SqliteDialect {
  constructor(
    config: SqliteDialectConfig,
    private readonly readers: SqliteReaders | null,
  ) {
    super(config);
  }
  override createDriver(): Driver {
    const main = super.createDriver();
    return this.readers ? new ReadersDriver(main, this.readers) : main;
  }
  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
  override createQueryCompiler(): QueryCompiler {
    return new SnakeCaseSqliteCompiler();
  }
}

/**
 * The code names columns in camelCase, the database in snake_case. Kysely's CamelCasePlugin
 * converts a query by copying its whole tree with every identifier renamed, before compiling
 * it — about 5 % of a list request's CPU; the compilers below rename each identifier as they
 * write it instead (the same conversion), and the plugin is left to convert result rows' keys.
 */
class CamelCaseRows extends CamelCasePlugin {
  override transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }
  override async transformResult(
    args: PluginTransformResultArgs,
  ): Promise<QueryResult<UnknownRow>> {
    // The SQLite readers key their rows with the code's names already.
    return namedResults.has(args.result) ? args.result : super.transformResult(args);
  }
  readonly toSnakeCase = (name: string): string => this.snakeCase(name);
  readonly toCamelCase = (name: string): string => this.camelCase(name);
}
const camelCaseRows = new CamelCaseRows();

class SnakeCaseSqliteCompiler extends SqliteQueryCompiler {
  protected override sanitizeIdentifier(identifier: string): string {
    return super.sanitizeIdentifier(camelCaseRows.toSnakeCase(identifier));
  }
}
class SnakeCasePostgresCompiler extends PostgresQueryCompiler {
  protected override sanitizeIdentifier(identifier: string): string {
    return super.sanitizeIdentifier(camelCaseRows.toSnakeCase(identifier));
  }
}
class SnakeCasePostgresDialect extends PostgresDialect {
  override createQueryCompiler(): QueryCompiler {
    return new SnakeCasePostgresCompiler();
  }
}

/**
 * Adapts better-sqlite3 for Kysely with the statement handling every connection shares
 * (sqlite-connection.mjs): statements cached by their SQL, booleans bound as 0/1.
 */
function withStatementCache(raw: SqliteDatabase.Database): KyselySqliteDatabase {
  const prepare = cachedPrepare(raw);
  return {
    close: () => raw.close(),
    prepare(query: string): SqliteStatement {
      const s = prepare(query);
      return {
        reader: s.reader,
        all: (params) => s.all(bindParams(params)),
        run: (params) => s.run(bindParams(params)),
        iterate: (params) => s.iterate(bindParams(params)),
      };
    },
  };
}

function openPostgres(config: Extract<DatabaseConfig, { dialect: 'postgres' }>): DatabaseHandle {
  const types = {
    getTypeParser: (oid: number, format?: string): ((value: string) => unknown) => {
      switch (oid) {
        case 20: // int8: counts and money in minor units stay well inside 2^53
          return (v) => Number(v);
        case 1184: // timestamptz → the API's ISO 8601 UTC string
          return (v) => new Date(v).toISOString();
        case 1082: // date stays 'YYYY-MM-DD'
          return (v) => v;
        default:
          return pg.types.getTypeParser(oid, format as 'text') as (value: string) => unknown;
      }
    },
  };
  const pool = new pg.Pool({
    connectionString: config.url,
    max: config.poolSize,
    // A connection is a PostgreSQL process whose first queries are slow (it builds its caches
    // and maps the shared buffers it reads: a client search 141 ms on a new one, 29-35 ms on
    // one in use); kept for five idle minutes instead of ten seconds, a quiet moment does not
    // make the next requests pay for new ones.
    idleTimeoutMillis: 300_000,
    types,
    // JIT compilation pays off for long analytical queries, not for these short ones: on a list
    // with per-row subqueries its compile time alone was several times the query's. Nor does a
    // query get parallel workers: they pay for one request alone on an idle machine, but under
    // concurrent requests each query's workers only compete for the same cores with the other
    // sessions (two cores, 10 clients: the journal's search of a common word 3.4 → 1.1 s at
    // p95, the manager's task search 608 → 418 ms; at 50 clients the journal's answered none
    // in five seconds, and 10 a second without).
    options: '-c TimeZone=UTC -c jit=off -c max_parallel_workers_per_gather=0',
  });
  // An idle connection the server closes (restart, failover, admin) must not crash the process;
  // the pool drops it and opens a new one when needed.
  pool.on('error', (err) => {
    process.emitWarning(`PostgreSQL connection lost: ${err.message}`);
  });
  const slow = slowQueryLog();
  const db = new Kysely<DB>({
    dialect: new SnakeCasePostgresDialect({ pool: preparedByShape(pool) }),
    plugins: [camelCaseRows],
    log: slow.log,
  });
  return {
    db,
    dialect: 'postgres',
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    watchSlowQueries: slow.watchSlowQueries,
    close: () => db.destroy(),
  };
}

/** How many distinct statements are prepared by name; any beyond are sent unnamed. */
export const PREPARED_SHAPES = 400;

/**
 * PostgreSQL parses and analyses an unnamed statement anew on every call, but the server's
 * queries come in a few hundred shapes, their values bound separately. Each shape gets a name,
 * so a pooled connection prepares it on first use and then only binds and executes it — as the
 * SQLite adapter above caches its statements. Past `PREPARED_SHAPES` distinct texts (long `in`
 * lists, say) statements go unnamed, so neither side's memory grows without bound. The plans
 * stay PostgreSQL's choice (`plan_cache_mode`): custom per call until a generic one is as cheap.
 */
function preparedByShape(pool: pg.Pool): PostgresPool {
  const names = new Map<string, string>();
  const nameOf = (text: string): string | undefined => {
    let name = names.get(text);
    if (name === undefined && names.size < PREPARED_SHAPES) {
      name = `crm_${names.size}`;
      names.set(text, name);
    }
    return name;
  };
  const clients = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  return {
    async connect() {
      const client = await pool.connect();
      let wrapped = clients.get(client);
      if (!wrapped) {
        wrapped = new NamedStatements(client, nameOf);
        clients.set(client, wrapped);
      }
      return wrapped;
    },
    end: () => pool.end(),
  };
}

/**
 * Whether a text is sent as a named statement: any with values, and a lone select without them
 * (a total summed from counters, say, would otherwise be parsed and planned on every call).
 * Other texts without values go as they are, by the simple protocol: migrations' scripts (several
 * statements in one), `begin`, `commit`.
 */
const preparable = (text: string, parameters: ReadonlyArray<unknown>): boolean =>
  parameters.length > 0 || (/^select\s/i.test(text) && !text.includes(';'));

/** A pooled connection whose statements are sent under their shape's name, if it has one. */
class NamedStatements implements PostgresPoolClient {
  constructor(
    private readonly client: pg.PoolClient,
    private readonly nameOf: (text: string) => string | undefined,
  ) {}

  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query<R>(
    query: string | PostgresCursor<R>,
    parameters: ReadonlyArray<unknown> = [],
  ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    if (typeof query !== 'string') return this.client.query(query as never);
    const name = preparable(query, parameters) ? this.nameOf(query) : undefined;
    const config = { text: query, values: [...parameters], name };
    // pg types the command as any string; Kysely lists the ones it reads.
    return this.client.query(config) as Promise<unknown> as Promise<PostgresQueryResult<R>>;
  }

  release(destroy?: boolean): void {
    this.client.release(destroy);
  }
}

/** SQLite keeps flags as 0/1; PostgreSQL as booleans. */
export const toBool = (v: boolean | number): boolean => v === true || v === 1;

export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string };
  return (
    e?.code === '23505' ||
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

export function isForeignKeyViolation(err: unknown): boolean {
  const e = err as { code?: string };
  return e?.code === '23503' || e?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/** The constraint or column a unique violation names, to tell "user name taken" from "e-mail taken". */
export function violatedConstraint(err: unknown): string {
  const e = err as { constraint?: string; message?: string };
  return e.constraint ?? e.message ?? '';
}

/** `%term%` for LIKE, with the wildcard characters of the user's text escaped. */
export function likePattern(term: string): string {
  return `%${term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
