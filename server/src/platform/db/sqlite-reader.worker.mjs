// A read-only connection to the embedded database on a thread of its own: it runs the plain
// selects the main thread sends it (sqlite-readers.ts), so their SQLite time is spent beside
// the main thread's instead of in it. Plain JavaScript, as a worker thread runs it unbundled.
//
// Rows go back as arrays of values, with the column names only when the main thread asks for
// them (once per statement): copying a row between threads costs per key, and the main thread
// names the values itself. They go as the JSON text of those arrays: one string to copy and
// parse, where the structured clone of a message copied value by value (the main thread's share
// of a 684-row read 370-460 -> 260-270 µs, of 50 task rows 100-110 -> 80). JSON carries text,
// integers and reals exactly, which is every column of the schema; a statement with a BLOB
// column (none in the schema) is cloned as before.

import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { bindParams, cachedPrepare, foldUnicodeCase } from './sqlite-connection.mjs';

const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
foldUnicodeCase(db);
const prepare = cachedPrepare(db);

/** Whether a statement's rows can hold bytes, which JSON would not carry as they are. */
const withBlobs = new WeakMap();
const holdsBlobs = (statement) => {
  let blobs = withBlobs.get(statement);
  if (blobs === undefined) {
    blobs = statement.columns().some((c) => /blob/i.test(c.type ?? ''));
    withBlobs.set(statement, blobs);
  }
  return blobs;
};

parentPort.on('message', ({ id, sql, params, columns }) => {
  try {
    const statement = prepare(sql).raw(true);
    const rows = statement.all(bindParams(params));
    parentPort.postMessage({
      id,
      rows: holdsBlobs(statement) ? rows : JSON.stringify(rows),
      columns: columns ? statement.columns().map((c) => c.name) : undefined,
    });
  } catch (err) {
    parentPort.postMessage({ id, error: { message: err.message, code: err.code } });
  }
});
