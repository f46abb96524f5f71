import { screen } from '@testing-library/react';
import type { DeveloperHome } from '@crm/contracts';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { MyTeamsCard } from './MyTeamsCard';

type Team = DeveloperHome['myTeams'][number];
type Project = Team['activeProjects'][number];

function project(i: number): Project {
  return {
    id: `p${i}`,
    name: `Project ${i}`,
    client: { id: 'c1', name: 'Acme' },
    deadline: null,
    state: { tasksTotal: 4, tasksDone: 1, tasksOverdue: 0, progress: 0.25 },
  } as unknown as Project;
}

function team(count: number, shown: number): Team {
  return {
    id: 't1',
    name: 'Platform',
    isLead: false,
    activeProjectsCount: count,
    activeProjects: Array.from({ length: shown }, (_, i) => project(i + 1)),
  };
}

describe('MyTeamsCard', () => {
  it("counts all the team's active projects and links to the rest", () => {
    renderWithProviders(<MyTeamsCard teams={[team(37, 10)]} />);
    expect(screen.getByText('37 active projects')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /^Project \d+$/ })).toHaveLength(10);
    const all = screen.getByTestId('home-team-all-projects');
    expect(all).toHaveTextContent('All 37 active projects');
    expect(all).toHaveAttribute('href', '/projects?teamId=t1&status=active');
  });

  it('shows no link when every active project is listed', () => {
    renderWithProviders(<MyTeamsCard teams={[team(2, 2)]} />);
    expect(screen.getByText('2 active projects')).toBeInTheDocument();
    expect(screen.queryByTestId('home-team-all-projects')).not.toBeInTheDocument();
  });
});
