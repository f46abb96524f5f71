import { Avatar } from 'antd';
import type { ReactNode } from 'react';
import { usePhotoUrl } from './usePhotoUrl';

export interface PhotoAvatarProps {
  /** Whose picture: initials and the background colour come from it. */
  name: string;
  /** The API's authenticated photo URL, if there is a photo. */
  photoUrl?: string | null;
  size?: number;
  /** `square` suits organisations (a logo), `circle` people. */
  shape?: 'circle' | 'square';
  /** Shown instead of initials when there is no photo. */
  icon?: ReactNode;
}

const palette = ['#2f54eb', '#13a8a8', '#722ed1', '#eb2f96', '#fa8c16', '#52c41a', '#1677ff'];

/** Up to two initials: the first letters of the first two words. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words
    .slice(0, 2)
    .map((word) => [...word][0] ?? '')
    .join('');
  return letters.toUpperCase();
}

/**
 * The photo of any record that has one (a client's logo, a contact person), or its initials on
 * a colour derived from its name. Like `UserAvatar`, for records that are not users.
 */
export function PhotoAvatar({
  name,
  photoUrl,
  size = 32,
  shape = 'circle',
  icon,
}: PhotoAvatarProps) {
  const src = usePhotoUrl(photoUrl);
  const hash = [...name].reduce((sum, char) => sum + char.charCodeAt(0), 0);
  const initials = initialsOf(name);
  return (
    <Avatar
      size={size}
      shape={shape}
      src={src}
      icon={!src && !initials ? icon : undefined}
      alt={name}
      style={{
        backgroundColor: src ? undefined : palette[hash % palette.length],
        flexShrink: 0,
        fontSize: size >= 64 ? size / 2.6 : undefined,
      }}
    >
      {initials}
    </Avatar>
  );
}
