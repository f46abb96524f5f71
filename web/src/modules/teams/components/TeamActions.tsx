import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { Team } from '@crm/contracts';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useConfirmDelete } from '../../../ui/confirm';
import { useDeleteTeam } from '../teams.queries';

export interface TeamActionsProps {
  team: Team;
  onEdit: () => void;
  onDeleted: () => void;
}

export function TeamActions({ team, onEdit, onDeleted }: TeamActionsProps) {
  const { t } = useTranslation();
  const confirmDelete = useConfirmDelete();
  const deleteTeam = useDeleteTeam();
  // The server refuses too (TEAM_HAS_PROJECTS); say why before anyone tries.
  const blocked = team.projectsCount > 0;

  const handleDelete = () =>
    confirmDelete({
      name: team.name,
      onConfirm: async () => {
        await deleteTeam.mutateAsync(team.id);
        onDeleted();
      },
    });

  return (
    <>
      <Button type="primary" icon={<EditOutlined />} onClick={onEdit}>
        {t('common.edit')}
      </Button>
      <Tooltip title={blocked ? t('teams.deleteBlocked') : undefined}>
        <Button danger icon={<DeleteOutlined />} disabled={blocked} onClick={handleDelete}>
          {t('common.delete')}
        </Button>
      </Tooltip>
    </>
  );
}
