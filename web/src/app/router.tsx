import type { ComponentType } from 'react';
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { useRoutes } from 'react-router';
import type { AppModule } from './access';
import { GuestOnly } from './guards/GuestOnly';
import { RequireAuth } from './guards/RequireAuth';
import { RequireModule } from './guards/RequireModule';
import { modulePaths, paths } from './paths';

/** `React.lazy` for a named export: every page is its own chunk. */
function lazyPage<M extends Record<string, unknown>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

// The frame is lazy too, so the login page does not download the menu, dropdowns and dialogs.
const AppLayout = lazyPage(() => import('./layout/AppLayout'), 'AppLayout');
const LoginPage = lazyPage(() => import('../modules/auth/pages/LoginPage'), 'LoginPage');
const HomePage = lazyPage(() => import('../modules/home/pages/HomePage'), 'HomePage');
const ProfilePage = lazyPage(() => import('../modules/profile/pages/ProfilePage'), 'ProfilePage');
const UsersPage = lazyPage(() => import('../modules/users/pages/UsersPage'), 'UsersPage');
const UserPage = lazyPage(() => import('../modules/users/pages/UserPage'), 'UserPage');
const NotFoundPage = lazyPage(() => import('../modules/system/pages/NotFoundPage'), 'NotFoundPage');
const ComingSoonPage = lazy(async () => ({
  default: (await import('../modules/system/pages/ComingSoonPage')).ComingSoonPage,
}));

/** Sections not built yet: routed and guarded already, showing a placeholder. */
const upcoming: AppModule[] = [
  'clients',
  'contacts',
  'projects',
  'tasks',
  'teams',
  'documents',
  'advisor',
  'statistics',
];

const guarded = (module: AppModule, children: RouteObject[]): RouteObject => ({
  element: <RequireModule module={module} />,
  children,
});

export const routes: RouteObject[] = [
  {
    element: <GuestOnly />,
    children: [{ path: paths.login, element: <LoginPage /> }],
  },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: paths.profile, element: <ProfilePage /> },
          guarded('users', [
            { path: modulePaths.users, element: <UsersPage /> },
            { path: `${modulePaths.users}/:id`, element: <UserPage /> },
          ]),
          ...upcoming.map((module) =>
            guarded(module, [
              { path: `${modulePaths[module]}/*`, element: <ComingSoonPage module={module} /> },
            ]),
          ),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

/**
 * Declarative routing (no loaders or actions): the pages fetch through TanStack Query, and the
 * data router's extra code would only weigh on the first load.
 */
export function AppRoutes() {
  return useRoutes(routes);
}
