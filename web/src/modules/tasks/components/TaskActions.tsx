import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { Task } from '@crm/contracts';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useConfirmDelete } from '../../../ui/confirm';
import { useDeleteTask } from '../tasks.queries';

export interface TaskActionsProps {
  task: Task;
  onEdit: () => void;
  onDeleted: () => void;
}

/** Edit and delete, for managers (the page shows them only to those who may). */
export function TaskActions({ task, onEdit, onDeleted }: TaskActionsProps) {
  const { t } = useTranslation();
  const confirmDelete = useConfirmDelete();
  const deleteTask = useDeleteTask();

  const handleDelete = () =>
    confirmDelete({
      name: task.title,
      onConfirm: async () => {
        await deleteTask.mutateAsync({ id: task.id, projectId: task.projectId });
        onDeleted();
      },
    });

  return (
    <>
      <Button type="primary" icon={<EditOutlined />} onClick={onEdit}>
        {t('common.edit')}
      </Button>
      <Button danger icon={<DeleteOutlined />} onClick={handleDelete}>
        {t('common.delete')}
      </Button>
    </>
  );
}
