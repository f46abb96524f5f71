import { Link } from 'react-router';
import { modulePaths } from '../../../app/paths';
import { useCurrentUser } from '../../auth/useSession';
import { canManageDelivery } from '../../tasks/permissions';

export interface ClientNameProps {
  client: { id: string; name: string };
}

/** A link to the client for managers; developers may not open clients, so just the name. */
export function ClientName({ client }: ClientNameProps) {
  const me = useCurrentUser();
  if (!canManageDelivery(me.role)) return <>{client.name}</>;
  return (
    <Link
      to={`${modulePaths.clients}/${encodeURIComponent(client.id)}`}
      onClick={(event) => event.stopPropagation()}
      style={{ color: 'inherit' }}
    >
      {client.name}
    </Link>
  );
}
