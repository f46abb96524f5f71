import { use } from 'react';
import type { Location } from 'react-router';
import { Navigate, Outlet, useLocation } from 'react-router';
import { restoreSession } from '../../modules/auth/restoreSession';
import { useSession } from '../../modules/auth/useSession';

export interface GuestLocationState {
  from?: Location;
}

/** The login page is for signed-out visitors; a signed-in one goes where they were heading. */
export function GuestOnly() {
  use(restoreSession());
  const current = useSession();
  const location = useLocation();
  if (current) {
    const from = (location.state as GuestLocationState | null)?.from;
    const target = from ? `${from.pathname}${from.search}${from.hash}` : '/';
    return <Navigate to={target} replace />;
  }
  return <Outlet />;
}
