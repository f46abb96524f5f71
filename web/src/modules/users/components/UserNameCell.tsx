import type { User } from '@crm/contracts';
import { Flex, Typography } from 'antd';
import { UserAvatar } from '../../../ui/UserAvatar';

export interface UserNameCellProps {
  user: User;
}

export function fullName(user: Pick<User, 'firstName' | 'lastName' | 'username'>): string {
  return `${user.firstName} ${user.lastName}`.trim() || user.username;
}

export function UserNameCell({ user }: UserNameCellProps) {
  return (
    <Flex align="center" gap={12}>
      <UserAvatar user={user} size={36} />
      <Flex vertical style={{ lineHeight: 1.3 }}>
        <Typography.Text strong type={user.isActive ? undefined : 'secondary'}>
          {fullName(user)}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          @{user.username}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}
