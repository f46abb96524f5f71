import { Avatar, Tooltip } from 'antd';
import { PhotoAvatar } from '../../../ui/PhotoAvatar';

export interface MemberAvatarsProps {
  people: { userId: string; firstName: string; lastName: string; photoUrl: string | null }[];
  max?: number;
  size?: number;
}

/** Overlapping avatars of a team's members or a task's assignees, names on hover. */
export function MemberAvatars({ people, max = 5, size = 28 }: MemberAvatarsProps) {
  return (
    <Avatar.Group max={{ count: max, style: { backgroundColor: '#eef2ff', color: '#2f54eb' } }}>
      {people.map((person) => {
        const name = `${person.firstName} ${person.lastName}`.trim();
        return (
          <Tooltip key={person.userId} title={name}>
            <span>
              <PhotoAvatar name={name} photoUrl={person.photoUrl} size={size} />
            </span>
          </Tooltip>
        );
      })}
    </Avatar.Group>
  );
}
