import type { Role, TaskAssignee } from '@crm/contracts';
import { useQuery } from '@tanstack/react-query';
import { Flex, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PhotoAvatar } from '../../../ui/PhotoAvatar';
import type { ApiListQuery } from '../../../ui/list/useListQuery';
import { useTeam } from '../../teams/teams.queries';
import { usersApi } from '../../users/users.api';
import { userKeys } from '../../users/users.queries';

export interface AssigneeSelectProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  /** The project's team: its members are offered first (developers must be in it). */
  teamId: string | undefined;
  /** Current assignees, so they stay labelled even if they left the team. */
  current?: TaskAssignee[];
  disabled?: boolean;
}

interface Person {
  value: string;
  label: string;
  photoUrl: string | null;
  role: Role | null;
}

const staffQuery = (role: Role): ApiListQuery => ({
  page: 1,
  pageSize: 100,
  role,
  isActive: true,
  sort: 'lastName',
});

function useStaff(role: Role) {
  const query = staffQuery(role);
  return useQuery({
    queryKey: userKeys.list(query),
    queryFn: ({ signal }) => usersApi.list(query, signal),
    staleTime: 60_000,
  });
}

/**
 * Assignees for a task: the members of the project's team, then managers. Other developers are
 * not offered — the server accepts only developers of the project's team.
 */
export function AssigneeSelect({ teamId, current = [], ...props }: AssigneeSelectProps) {
  const { t } = useTranslation();
  const team = useTeam(teamId);
  const managers = useStaff('manager');
  const admins = useStaff('admin');

  const { options, people } = useMemo(() => {
    const members: Person[] = (team.data?.members ?? []).map((member) => ({
      value: member.userId,
      label: `${member.firstName} ${member.lastName}`.trim(),
      photoUrl: member.photoUrl,
      role: member.role,
    }));
    const seen = new Set(members.map((member) => member.value));
    const staff: Person[] = [...(managers.data?.items ?? []), ...(admins.data?.items ?? [])]
      .filter((user) => !seen.has(user.id))
      .map((user) => ({
        value: user.id,
        label: `${user.firstName} ${user.lastName}`.trim() || user.username,
        photoUrl: user.photoUrl,
        role: user.role,
      }));
    staff.forEach((person) => seen.add(person.value));
    const others: Person[] = current
      .filter((assignee) => !seen.has(assignee.userId))
      .map((assignee) => ({
        value: assignee.userId,
        label: `${assignee.firstName} ${assignee.lastName}`.trim(),
        photoUrl: assignee.photoUrl,
        role: null,
      }));
    const groups = [
      ...(members.length > 0
        ? [{ label: t('tasks.assigneeGroups.team', { name: team.data?.name }), options: members }]
        : []),
      ...(staff.length > 0 ? [{ label: t('tasks.assigneeGroups.managers'), options: staff }] : []),
      ...(others.length > 0 ? [{ label: t('tasks.assigneeGroups.others'), options: others }] : []),
    ];
    const byId = new Map([...members, ...staff, ...others].map((person) => [person.value, person]));
    return { options: groups, people: byId };
  }, [admins.data, current, managers.data, t, team.data]);

  return (
    <Select<string[]>
      {...props}
      mode="multiple"
      options={options}
      loading={team.isFetching || managers.isFetching}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={teamId ? t('tasks.hints.assignees') : t('tasks.hints.projectFirst')}
      disabled={props.disabled || !teamId}
      style={{ width: '100%' }}
      optionRender={(option) => {
        const person = people.get(String(option.value));
        if (!person) return option.label;
        return (
          <Flex align="center" gap={8}>
            <PhotoAvatar name={person.label} photoUrl={person.photoUrl} size={24} />
            <span style={{ flex: 1 }}>{person.label}</span>
            {person.role && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`roles.${person.role}`)}
              </Typography.Text>
            )}
          </Flex>
        );
      }}
    />
  );
}
