import { SendOutlined } from '@ant-design/icons';
import type { Task } from '@crm/contracts';
import { commentBodySchema } from '@crm/contracts';
import { App, Button, Divider, Empty, Flex, Form, Input, Skeleton } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../ui/ErrorState';
import { useErrorMessage } from '../../../ui/errorMessage';
import { useZodRule } from '../../../ui/zodRule';
import { useAddComment, useTaskComments } from '../tasks.queries';
import { CommentItem } from './CommentItem';

export interface CommentThreadProps {
  task: Task;
}

/** The channel between managers and developers on a task: newest first, composer on top. */
export function CommentThread({ task }: CommentThreadProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const rule = useZodRule();
  const [form] = Form.useForm<{ body: string }>();
  const comments = useTaskComments(task.id);
  const addComment = useAddComment();
  const items = comments.data?.pages.flatMap((page) => page.items) ?? [];

  const handleSubmit = async ({ body }: { body: string }) => {
    try {
      await addComment.mutateAsync({
        taskId: task.id,
        projectId: task.projectId,
        body: body.trim(),
      });
      form.resetFields();
    } catch (error) {
      void message.error(errorText(error));
    }
  };

  return (
    <>
      <Form form={form} onFinish={(values) => void handleSubmit(values)}>
        <Form.Item
          name="body"
          rules={[rule(commentBodySchema.shape.body)]}
          style={{ marginBottom: 8 }}
        >
          <Input.TextArea
            placeholder={t('tasks.comments.placeholder')}
            aria-label={t('tasks.comments.placeholder')}
            autoSize={{ minRows: 2, maxRows: 10 }}
            maxLength={10_000}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.submit();
            }}
          />
        </Form.Item>
        <Flex justify="flex-end">
          <Button
            type="primary"
            htmlType="submit"
            icon={<SendOutlined />}
            loading={addComment.isPending}
          >
            {t('tasks.comments.send')}
          </Button>
        </Flex>
      </Form>
      <Divider style={{ margin: '16px 0 4px' }} />
      {comments.isPending ? (
        <Skeleton active avatar paragraph={{ rows: 2 }} />
      ) : comments.isError ? (
        <ErrorState error={comments.error} onRetry={() => void comments.refetch()} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tasks.comments.empty')} />
      ) : (
        <>
          {items.map((comment, index) => (
            <Fragment key={comment.id}>
              {index > 0 && <Divider style={{ margin: 0 }} />}
              <CommentItem comment={comment} manageable projectId={task.projectId} />
            </Fragment>
          ))}
          {comments.hasNextPage && (
            <Flex justify="center">
              <Button
                type="link"
                loading={comments.isFetchingNextPage}
                onClick={() => void comments.fetchNextPage()}
              >
                {t('tasks.comments.showMore')}
              </Button>
            </Flex>
          )}
        </>
      )}
    </>
  );
}
