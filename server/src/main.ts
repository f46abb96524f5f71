import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { DEMO_PASSWORD, DEMO_USERS } from './modules/demo/demo.js';
import { prepareDatabase } from './platform/db/startup.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const { database, migrated, seeded } = await prepareDatabase(config);
  const app = await buildApp({ config, database });
  if (migrated.length > 0) app.log.info({ migrated }, 'database migrated');
  database.watchSlowQueries(config.slowQueryMs, (sql, ms) =>
    app.log.warn({ ms, sql }, 'slow query'),
  );

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: draining, then finishing in-flight requests');
    const timer = setTimeout(
      () => {
        app.log.error('shutdown timed out; exiting');
        process.exit(1);
      },
      config.shutdownTimeoutSeconds * 1000 + config.shutdownDrainMs,
    );
    timer.unref();
    // Drain first: /readyz turns 503 while requests still arriving (and those the kernel has
    // accepted but Node not yet read) are served, until the drain time has passed and the server
    // has been quiet briefly; then the listener closes and in-flight requests complete.
    app.draining = true;
    const started = Date.now();
    const quiet = () =>
      Date.now() - started >= config.shutdownDrainMs &&
      app.activity.inflight === 0 &&
      Date.now() - app.activity.lastRequestAt >= 100;
    new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (quiet()) {
          clearInterval(poll);
          resolve();
        }
      }, 25);
    })
      .then(() => app.close())
      .then(() => database.close())
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        app.log.error({ err }, 'error during shutdown');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  const address = await app.listen({ port: config.port, host: config.host });
  const where = config.database.dialect === 'sqlite' ? config.database.file : 'PostgreSQL';
  console.log(
    `\nIT CRM is running at ${address.replace('127.0.0.1', 'localhost')} (database: ${where})`,
  );
  if (config.demo) {
    console.log(
      `${seeded ? 'Demo data created.' : 'Demo mode.'} Log in as ${DEMO_USERS.filter(
        (u) => !u.username.includes('.'),
      )
        .map((u) => u.username)
        .join(
          ', ',
        )} (or ${DEMO_USERS.filter((u) => u.username.includes('.')).length} more) with the password ${DEMO_PASSWORD}\n`,
    );
  }
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    console.error(err.message);
  } else {
    console.error('The CRM could not start:', err instanceof Error ? err.message : err);
  }
  process.exit(1);
});
