import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { Comment } from '@crm/contracts';
import { commentBodySchema } from '@crm/contracts';
import { App, Button, Flex, Form, Input, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useConfirmAction } from '../../../ui/confirm';
import { useErrorMessage } from '../../../ui/errorMessage';
import { PhotoAvatar } from '../../../ui/PhotoAvatar';
import { useFormat } from '../../../ui/useFormat';
import { useZodRule } from '../../../ui/zodRule';
import { useCurrentUser } from '../../auth/useSession';
import { canDeleteComment, canEditComment } from '../permissions';
import { taskPath } from '../tasks.paths';
import { useDeleteComment, useEditComment } from '../tasks.queries';

export interface CommentItemProps {
  comment: Comment;
  /** For the project's feed: name and link the task the comment is on. */
  showTask?: boolean;
  /** Offer edit and delete (on the task page), per who may. */
  manageable?: boolean;
  projectId?: string;
}

export function CommentItem({ comment, showTask, manageable, projectId }: CommentItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const confirm = useConfirmAction();
  const rule = useZodRule();
  const editComment = useEditComment();
  const deleteComment = useDeleteComment();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<{ body: string }>();
  const author = comment.author
    ? `${comment.author.firstName} ${comment.author.lastName}`.trim()
    : t('tasks.comments.formerUser');
  const target = { taskId: comment.taskId, commentId: comment.id, projectId };

  const handleSave = async ({ body }: { body: string }) => {
    try {
      await editComment.mutateAsync({ ...target, body: body.trim() });
      setEditing(false);
    } catch (error) {
      void message.error(errorText(error));
    }
  };

  const handleDelete = () =>
    confirm({
      title: t('tasks.comments.deleteTitle'),
      content: t('confirm.deleteContent'),
      okText: t('common.delete'),
      danger: true,
      onConfirm: () => deleteComment.mutateAsync(target),
      successMessage: t('tasks.comments.deleted'),
    });

  const canEdit = manageable && canEditComment(me, comment);
  const canDelete = manageable && canDeleteComment(me, comment);

  return (
    <Flex gap={12} align="flex-start" data-testid="comment" style={{ padding: '12px 0' }}>
      <PhotoAvatar name={author} photoUrl={comment.author?.photoUrl} size={36} />
      <div style={{ flex: 1, minWidth: 0 }}>
        <Flex align="baseline" gap={8} wrap>
          <Typography.Text strong>{author}</Typography.Text>
          <Tooltip title={format.dateTime(comment.createdAt)}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {format.dateTime(comment.createdAt)}
            </Typography.Text>
          </Tooltip>
          {comment.editedAt && (
            <Tooltip title={format.dateTime(comment.editedAt)}>
              <Typography.Text type="secondary" italic style={{ fontSize: 12 }}>
                {t('tasks.comments.edited')}
              </Typography.Text>
            </Tooltip>
          )}
          {showTask && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('tasks.comments.on')}{' '}
              <Link to={taskPath(comment.taskId)}>{comment.task.title}</Link>
            </Typography.Text>
          )}
          {!editing && (canEdit || canDelete) && (
            <Flex gap={0} style={{ marginInlineStart: 'auto' }}>
              {canEdit && (
                <Tooltip title={t('common.edit')}>
                  <Button
                    type="text"
                    size="small"
                    icon={<EditOutlined />}
                    aria-label={t('tasks.comments.edit')}
                    onClick={() => {
                      form.setFieldsValue({ body: comment.body });
                      setEditing(true);
                    }}
                  />
                </Tooltip>
              )}
              {canDelete && (
                <Tooltip title={t('common.delete')}>
                  <Button
                    type="text"
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('tasks.comments.delete')}
                    onClick={handleDelete}
                  />
                </Tooltip>
              )}
            </Flex>
          )}
        </Flex>
        {editing ? (
          <Form
            form={form}
            initialValues={{ body: comment.body }}
            onFinish={(values) => void handleSave(values)}
            style={{ marginTop: 8 }}
          >
            <Form.Item name="body" rules={[rule(commentBodySchema.shape.body)]}>
              <Input.TextArea
                autoSize={{ minRows: 2, maxRows: 12 }}
                maxLength={10_000}
                autoFocus
                aria-label={t('tasks.comments.edit')}
              />
            </Form.Item>
            <Flex gap={8} justify="flex-end">
              <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
              <Button type="primary" htmlType="submit" loading={editComment.isPending}>
                {t('common.save')}
              </Button>
            </Flex>
          </Form>
        ) : (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}>
            {comment.body}
          </Typography.Paragraph>
        )}
      </div>
    </Flex>
  );
}
