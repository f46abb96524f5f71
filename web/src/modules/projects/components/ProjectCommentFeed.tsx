import { Button, Divider, Empty, Flex, Skeleton } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../ui/ErrorState';
import { CommentItem } from '../../tasks/components/CommentItem';
import { useProjectComments } from '../projects.queries';

export interface ProjectCommentFeedProps {
  projectId: string;
}

/** The comments of all the project's tasks, newest first, each linking to its task. */
export function ProjectCommentFeed({ projectId }: ProjectCommentFeedProps) {
  const { t } = useTranslation();
  const feed = useProjectComments(projectId);
  const items = feed.data?.pages.flatMap((page) => page.items) ?? [];

  if (feed.isPending) return <Skeleton active avatar paragraph={{ rows: 3 }} />;
  if (feed.isError) return <ErrorState error={feed.error} onRetry={() => void feed.refetch()} />;
  if (items.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('projects.feed.empty')} />;
  }
  return (
    <>
      {items.map((comment, index) => (
        <Fragment key={comment.id}>
          {index > 0 && <Divider style={{ margin: 0 }} />}
          <CommentItem comment={comment} showTask />
        </Fragment>
      ))}
      {feed.hasNextPage && (
        <Flex justify="center">
          <Button
            type="link"
            loading={feed.isFetchingNextPage}
            onClick={() => void feed.fetchNextPage()}
          >
            {t('tasks.comments.showMore')}
          </Button>
        </Flex>
      )}
    </>
  );
}
