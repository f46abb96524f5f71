// Prints the gzip size of the JavaScript a first visit to each page downloads: the entry,
// the page's lazy chunk and everything they import statically; then the entry's stylesheet.
// Run after `vite build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const budgetKb = Number(process.env.LOGIN_BUDGET_KB ?? 250);

function closure(keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    closure(manifest[key]?.imports ?? [], seen);
  }
  return seen;
}

const gzipKb = (keys) =>
  [...keys].reduce((sum, key) => {
    const file = manifest[key]?.file;
    return file?.endsWith('.js') ? sum + gzipSync(readFileSync(join(dist, file))).length : sum;
  }, 0) / 1024;

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const pages = Object.keys(manifest).filter((key) => /\/pages\/\w+\.tsx$/.test(key));
let failed = false;
for (const page of pages) {
  const kb = gzipKb(closure([entry, page]));
  const name = page.split('/').pop().replace('.tsx', '');
  const over = name === 'LoginPage' && kb > budgetKb;
  failed ||= over;
  console.log(
    `${name.padEnd(16)} ${kb.toFixed(1).padStart(7)} KB gzip${over ? `  > budget ${budgetKb} KB` : ''}`,
  );
}
// The stylesheet every page loads first (antd's static styles and ours; not in the budget).
const entryCss = (manifest[entry].css ?? []).reduce(
  (sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length / 1024,
  0,
);
console.log(
  `${'(styles)'.padEnd(16)} ${entryCss.toFixed(1).padStart(7)} KB gzip CSS on every page`,
);
process.exit(failed ? 1 : 0);
