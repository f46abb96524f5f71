// Bundles the server (and the shared contracts it imports as TypeScript) into dist/.
// Third-party packages stay external and load from node_modules.
import { copyFileSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((d) => !d.startsWith('@crm/'));

await build({
  entryPoints: ['src/main.ts', 'src/cli.ts'],
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external,
  logLevel: 'warning',
});

// The SQLite reader threads run their script as it is, next to the bundle that starts them,
// with the connection set-up it shares with the main connection (bundled into main.js too).
for (const file of ['sqlite-reader.worker.mjs', 'sqlite-connection.mjs']) {
  copyFileSync(`src/platform/db/${file}`, `dist/${file}`);
}
