import type { Database, Statement } from 'better-sqlite3';

export function foldUnicodeCase(db: Database): void;
export function bindParams(params: ReadonlyArray<unknown>): unknown[];
export function keepPerStatement<T>(cache: Map<string, T>, sql: string, value: T): T;
export function cachedPrepare(db: Database): (sql: string) => Statement;
