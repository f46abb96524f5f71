import type { ContactDetail, ContactDetailKind } from '@crm/contracts';
import type { Executor } from '../../platform/db/audit.js';

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

/** The details of many owners in one query, by owner id. */
export async function loadContactDetails(
  db: Executor,
  column: OwnerColumn,
  ownerIds: string[],
): Promise<Map<string, ContactDetail[]>> {
  const byOwner = new Map<string, ContactDetail[]>();
  if (ownerIds.length === 0) return byOwner;
  const rows = await db
    .selectFrom('contactDetails')
    .select(['clientId', 'contactId', 'kind', 'value', 'network', 'label'])
    .where(column, 'in', ownerIds)
    .orderBy(column)
    .orderBy('position')
    .execute();
  for (const r of rows) {
    const owner = (column === 'clientId' ? r.clientId : r.contactId) as string;
    const list = byOwner.get(owner) ?? [];
    list.push({
      kind: r.kind as ContactDetailKind,
      value: r.value,
      network: r.network,
      label: r.label,
    });
    byOwner.set(owner, list);
  }
  return byOwner;
}

/** Rows with their contact details attached: one query for all of them, whatever their number. */
export async function withContactDetails<R extends { id: string }, T>(
  db: Executor,
  column: OwnerColumn,
  rows: R[],
  map: (row: R, details: ContactDetail[]) => T,
): Promise<T[]> {
  const details = await loadContactDetails(
    db,
    column,
    rows.map((r) => r.id),
  );
  return rows.map((r) => map(r, details.get(r.id) ?? []));
}
