import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The Node options `npm start` runs the server with (the heap's cap), so the bench runs it alike. */
function startOptions(): string[] {
  const pkg = JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8'),
  ) as { scripts: { start: string } };
  return pkg.scripts.start.split(/\s+/).filter((word) => word.startsWith('--'));
}

/**
 * Starts the built server on 127.0.0.1:`port` as `npm start` does, with `env` added to this
 * process's environment, and resolves once `/readyz` answers: the benchmarks' one way to run the
 * product.
 */
export async function startServer(
  port: string,
  env: Record<string, string>,
): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [...startOptions(), path.resolve(import.meta.dirname, '../../server/dist/main.js')],
    {
      env: { ...process.env, PORT: port, HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return child;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}
