import type { Role } from '@crm/contracts';
import { hashPassword } from '../../platform/auth/passwords.js';
import type { Db } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { countUsers } from '../users/index.js';
import { insertUser } from '../users/users.repository.js';
import { seedClientsDemo } from './clients.demo.js';
import { seedDeliveryDemo } from './delivery.demo.js';
import { seedKnowledgeDemo } from './knowledge.demo.js';
import type { FileStore } from '../../platform/files/store.js';
import { seededRandom } from './random.js';

export const DEMO_PASSWORD = 'demo12345';

/** The demo staff of a Ukrainian software company. */
export const DEMO_USERS: ReadonlyArray<{
  username: string;
  firstName: string;
  lastName: string;
  role: Role;
  gender: 'female' | 'male';
}> = [
  { username: 'admin', firstName: 'Andrii', lastName: 'Melnyk', role: 'admin', gender: 'male' },
  {
    username: 'oksana.hnatiuk',
    firstName: 'Oksana',
    lastName: 'Hnatiuk',
    role: 'admin',
    gender: 'female',
  },
  {
    username: 'manager',
    firstName: 'Olena',
    lastName: 'Kovalenko',
    role: 'manager',
    gender: 'female',
  },
  {
    username: 'iryna.bondar',
    firstName: 'Iryna',
    lastName: 'Bondar',
    role: 'manager',
    gender: 'female',
  },
  {
    username: 'maksym.tkachenko',
    firstName: 'Maksym',
    lastName: 'Tkachenko',
    role: 'manager',
    gender: 'male',
  },
  {
    username: 'developer',
    firstName: 'Taras',
    lastName: 'Shevchuk',
    role: 'developer',
    gender: 'male',
  },
  {
    username: 'dmytro.kravets',
    firstName: 'Dmytro',
    lastName: 'Kravets',
    role: 'developer',
    gender: 'male',
  },
  {
    username: 'sofiia.lysenko',
    firstName: 'Sofiia',
    lastName: 'Lysenko',
    role: 'developer',
    gender: 'female',
  },
  {
    username: 'yurii.moroz',
    firstName: 'Yurii',
    lastName: 'Moroz',
    role: 'developer',
    gender: 'male',
  },
  {
    username: 'nataliia.savchenko',
    firstName: 'Nataliia',
    lastName: 'Savchenko',
    role: 'developer',
    gender: 'female',
  },
  {
    username: 'bohdan.rudenko',
    firstName: 'Bohdan',
    lastName: 'Rudenko',
    role: 'developer',
    gender: 'male',
  },
];

/**
 * Fills an empty database with demo data; does nothing when any user exists.
 * Returns whether it seeded. Later modules add their own steps here, in dependency order.
 */
export async function seedDemo(db: Db, files: FileStore): Promise<boolean> {
  if ((await countUsers(db)) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = nowIso();
  const rnd = seededRandom(20261126);
  const ids = DEMO_USERS.map(() => newId());
  const idsOf = (role: Role) =>
    DEMO_USERS.flatMap((u, i) => (u.role === role ? [ids[i] as string] : []));
  await db.transaction().execute(async (trx) => {
    for (const [i, u] of DEMO_USERS.entries()) {
      await insertUser(trx, {
        id: ids[i] as string,
        username: u.username,
        email: `${u.username.includes('.') ? u.username : `${u.firstName}.${u.lastName}`.toLowerCase()}@dniprosoft.example`,
        firstName: u.firstName,
        lastName: u.lastName,
        role: u.role,
        isActive: true,
        passwordHash,
        phone: `+380 67 ${String(1000000 + i * 137531).slice(0, 3)} ${String(10 + i).padStart(2, '0')} ${String(40 + i)}`,
        gender: u.gender,
        dateOfBirth: `${1985 + (i % 12)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(3 + i).padStart(2, '0')}`,
        createdAt: now,
        updatedAt: now,
      });
    }
    const clients = await seedClientsDemo(
      trx,
      rnd,
      { managers: idsOf('manager'), admins: idsOf('admin') },
      new Date(now),
    );
    const developer = ids[DEMO_USERS.findIndex((u) => u.username === 'developer')] as string;
    const delivery = await seedDeliveryDemo(
      trx,
      rnd,
      { managers: idsOf('manager'), developers: idsOf('developer'), developer },
      clients,
      new Date(now),
    );
    await seedKnowledgeDemo(
      trx,
      files,
      rnd,
      { managers: idsOf('manager'), admins: idsOf('admin') },
      clients,
      delivery,
      new Date(now),
    );
  });
  return true;
}
