// A read-only connection to the embedded database on a thread of its own: it runs the plain
// selects the main thread sends it (sqlite-readers.ts), so their SQLite time is spent beside
// the main thread's instead of in it. Plain JavaScript, as a worker thread runs it unbundled.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
// The same case folding as the main connection (database.ts): Unicode, not ASCII only.
db.function('lower', { deterministic: true }, (v) => (typeof v === 'string' ? v.toLowerCase() : v));
db.function('upper', { deterministic: true }, (v) => (typeof v === 'string' ? v.toUpperCase() : v));

/** Prepared statements by their SQL, as on the main connection. */
const statements = new Map();
const bind = (p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p);

parentPort.on('message', ({ id, sql, params }) => {
  try {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      if (statements.size >= 500) statements.delete(statements.keys().next().value);
      statements.set(sql, statement);
    }
    parentPort.postMessage({ id, rows: statement.all(params.map(bind)) });
  } catch (err) {
    parentPort.postMessage({ id, error: { message: err.message, code: err.code } });
  }
});
