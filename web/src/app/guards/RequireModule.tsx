import { lazy } from 'react';
import { Outlet } from 'react-router';
import { useCurrentUser } from '../../modules/auth/useSession';
import type { AppModule } from '../access';
import { canAccess } from '../access';

const ForbiddenPage = lazy(async () => ({
  default: (await import('../../modules/system/pages/ForbiddenPage')).ForbiddenPage,
}));

export interface RequireModuleProps {
  module: AppModule;
}

/** Shows the 403 page to roles that may not open a section (the server refuses them anyway). */
export function RequireModule({ module }: RequireModuleProps) {
  const user = useCurrentUser();
  return canAccess(user.role, module) ? <Outlet /> : <ForbiddenPage />;
}
