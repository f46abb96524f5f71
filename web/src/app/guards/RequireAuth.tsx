import { use } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { session } from '../../api/client';
import { restoreSession } from '../../modules/auth/restoreSession';
import { useSession } from '../../modules/auth/useSession';
import { paths } from '../paths';

/** Lets signed-in users through; everyone else goes to the login page and comes back after. */
export function RequireAuth() {
  use(restoreSession());
  const current = useSession();
  const location = useLocation();
  if (!current) {
    const from = session.getEndReason() === 'logout' ? undefined : location;
    return <Navigate to={paths.login} replace state={from ? { from } : undefined} />;
  }
  return <Outlet />;
}
