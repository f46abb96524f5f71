import type { Team } from '@crm/contracts';
import { App, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../ui/errorMessage';
import {
  canRemoveMember,
  memberName,
  sortMembers,
  withLead,
  withMember,
  withoutMember,
} from '../teamMembers';
import type { MemberInput } from '../teamMembers';
import { useUpdateTeam } from '../teams.queries';
import { MemberList } from './MemberList';
import { UserSelect } from './UserSelect';

export interface TeamMembersCardProps {
  team: Team;
  editable: boolean;
}

/** The team's people; managers add and remove members and move the lead's star, saved at once. */
export function TeamMembersCard({ team, editable }: TeamMembersCardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const updateTeam = useUpdateTeam();
  const members = sortMembers(team.members);
  const nameOf = (userId: string) => {
    const member = team.members.find((m) => m.userId === userId);
    return member ? memberName(member) : '';
  };

  const save = (next: MemberInput[], success: string) =>
    updateTeam.mutate(
      { id: team.id, changes: { members: next } },
      {
        onSuccess: () => void message.success(success),
        onError: (error) => void message.error(errorText(error)),
      },
    );

  return (
    <Card
      title={
        <>
          {t('teams.fields.members')}{' '}
          <Typography.Text type="secondary">{team.members.length}</Typography.Text>
        </>
      }
      style={{ marginBottom: 16 }}
    >
      {editable && (
        <UserSelect
          value={null}
          excludeIds={team.members.map((member) => member.userId)}
          placeholder={t('teams.members.add')}
          aria-label={t('teams.members.add')}
          onPick={(user) =>
            save(
              withMember(team.members, user.id),
              t('teams.members.added', { name: `${user.firstName} ${user.lastName}`.trim() }),
            )
          }
        />
      )}
      <MemberList
        members={members}
        editable={editable}
        busy={updateTeam.isPending}
        confirmRemove
        canRemove={(userId) => canRemoveMember(team.members, userId)}
        onMakeLead={(userId) =>
          save(withLead(team.members, userId), t('teams.members.leadSet', { name: nameOf(userId) }))
        }
        onRemove={(userId) =>
          save(
            withoutMember(team.members, userId),
            t('teams.members.removed', { name: nameOf(userId) }),
          )
        }
      />
    </Card>
  );
}
