import { DeleteOutlined, StarOutlined } from '@ant-design/icons';
import type { Role } from '@crm/contracts';
import { Button, Flex, List, Popconfirm, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PhotoAvatar } from '../../../ui/PhotoAvatar';
import { RoleTag } from '../../users/components/RoleTag';
import { LeadStar } from './LeadStar';

export interface ListedMember {
  userId: string;
  isLead: boolean;
  firstName: string;
  lastName: string;
  role: Role;
  photoUrl: string | null;
}

export interface MemberListProps {
  members: ListedMember[];
  /** Shows "make lead" and "remove" on each row. */
  editable: boolean;
  busy?: boolean;
  canRemove: (userId: string) => boolean;
  onMakeLead: (userId: string) => void;
  onRemove: (userId: string) => void;
  /** Removal asks first when the change is saved at once. */
  confirmRemove?: boolean;
}

/** Members with the lead's star; managers change the lead and remove people from here. */
export function MemberList({
  members,
  editable,
  busy,
  canRemove,
  onMakeLead,
  onRemove,
  confirmRemove,
}: MemberListProps) {
  const { t } = useTranslation();
  return (
    <List
      style={{ marginTop: editable ? 8 : 0 }}
      dataSource={members}
      locale={{ emptyText: t('teams.members.empty') }}
      renderItem={(member) => {
        const name = `${member.firstName} ${member.lastName}`.trim();
        const removable = canRemove(member.userId);
        const removeButton = (
          <Button
            type="text"
            danger
            size="small"
            icon={<DeleteOutlined />}
            disabled={busy || !removable}
            aria-label={t('teams.members.remove', { name })}
            onClick={confirmRemove ? undefined : () => onRemove(member.userId)}
          />
        );
        return (
          <List.Item
            data-testid={`member-${member.userId}`}
            actions={
              editable
                ? [
                    member.isLead ? null : (
                      <Tooltip key="lead" title={t('teams.members.makeLead')}>
                        <Button
                          type="text"
                          size="small"
                          icon={<StarOutlined />}
                          disabled={busy}
                          aria-label={t('teams.members.makeLeadOf', { name })}
                          onClick={() => onMakeLead(member.userId)}
                        />
                      </Tooltip>
                    ),
                    <Tooltip
                      key="remove"
                      title={removable ? t('common.delete') : t('teams.members.leadStays')}
                    >
                      {confirmRemove && removable ? (
                        <Popconfirm
                          title={t('teams.members.removeConfirm', { name })}
                          okText={t('common.delete')}
                          okButtonProps={{ danger: true }}
                          cancelText={t('common.cancel')}
                          onConfirm={() => onRemove(member.userId)}
                        >
                          {removeButton}
                        </Popconfirm>
                      ) : (
                        removeButton
                      )}
                    </Tooltip>,
                  ]
                : undefined
            }
          >
            <List.Item.Meta
              avatar={<PhotoAvatar name={name} photoUrl={member.photoUrl} size={36} />}
              title={
                <Flex align="center" gap={8}>
                  <span>{name}</span>
                  {member.isLead && <LeadStar />}
                </Flex>
              }
              description={
                <Flex align="center" gap={8}>
                  <RoleTag role={member.role} />
                  {member.isLead && (
                    <Typography.Text type="secondary">{t('teams.lead')}</Typography.Text>
                  )}
                </Flex>
              }
            />
          </List.Item>
        );
      }}
    />
  );
}
