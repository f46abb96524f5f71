import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProjectsTable } from '../../projects/components/ProjectsTable';

export interface TeamProjectsProps {
  teamId: string;
  emptyAction?: ReactNode;
}

/** The team's projects with their state; a developer sees only those of their own teams. */
export function TeamProjects({ teamId, emptyAction }: TeamProjectsProps) {
  const { t } = useTranslation();
  return (
    <ProjectsTable
      filter={{ teamId }}
      emptyText={t('teams.noProjects')}
      emptyAction={emptyAction}
    />
  );
}
