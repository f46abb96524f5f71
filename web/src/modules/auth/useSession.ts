import type { AuthUser } from '@crm/contracts';
import { useSyncExternalStore } from 'react';
import { session } from '../../api/client';
import type { Session } from '../../api/session';

export function useSession(): Session | null {
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
}

/** The signed-in user; only for components rendered behind the auth guard. */
export function useCurrentUser(): AuthUser {
  const current = useSession();
  if (!current) throw new Error('useCurrentUser outside of an authenticated route');
  return current.user;
}
