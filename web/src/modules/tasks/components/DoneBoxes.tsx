import { CheckCircleFilled } from '@ant-design/icons';
import type { Task } from '@crm/contracts';
import { App, Checkbox, Flex, List, Progress, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../ui/errorMessage';
import { PhotoAvatar } from '../../../ui/PhotoAvatar';
import { useFormat } from '../../../ui/useFormat';
import { useCurrentUser } from '../../auth/useSession';
import { canTickBox } from '../permissions';
import { doneCount, mineFirst } from '../taskDisplay';
import { useSetDone } from '../tasks.queries';

export interface DoneBoxesProps {
  task: Task;
}

/**
 * Each assignee's personal "done" box. Only your own is clickable: the server refuses anyone
 * ticking for someone else, managers included. The task is done once every box is ticked.
 */
export function DoneBoxes({ task }: DoneBoxesProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const setDone = useSetDone();
  const { done, total } = doneCount(task);

  const handleToggle = (userId: string, value: boolean) => {
    setDone.mutate(
      { id: task.id, userId, done: value },
      {
        onSuccess: (updated) => {
          if (updated.isDone && !task.isDone) void message.success(t('tasks.boxes.allDone'));
          else void message.success(value ? t('tasks.boxes.ticked') : t('tasks.boxes.unticked'));
        },
        onError: (error) => void message.error(errorText(error)),
      },
    );
  };

  if (total === 0) {
    return <Typography.Text type="secondary">{t('tasks.noAssignees')}</Typography.Text>;
  }

  return (
    <Flex vertical gap={8}>
      <Flex align="center" gap={12}>
        <Progress
          percent={Math.round((done / total) * 100)}
          steps={total <= 10 ? total : undefined}
          size={total <= 10 ? [24, 8] : 'small'}
          strokeColor="#52c41a"
          showInfo={false}
        />
        <Typography.Text type="secondary">
          {t('tasks.boxes.progress', { done, total })}
        </Typography.Text>
      </Flex>
      <List
        dataSource={mineFirst(task.assignees, me.id)}
        renderItem={(assignee) => {
          const name = `${assignee.firstName} ${assignee.lastName}`.trim();
          const mine = canTickBox(me, assignee);
          const box = (
            <Checkbox
              checked={assignee.done}
              disabled={!mine || setDone.isPending}
              onChange={(event) => handleToggle(assignee.userId, event.target.checked)}
              aria-label={mine ? t('tasks.boxes.mine') : t('tasks.boxes.theirs', { name })}
              data-testid={`done-box-${assignee.userId}`}
            />
          );
          return (
            <List.Item
              style={{
                paddingInline: 12,
                borderRadius: 8,
                background: mine ? '#f0f5ff' : undefined,
              }}
            >
              <Flex align="center" gap={12} style={{ width: '100%' }}>
                {mine ? box : <Tooltip title={t('tasks.boxes.onlyOwn', { name })}>{box}</Tooltip>}
                <PhotoAvatar name={name} photoUrl={assignee.photoUrl} size={32} />
                <Flex vertical style={{ flex: 1, minWidth: 0, lineHeight: 1.35 }}>
                  <Typography.Text strong={mine}>
                    {name}
                    {mine && (
                      <Typography.Text type="secondary"> · {t('tasks.boxes.you')}</Typography.Text>
                    )}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {assignee.done
                      ? t('tasks.boxes.doneAt', { date: format.dateTime(assignee.doneAt) })
                      : t('tasks.boxes.notYet')}
                  </Typography.Text>
                </Flex>
                {assignee.done && <CheckCircleFilled style={{ color: '#52c41a', fontSize: 18 }} />}
              </Flex>
            </List.Item>
          );
        }}
      />
    </Flex>
  );
}
