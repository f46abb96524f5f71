import { useTranslation } from 'react-i18next';
import { canRemoveMember, withLead, withMember, withoutMember } from '../teamMembers';
import type { ListedMember } from './MemberList';
import { MemberList } from './MemberList';
import { UserSelect } from './UserSelect';

export interface MembersEditorProps {
  id?: string;
  value?: ListedMember[];
  onChange?: (value: ListedMember[]) => void;
}

/** A form control for a new team's members: add people, star the lead, remove. */
export function MembersEditor({ id, value = [], onChange }: MembersEditorProps) {
  const { t } = useTranslation();
  const byId = new Map(value.map((member) => [member.userId, member]));

  // The pure helpers decide who is lead; the rows keep their names and photos.
  const apply = (next: { userId: string; isLead: boolean }[], added?: ListedMember) =>
    onChange?.(
      next.flatMap((member) => {
        const known = byId.get(member.userId) ?? (added?.userId === member.userId ? added : null);
        return known ? [{ ...known, isLead: member.isLead }] : [];
      }),
    );

  return (
    <>
      <UserSelect
        id={id}
        value={null}
        excludeIds={value.map((member) => member.userId)}
        placeholder={t('teams.members.add')}
        aria-label={t('teams.members.add')}
        onPick={(user) =>
          apply(withMember(value, user.id), {
            userId: user.id,
            isLead: false,
            firstName: user.firstName,
            lastName: user.lastName,
            role: user.role,
            photoUrl: user.photoUrl,
          })
        }
      />
      {value.length > 0 && (
        <MemberList
          members={value}
          editable
          canRemove={(userId) => canRemoveMember(value, userId)}
          onMakeLead={(userId) => apply(withLead(value, userId))}
          onRemove={(userId) => apply(withoutMember(value, userId))}
        />
      )}
    </>
  );
}
