import { Avatar } from 'antd';
import { usePhotoUrl } from './usePhotoUrl';

export interface UserAvatarProps {
  user: { firstName: string; lastName: string; username: string; photoUrl?: string | null };
  size?: number;
}

const palette = ['#2f54eb', '#13a8a8', '#722ed1', '#eb2f96', '#fa8c16', '#52c41a', '#1677ff'];

function initials({ firstName, lastName, username }: UserAvatarProps['user']): string {
  const letters = `${firstName.trim()[0] ?? ''}${lastName.trim()[0] ?? ''}`;
  return (letters || username.slice(0, 2)).toUpperCase();
}

/** The user's photo, or their initials on a colour derived from the user name. */
export function UserAvatar({ user, size = 32 }: UserAvatarProps) {
  const src = usePhotoUrl(user.photoUrl);
  const hash = [...user.username].reduce((sum, char) => sum + char.charCodeAt(0), 0);
  return (
    <Avatar
      size={size}
      src={src}
      style={{ backgroundColor: src ? undefined : palette[hash % palette.length], flexShrink: 0 }}
    >
      {initials(user)}
    </Avatar>
  );
}
