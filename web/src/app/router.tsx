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
const ClientsPage = lazyPage(() => import('../modules/clients/pages/ClientsPage'), 'ClientsPage');
const ClientPage = lazyPage(() => import('../modules/clients/pages/ClientPage'), 'ClientPage');
const ContactsPage = lazyPage(
  () => import('../modules/contacts/pages/ContactsPage'),
  'ContactsPage',
);
const ContactPage = lazyPage(() => import('../modules/contacts/pages/ContactPage'), 'ContactPage');
const TeamsPage = lazyPage(() => import('../modules/teams/pages/TeamsPage'), 'TeamsPage');
const TeamPage = lazyPage(() => import('../modules/teams/pages/TeamPage'), 'TeamPage');
const ProjectsPage = lazyPage(
  () => import('../modules/projects/pages/ProjectsPage'),
  'ProjectsPage',
);
const ProjectPage = lazyPage(() => import('../modules/projects/pages/ProjectPage'), 'ProjectPage');
const TasksPage = lazyPage(() => import('../modules/tasks/pages/TasksPage'), 'TasksPage');
const TaskPage = lazyPage(() => import('../modules/tasks/pages/TaskPage'), 'TaskPage');
const StatisticsPage = lazyPage(
  () => import('../modules/statistics/pages/StatisticsPage'),
  'StatisticsPage',
);
const DocumentsPage = lazyPage(
  () => import('../modules/documents/pages/DocumentsPage'),
  'DocumentsPage',
);
const DocumentPage = lazyPage(
  () => import('../modules/documents/pages/DocumentPage'),
  'DocumentPage',
);
const AdvisorPage = lazyPage(() => import('../modules/advice/pages/AdvisorPage'), 'AdvisorPage');
const AdvicePage = lazyPage(() => import('../modules/advice/pages/AdvicePage'), 'AdvicePage');
const AdviceFormPage = lazyPage(
  () => import('../modules/advice/pages/AdviceFormPage'),
  'AdviceFormPage',
);
const NotFoundPage = lazyPage(() => import('../modules/system/pages/NotFoundPage'), 'NotFoundPage');

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
          guarded('clients', [
            { path: modulePaths.clients, element: <ClientsPage /> },
            { path: `${modulePaths.clients}/:id`, element: <ClientPage /> },
          ]),
          guarded('contacts', [
            { path: modulePaths.contacts, element: <ContactsPage /> },
            { path: `${modulePaths.contacts}/:id`, element: <ContactPage /> },
          ]),
          guarded('projects', [
            { path: modulePaths.projects, element: <ProjectsPage /> },
            { path: `${modulePaths.projects}/:id`, element: <ProjectPage /> },
          ]),
          guarded('tasks', [
            { path: modulePaths.tasks, element: <TasksPage /> },
            { path: `${modulePaths.tasks}/:id`, element: <TaskPage /> },
          ]),
          guarded('teams', [
            { path: modulePaths.teams, element: <TeamsPage /> },
            { path: `${modulePaths.teams}/:id`, element: <TeamPage /> },
          ]),
          guarded('statistics', [{ path: modulePaths.statistics, element: <StatisticsPage /> }]),
          guarded('documents', [
            { path: modulePaths.documents, element: <DocumentsPage /> },
            { path: `${modulePaths.documents}/:id`, element: <DocumentPage /> },
          ]),
          guarded('advisor', [
            { path: modulePaths.advisor, element: <AdvisorPage /> },
            { path: `${modulePaths.advisor}/new`, element: <AdviceFormPage /> },
            { path: `${modulePaths.advisor}/:id`, element: <AdvicePage /> },
            { path: `${modulePaths.advisor}/:id/edit`, element: <AdviceFormPage /> },
          ]),
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
