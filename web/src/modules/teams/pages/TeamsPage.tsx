import { PlusOutlined } from '@ant-design/icons';
import type { Team } from '@crm/contracts';
import { Button, Flex, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ListPage } from '../../../ui/list/ListPage';
import { PhotoAvatar } from '../../../ui/PhotoAvatar';
import { useFormat } from '../../../ui/useFormat';
import { useCurrentUser } from '../../auth/useSession';
import { canManageDelivery } from '../../tasks/permissions';
import { MemberAvatars } from '../components/MemberAvatars';
import { TeamFormDrawer } from '../components/TeamFormDrawer';
import { TeamLeadCell } from '../components/TeamLeadCell';
import { teamPath } from '../teams.paths';
import type { TeamFilter } from '../teams.queries';
import { useTeamsList } from '../teams.queries';

export function TeamsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const manager = canManageDelivery(me.role);
  const list = useTeamsList();
  const [creating, setCreating] = useState(false);

  const columns = useMemo<ColumnsType<Team>>(
    () => [
      {
        key: 'name',
        title: t('teams.columns.name'),
        sorter: true,
        render: (_value, team) => (
          <Flex align="center" gap={12} style={{ minWidth: 240, maxWidth: 420 }}>
            <PhotoAvatar name={team.name} shape="square" size={36} />
            <Flex vertical style={{ minWidth: 0, lineHeight: 1.35 }}>
              <Link
                to={teamPath(team.id)}
                onClick={(event) => event.stopPropagation()}
                style={{ fontWeight: 500 }}
              >
                {team.name}
              </Link>
              {team.description && (
                <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                  {team.description}
                </Typography.Text>
              )}
            </Flex>
          </Flex>
        ),
      },
      {
        key: 'lead',
        title: t('teams.columns.lead'),
        render: (_value, team) => <TeamLeadCell team={team} />,
      },
      {
        key: 'members',
        title: t('teams.columns.members'),
        render: (_value, team) =>
          team.members.length > 0 ? (
            <Flex align="center" gap={8}>
              <MemberAvatars people={team.members} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {team.members.length}
              </Typography.Text>
            </Flex>
          ) : (
            <Typography.Text type="secondary">{t('teams.members.empty')}</Typography.Text>
          ),
      },
      {
        key: 'projectsCount',
        title: t('teams.columns.projects'),
        align: 'right',
        render: (_value, team) => format.number(team.projectsCount),
      },
      {
        key: 'createdAt',
        title: t('teams.columns.createdAt'),
        sorter: true,
        render: (_value, team) => format.date(team.createdAt),
      },
    ],
    [format, t],
  );

  const handleCreate = () => setCreating(true);

  return (
    <>
      <ListPage<Team, TeamFilter>
        title={t('teams.title')}
        subtitle={t('teams.subtitle')}
        actions={
          manager && (
            <Button type="primary" icon={<PlusOutlined />} onClick={handleCreate}>
              {t('teams.create')}
            </Button>
          )
        }
        list={list}
        columns={columns}
        searchPlaceholder={t('teams.searchPlaceholder')}
        emptyText={t('teams.empty')}
        emptyAction={
          manager && (
            <Button type="primary" onClick={handleCreate}>
              {t('teams.create')}
            </Button>
          )
        }
        onRowClick={(team) => void navigate(teamPath(team.id))}
      />
      {manager && <TeamFormDrawer open={creating} onClose={() => setCreating(false)} />}
    </>
  );
}
