import { Avatar, Flex, Tooltip } from 'antd';
import type { TaskAssignee } from '@crm/contracts';
import { useTranslation } from 'react-i18next';
import { UserAvatar } from '../../../ui/UserAvatar';

export interface AssigneeAvatarsProps {
  assignees: TaskAssignee[];
  max?: number;
}

/** Who works on a task; a green ring around those who have ticked their box. */
export function AssigneeAvatars({ assignees, max = 3 }: AssigneeAvatarsProps) {
  const { t } = useTranslation();
  if (assignees.length === 0) return <span style={{ color: 'rgba(0,0,0,.35)' }}>—</span>;
  return (
    <Flex gap={6} align="center" wrap="wrap">
      {assignees.slice(0, max).map((assignee) => {
        const name = `${assignee.firstName} ${assignee.lastName}`.trim();
        const state = assignee.done
          ? t('homePage.tasks.assigneeDone')
          : t('homePage.tasks.assigneeOpen');
        return (
          <Tooltip key={assignee.userId} title={`${name} · ${state}`}>
            <span
              aria-label={`${name} · ${state}`}
              style={{
                display: 'inline-flex',
                borderRadius: '50%',
                boxShadow: assignee.done ? '0 0 0 2px #fff, 0 0 0 4px #52c41a' : '0 0 0 2px #fff',
              }}
            >
              <UserAvatar user={{ ...assignee, username: name || assignee.userId }} size={26} />
            </span>
          </Tooltip>
        );
      })}
      {assignees.length > max && (
        <Avatar size={26} style={{ background: '#f0f2f5', color: 'rgba(0,0,0,.65)', fontSize: 12 }}>
          +{assignees.length - max}
        </Avatar>
      )}
    </Flex>
  );
}
