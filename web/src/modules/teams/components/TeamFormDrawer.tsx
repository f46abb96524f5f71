import type { Team } from '@crm/contracts';
import { createTeamSchema } from '@crm/contracts';
import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormDrawer } from '../../../ui/FormDrawer';
import { useZodRule } from '../../../ui/zodRule';
import { collapseListErrors } from '../../tasks/taskDisplay';
import { useCreateTeam, useUpdateTeam } from '../teams.queries';
import { teamPath } from '../teams.paths';
import type { ListedMember } from './MemberList';
import { MembersEditor } from './MembersEditor';

interface TeamFormValues {
  name: string;
  description?: string | null;
  members?: ListedMember[];
}

export interface TeamFormDrawerProps {
  open: boolean;
  /** The team to edit; absent to create one. Members of an existing team are managed on its page. */
  team?: Team;
  onClose: () => void;
}

const shape = createTeamSchema.shape;

export function TeamFormDrawer({ open, team, onClose }: TeamFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rule = useZodRule();
  const navigate = useNavigate();
  const createTeam = useCreateTeam();
  const updateTeam = useUpdateTeam();

  const handleSubmit = async (values: TeamFormValues) => {
    const name = values.name.trim();
    const description = values.description?.trim() || null;
    if (team) {
      await updateTeam.mutateAsync({ id: team.id, changes: { name, description } });
      void message.success(t('teams.saved', { name }));
    } else {
      const members = values.members ?? [];
      const created = await createTeam
        .mutateAsync({
          name,
          description,
          members: members.map(({ userId, isLead }) => ({ userId, isLead })),
        })
        .catch((error: unknown) => {
          throw collapseListErrors(error, 'members', (i) => members[i]?.firstName);
        });
      void message.success(t('teams.created', { name }));
      void navigate(teamPath(created.id));
    }
  };

  return (
    <FormDrawer<TeamFormValues>
      name="team"
      open={open}
      title={team ? t('teams.editTitle', { name: team.name }) : t('teams.createTitle')}
      initialValues={team ? { name: team.name, description: team.description } : { members: [] }}
      onSubmit={handleSubmit}
      onClose={onClose}
      submitText={team ? t('common.save') : t('teams.createSubmit')}
      codeFields={{ TEAM_NAME_TAKEN: 'name' }}
    >
      <Form.Item name="name" label={t('teams.fields.name')} required rules={[rule(shape.name)]}>
        <Input maxLength={100} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('teams.fields.description')}
        rules={[rule(shape.description)]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
      </Form.Item>
      {!team && (
        <Form.Item name="members" label={t('teams.fields.members')} extra={t('teams.members.hint')}>
          <MembersEditor />
        </Form.Item>
      )}
    </FormDrawer>
  );
}
