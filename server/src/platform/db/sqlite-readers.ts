import { Worker } from 'node:worker_threads';
import {
  SelectQueryNode,
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import { keepPerStatement } from './sqlite-connection.mjs';

/**
 * A select's rows as the worker sends them: arrays of values (as JSON text, or cloned when they
 * may hold bytes), the names once per statement.
 */
interface Rows {
  rows: unknown[][] | string;
  columns?: string[];
}
interface Pending {
  resolve: (answer: Rows) => void;
  reject: (err: Error) => void;
}
type Answer = ({ id: number } & Rows) | { id: number; error: { message: string; code?: string } };

/**
 * Results whose rows the readers have already keyed with the code's names: the driver's
 * caller (the camel-case plugin in database.ts) leaves them as they are.
 */
export const namedResults = new WeakSet<object>();

/** The worker's file: next to this module in the sources, next to the bundle in `dist/`. */
const WORKER = new URL('./sqlite-reader.worker.mjs', import.meta.url);

/**
 * The reader's space for new objects. What a reader makes dies within its query (the rows and
 * their JSON text), yet left to itself V8 grew that space to 32 MB under load, resident beside
 * the main thread's: capped, the server's peak RSS under the developer's home at 50
 * connections was 187-194 MB against 194-204 MB, its requests per second the same. Large
 * answers still fit: a string too big for it is made in the large-object space.
 */
const READER_YOUNG_GENERATION_MB = 12;

/** One reader thread and the queries it has not answered yet. */
class Reader {
  private readonly pending = new Map<number, Pending>();
  private readonly worker: Worker;

  constructor(file: string, onExit: (reader: Reader) => void) {
    this.worker = new Worker(WORKER, {
      workerData: { file },
      resourceLimits: { maxYoungGenerationSizeMb: READER_YOUNG_GENERATION_MB },
    });
    // Idle readers do not keep the process alive; one with queries in flight does.
    this.worker.unref();
    this.worker.on('message', (answer: Answer) => {
      const waiting = this.pending.get(answer.id);
      if (!waiting) return;
      this.pending.delete(answer.id);
      if (this.pending.size === 0) this.worker.unref();
      if ('rows' in answer) waiting.resolve(answer);
      else waiting.reject(Object.assign(new Error(answer.error.message), answer.error));
    });
    const fail = (err: Error) => {
      for (const waiting of this.pending.values()) waiting.reject(err);
      this.pending.clear();
      onExit(this);
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`SQLite reader exited (${code})`)));
  }

  get load(): number {
    return this.pending.size;
  }

  run(id: number, sql: string, params: readonly unknown[], columns: boolean): Promise<Rows> {
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, sql, params, columns });
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

/**
 * Read-only connections to the embedded database, each on its own thread. better-sqlite3 runs
 * every statement synchronously, so with one connection a request's SQL time is time the main
 * thread serves nobody else; plain selects sent here run beside it (WAL mode lets readers work
 * while the main connection writes; each statement sees what was committed when it started).
 * Threads start on the first read and are replaced if one dies.
 */
export class SqliteReaders {
  private readers: Reader[] = [];
  private nextId = 0;
  private closed = false;
  /** Each statement's row keys: its columns' names as `name` gives them. */
  private readonly keys = new Map<string, string[]>();

  /** `name` turns a column's name into the row key the code reads. */
  constructor(
    private readonly file: string,
    private readonly count: number,
    private readonly name: (column: string) => string = (column) => column,
  ) {}

  /** The rows of one select, from the least busy reader, keyed by `name`. */
  async run(sql: string, params: readonly unknown[]): Promise<Record<string, unknown>[]> {
    if (this.closed) throw new Error('The database is closed');
    if (this.readers.length < this.count) this.readers.push(this.start());
    let reader = this.readers[0] as Reader;
    for (const r of this.readers) if (r.load < reader.load) reader = r;
    const known = this.keys.get(sql);
    const answer = await reader.run(this.nextId++, sql, params, !known);
    return keyed(
      known ?? keepPerStatement(this.keys, sql, (answer.columns ?? []).map(this.name)),
      typeof answer.rows === 'string' ? (JSON.parse(answer.rows) as unknown[][]) : answer.rows,
    );
  }

  private start(): Reader {
    return new Reader(this.file, (dead) => {
      this.readers = this.readers.filter((r) => r !== dead);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const readers = this.readers;
    this.readers = [];
    await Promise.all(readers.map((r) => r.close()));
  }
}

/**
 * Kysely's SQLite driver with plain selects sent to the reader threads. Everything else — writes,
 * raw statements, and any statement once the connection has held the main one (a transaction,
 * or a write followed by reads on the same connection) — runs on the main connection, under its
 * lock, as before.
 */
export class ReadersDriver implements Driver {
  constructor(
    private readonly main: Driver,
    private readonly readers: SqliteReaders,
  ) {}

  init(): Promise<void> {
    return this.main.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new RoutedConnection(this.main, this.readers);
  }

  async beginTransaction(c: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await this.main.beginTransaction(await routed(c).held(), settings);
  }

  async commitTransaction(c: DatabaseConnection): Promise<void> {
    await this.main.commitTransaction(await routed(c).held());
  }

  async rollbackTransaction(c: DatabaseConnection): Promise<void> {
    await this.main.rollbackTransaction(await routed(c).held());
  }

  async savepoint(c: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    await this.main.savepoint?.(await routed(c).held(), name, compile);
  }

  async rollbackToSavepoint(
    c: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ) {
    await this.main.rollbackToSavepoint?.(await routed(c).held(), name, compile);
  }

  async releaseSavepoint(
    c: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ) {
    await this.main.releaseSavepoint?.(await routed(c).held(), name, compile);
  }

  releaseConnection(c: DatabaseConnection): Promise<void> {
    return routed(c).release();
  }

  async destroy(): Promise<void> {
    await this.readers.close();
    await this.main.destroy();
  }
}

const routed = (c: DatabaseConnection) => c as RoutedConnection;

/** Rows as objects, as the main connection gives them: a repeated key keeps its last value. */
function keyed(keys: readonly string[], rows: readonly unknown[][]): Record<string, unknown>[] {
  return rows.map((values) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) row[keys[i] as string] = values[i];
    return row;
  });
}

class RoutedConnection implements DatabaseConnection {
  private main: DatabaseConnection | undefined;

  constructor(
    private readonly driver: Driver,
    private readonly readers: SqliteReaders,
  ) {}

  /** The main connection, locked for this one until it is released. */
  async held(): Promise<DatabaseConnection> {
    this.main ??= await this.driver.acquireConnection();
    return this.main;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (!this.main && SelectQueryNode.is(query.query)) {
      const result = { rows: (await this.readers.run(query.sql, query.parameters)) as R[] };
      namedResults.add(result);
      return result;
    }
    return (await this.held()).executeQuery<R>(query);
  }

  async *streamQuery<R>(
    query: CompiledQuery,
    chunkSize?: number,
  ): AsyncIterableIterator<QueryResult<R>> {
    yield* (await this.held()).streamQuery<R>(query, chunkSize);
  }

  async release(): Promise<void> {
    const main = this.main;
    this.main = undefined;
    if (main) await this.driver.releaseConnection(main);
  }
}
