// Development: the API server with reload (tsx watch) and the web app with hot reload (Vite),
// side by side. Open http://localhost:5173; the Vite server proxies /api to the API on :3000.
import { spawn } from 'node:child_process';

const procs = [
  ['api', 'npx', ['tsx', 'watch', '--clear-screen=false', 'server/src/main.ts']],
  ['web', 'npm', ['run', 'dev', '--workspace', '@crm/web']],
].map(([name, cmd, args]) => {
  const p = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
  const prefix = (chunk) =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((l) => `[${name}] ${l}`)
      .join('\n') + '\n';
  p.stdout.on('data', (c) => process.stdout.write(prefix(c)));
  p.stderr.on('data', (c) => process.stderr.write(prefix(c)));
  p.on('exit', (code) => {
    console.log(`[${name}] exited with ${code}`);
    for (const other of procs) other.kill('SIGTERM');
    process.exitCode = code ?? 0;
  });
  return p;
});

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => procs.forEach((p) => p.kill(sig)));
}
