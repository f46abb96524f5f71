// A read-only connection to the embedded database on a thread of its own: it runs the plain
// selects the main thread sends it (sqlite-readers.ts), so their SQLite time is spent beside
// the main thread's instead of in it. Plain JavaScript, as a worker thread runs it unbundled.
//
// Rows go back as arrays of values, with the column names only when the main thread asks for
// them (once per statement): copying a row between threads costs per key, and the main thread
// names the values itself.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { bindParams, cachedPrepare, foldUnicodeCase } from './sqlite-connection.mjs';

const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
foldUnicodeCase(db);
const prepare = cachedPrepare(db);

parentPort.on('message', ({ id, sql, params, columns }) => {
  try {
    const statement = prepare(sql).raw(true);
    parentPort.postMessage({
      id,
      rows: statement.all(bindParams(params)),
      columns: columns ? statement.columns().map((c) => c.name) : undefined,
    });
  } catch (err) {
    parentPort.postMessage({ id, error: { message: err.message, code: err.code } });
  }
});
