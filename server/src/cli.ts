/**
 * Command-line administration, for the first admin of a real deployment:
 *   npm run crm -- user:create --username jane --email jane@example.com --first-name Jane \
 *     --last-name Doe --role admin [--password …]   (asked for when omitted)
 *   npm run crm -- migrate
 */
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { createUserSchema } from '@crm/contracts';
import { ConfigError, loadConfig } from './config.js';
import { createUsersService } from './modules/users/index.js';
import { liveSessions } from './platform/auth/liveSessions.js';
import { isSessionLive } from './platform/auth/sessions.repository.js';
import { openFileStore } from './platform/files/store.js';
import { prepareDatabase } from './platform/db/startup.js';
import { AppError } from './platform/http/errors.js';

const usage = `Usage:
  npm run crm -- user:create --username <name> --email <e-mail> --first-name <name> --last-name <name> [--role admin|manager|developer] [--password <password>]
  npm run crm -- migrate`;

async function readPassword(): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  try {
    return await rl.question('Password (8+ characters): ');
  } finally {
    rl.close();
  }
}

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = { ...loadConfig(), demo: false };
  if (command === 'migrate') {
    const { database, migrated } = await prepareDatabase(config);
    await database.close();
    console.log(
      migrated.length ? `Applied: ${migrated.join(', ')}` : 'The database is up to date.',
    );
    return 0;
  }
  if (command !== 'user:create') {
    console.error(usage);
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      username: { type: 'string' },
      email: { type: 'string' },
      'first-name': { type: 'string' },
      'last-name': { type: 'string' },
      role: { type: 'string', default: 'admin' },
      password: { type: 'string' },
    },
  });
  const parsed = createUserSchema.safeParse({
    username: values.username,
    email: values.email,
    firstName: values['first-name'],
    lastName: values['last-name'],
    role: values.role,
    password: values.password ?? (await readPassword()),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      console.error(`  ${issue.path.join('.')}: ${issue.message}`);
    console.error(usage);
    return 2;
  }
  const { database } = await prepareDatabase(config);
  try {
    const users = createUsersService({
      db: database.db,
      files: openFileStore(config),
      live: liveSessions((sessionId) => isSessionLive(database.db, sessionId)),
    });
    const user = await users.create(null, parsed.data);
    console.log(`Created ${user.role} ${user.username} (${user.email}).`);
    return 0;
  } catch (err) {
    if (err instanceof AppError) {
      console.error(err.detail ?? err.message);
      return 1;
    }
    throw err;
  } finally {
    await database.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exit(1);
  },
);
