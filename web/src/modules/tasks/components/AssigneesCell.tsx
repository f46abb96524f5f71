import { CheckOutlined } from '@ant-design/icons';
import type { Task } from '@crm/contracts';
import { Avatar, Badge, Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PhotoAvatar } from '../../../ui/PhotoAvatar';
import { doneCount } from '../taskDisplay';

export interface AssigneesCellProps {
  task: Pick<Task, 'assignees'>;
  max?: number;
}

/** Assignees' avatars, each with a green tick once they ticked their box, and "1/2". */
export function AssigneesCell({ task, max = 4 }: AssigneesCellProps) {
  const { t } = useTranslation();
  if (task.assignees.length === 0) {
    return <Typography.Text type="secondary">{t('tasks.noAssignees')}</Typography.Text>;
  }
  const { done, total } = doneCount(task);
  return (
    <Flex align="center" gap={8}>
      <Avatar.Group max={{ count: max, style: { backgroundColor: '#eef2ff', color: '#2f54eb' } }}>
        {task.assignees.map((assignee) => {
          const name = `${assignee.firstName} ${assignee.lastName}`.trim();
          return (
            <Tooltip
              key={assignee.userId}
              title={`${name} · ${assignee.done ? t('tasks.boxes.done') : t('tasks.boxes.notYet')}`}
            >
              <Badge
                count={
                  assignee.done ? (
                    <CheckOutlined
                      style={{
                        color: '#fff',
                        background: '#52c41a',
                        borderRadius: '50%',
                        padding: 2,
                        fontSize: 8,
                      }}
                    />
                  ) : undefined
                }
                offset={[-4, 24]}
              >
                <PhotoAvatar name={name} photoUrl={assignee.photoUrl} size={28} />
              </Badge>
            </Tooltip>
          );
        })}
      </Avatar.Group>
      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
        {done}/{total}
      </Typography.Text>
    </Flex>
  );
}
