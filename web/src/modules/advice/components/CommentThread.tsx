import type { AdviceComment } from '@crm/contracts';
import { Alert, App, Button, Divider, Empty, Flex, Input, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirmAction } from '../../../ui/confirm';
import { useErrorMessage } from '../../../ui/errorMessage';
import { useCurrentUser } from '../../auth/useSession';
import {
  useAddComment,
  useAdviceComments,
  useDeleteComment,
  useEditComment,
} from '../advice.queries';
import { CommentItem } from './CommentItem';

export interface CommentThreadProps {
  adviceId: string;
}

/**
 * The tip's comments, oldest first, and a box to add one. Only its author edits a comment;
 * its author or an admin deletes it (the server enforces the same).
 */
export function CommentThread({ adviceId }: CommentThreadProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const errorText = useErrorMessage();
  const confirm = useConfirmAction();
  const comments = useAdviceComments(adviceId);
  const add = useAddComment(adviceId);
  const edit = useEditComment(adviceId);
  const remove = useDeleteComment(adviceId);
  const [draft, setDraft] = useState('');
  const items = comments.data?.pages.flatMap((page) => page.items) ?? [];

  const handleAdd = async () => {
    const body = draft.trim();
    if (!body) return;
    try {
      await add.mutateAsync(body);
      setDraft('');
    } catch (error) {
      void message.error(errorText(error));
    }
  };

  const handleSave = async (comment: AdviceComment, body: string) => {
    try {
      await edit.mutateAsync({ commentId: comment.id, body });
    } catch (error) {
      void message.error(errorText(error));
      throw error;
    }
  };

  const handleDelete = (comment: AdviceComment) =>
    confirm({
      title: t('advice.comments.deleteTitle'),
      content: t('confirm.deleteContent'),
      okText: t('common.delete'),
      danger: true,
      onConfirm: () => remove.mutateAsync(comment.id),
      successMessage: t('advice.comments.deleted'),
    });

  let list;
  if (comments.isPending) {
    list = <Skeleton active avatar paragraph={{ rows: 2 }} />;
  } else if (comments.isError) {
    list = (
      <Alert
        type="warning"
        showIcon
        title={errorText(comments.error)}
        action={
          <Button size="small" onClick={() => void comments.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  } else if (items.length === 0) {
    list = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('advice.comments.empty')} />;
  } else {
    list = (
      <div role="list" aria-label={t('advice.comments.title')}>
        {items.map((comment, index) => (
          <div role="listitem" key={comment.id}>
            {index > 0 && <Divider style={{ margin: 0 }} />}
            <CommentItem
              comment={comment}
              canEdit={comment.authorId === me.id}
              canDelete={comment.authorId === me.id || me.role === 'admin'}
              onSave={(body) => handleSave(comment, body)}
              onDelete={() => handleDelete(comment)}
            />
          </div>
        ))}
        {comments.hasNextPage && (
          <Flex justify="center" style={{ marginTop: 8 }}>
            <Button
              onClick={() => void comments.fetchNextPage()}
              loading={comments.isFetchingNextPage}
            >
              {t('advice.comments.more')}
            </Button>
          </Flex>
        )}
      </div>
    );
  }

  return (
    <>
      {list}
      <Divider style={{ margin: '12px 0 16px' }} />
      <Flex vertical gap={8}>
        <Input.TextArea
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          placeholder={t('advice.comments.placeholder')}
          aria-label={t('advice.comments.placeholder')}
          autoSize={{ minRows: 2, maxRows: 8 }}
          maxLength={10_000}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void handleAdd();
          }}
        />
        <Flex justify="space-between" align="center">
          <span style={{ fontSize: 12, color: 'rgba(0,0,0,.45)' }}>
            {t('advice.comments.shortcut')}
          </span>
          <Button
            type="primary"
            onClick={() => void handleAdd()}
            loading={add.isPending}
            disabled={!draft.trim()}
          >
            {t('advice.comments.add')}
          </Button>
        </Flex>
      </Flex>
    </>
  );
}
