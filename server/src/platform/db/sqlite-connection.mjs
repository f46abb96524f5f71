// What every connection to the embedded database shares, the main one (database.ts) and each
// reader thread's (sqlite-reader.worker.mjs): the same case folding and the same statement
// handling, so a query answers alike whichever thread runs it. Plain JavaScript, as a worker
// thread loads it unbundled; its types are in sqlite-connection.d.mts.

/** How many prepared statements a connection keeps; the oldest is dropped past it. */
const STATEMENTS = 500;

/**
 * Replaces SQLite's own lower()/upper(), which fold ASCII only: Ukrainian names must search
 * case-insensitively.
 */
export function foldUnicodeCase(db) {
  db.function('lower', { deterministic: true }, (v) =>
    typeof v === 'string' ? v.toLowerCase() : v,
  );
  db.function('upper', { deterministic: true }, (v) =>
    typeof v === 'string' ? v.toUpperCase() : v,
  );
}

/** Booleans bound as 0/1, which SQLite cannot bind itself. */
export function bindParams(params) {
  return params.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p));
}

/**
 * Keeps `value` for a statement's SQL in `cache`, dropping the oldest entry past as many as a
 * connection prepares: what is kept per statement stays as bounded as the statements.
 */
export function keepPerStatement(cache, sql, value) {
  if (cache.size >= STATEMENTS) cache.delete(cache.keys().next().value);
  cache.set(sql, value);
  return value;
}

/** A prepare that caches statements by their SQL (Kysely would prepare every query anew). */
export function cachedPrepare(db) {
  const statements = new Map();
  return (sql) => statements.get(sql) ?? keepPerStatement(statements, sql, db.prepare(sql));
}
