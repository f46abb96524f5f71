import type { ContactDetail, ContactDetailKind } from '@crm/contracts';
import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../platform/db/audit.js';
import { jsonArrays, jsonArraysOf } from '../../platform/db/dialect.js';

type OwnerColumn = 'clientId' | 'contactId';

/** Replaces all contact details of one client or contact, keeping their order. */
export async function replaceContactDetails(
  db: Executor,
  column: OwnerColumn,
  ownerId: string,
  details: ContactDetail[],
): Promise<void> {
  await db.deleteFrom('contactDetails').where(column, '=', ownerId).execute();
  if (details.length === 0) return;
  await db
    .insertInto('contactDetails')
    .values(
      details.map((d, position) => ({
        clientId: column === 'clientId' ? ownerId : null,
        contactId: column === 'contactId' ? ownerId : null,
        position,
        kind: d.kind,
        value: d.value,
        network: d.network,
        label: d.label,
      })),
    )
    .execute();
}

/**
 * The contact details of the row `owner` names (`c.id`, `k.id`), in their order, as one JSON value
 * the database builds: a column of the owner's own statement (one per page of a list, where a
 * second statement for the page's details cost as much again). Read it with `readContactDetails`.
 */
export function contactDetailsOf(
  db: Executor,
  column: OwnerColumn,
  owner: string,
): RawBuilder<unknown> {
  const details = jsonArraysOf(
    db,
    [sql.ref('d.kind'), sql.ref('d.value'), sql.ref('d.network'), sql.ref('d.label')],
    sql.ref('d.position'),
  );
  return sql`(select ${details} from contact_details d where ${sql.ref(`d.${column}`)} = ${sql.ref(owner)})`;
}

/** The details a `contactDetailsOf` column holds. */
export function readContactDetails(value: unknown): ContactDetail[] {
  return jsonArrays(value).map(([kind, detail, network, label]) => ({
    kind: kind as ContactDetailKind,
    value: detail as string,
    network: network as string | null,
    label: label as string | null,
  }));
}
