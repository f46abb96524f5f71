import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { Project } from '@crm/contracts';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/apiError';
import { useConfirmAction } from '../../../ui/confirm';
import { useDeleteProject } from '../projects.queries';

export interface ProjectActionsProps {
  project: Project;
  onEdit: () => void;
  onDeleted: () => void;
}

/**
 * Edit and delete. A project with tasks is not deleted by accident: the server answers
 * PROJECT_NOT_EMPTY and a second, explicit question offers deleting its tasks with it.
 */
export function ProjectActions({ project, onEdit, onDeleted }: ProjectActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const confirm = useConfirmAction();
  const deleteProject = useDeleteProject();
  const name = project.name;

  const deleted = () => {
    void message.success(t('confirm.deleted', { name }));
    onDeleted();
  };

  const handleDelete = () =>
    confirm({
      title: t('confirm.deleteTitle', { name }),
      content: t('confirm.deleteContent'),
      okText: t('common.delete'),
      danger: true,
      onConfirm: async () => {
        try {
          await deleteProject.mutateAsync({ id: project.id });
          deleted();
        } catch (error) {
          if (!isApiError(error) || error.code !== 'PROJECT_NOT_EMPTY') throw error;
          confirm({
            title: t('projects.cascade.title', { name }),
            content: t('projects.cascade.content', { count: project.state.tasksTotal }),
            okText: t('projects.cascade.ok'),
            danger: true,
            onConfirm: async () => {
              await deleteProject.mutateAsync({ id: project.id, cascade: true });
              deleted();
            },
          });
        }
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
