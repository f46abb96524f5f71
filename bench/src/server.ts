import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/**
 * Starts the built server on 127.0.0.1:`port` with `env` added to this process's environment,
 * and resolves once `/readyz` answers: the benchmarks' one way to run the product.
 */
export async function startServer(
  port: string,
  env: Record<string, string>,
): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [path.resolve(import.meta.dirname, '../../server/dist/main.js')],
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
