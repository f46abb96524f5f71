import type { Communication } from '@crm/contracts';
import { channels } from '@crm/contracts';
import { Alert, Button, Empty, Flex, Segmented, Select, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirmAction } from '../../../ui/confirm';
import { useErrorMessage } from '../../../ui/errorMessage';
import { SearchInput } from '../../../ui/list/SearchInput';
import { useCurrentUser } from '../../auth/useSession';
import type { HistorySource } from '../communications.api';
import { canChangeCommunication } from '../communicationForm';
import { useDeleteCommunication, useHistory } from '../communications.queries';
import { channelIcons } from './channelIcons';
import { CommunicationEditDrawer } from './CommunicationEditDrawer';
import { CommunicationItem } from './CommunicationItem';

export interface CommunicationTimelineProps {
  source: HistorySource;
  /** What to say when nothing has been logged yet. */
  emptyText?: ReactNode;
}

type DirectionFilter = 'all' | 'incoming' | 'outgoing';

/**
 * A contact's, a client's, a project's or a task's communication history, newest first, loaded
 * page by page, with filters by channel, direction and text. The author of an entry (or an
 * admin) may edit or delete it; others see no such buttons (the server would refuse them anyway).
 */
export function CommunicationTimeline({ source, emptyText }: CommunicationTimelineProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const errorText = useErrorMessage();
  const confirm = useConfirmAction();
  const [channel, setChannel] = useState<string | undefined>();
  const [direction, setDirection] = useState<DirectionFilter>('all');
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<{ open: boolean; item: Communication | null }>({
    open: false,
    item: null,
  });
  const remove = useDeleteCommunication();

  const filters = useMemo(
    () => ({
      channel,
      direction: direction === 'all' ? undefined : direction,
      search: search || undefined,
    }),
    [channel, direction, search],
  );
  const history = useHistory(source, filters);
  const pages = history.data?.pages ?? [];
  const items = pages.flatMap((page) => page.items);
  const total = pages[0]?.total ?? 0;
  const filtered = !!(filters.channel || filters.direction || filters.search);
  // A contact's own history need not repeat who it was with; every other one mixes people.
  const showContact = source.kind !== 'contact';

  const handleDelete = (communication: Communication) =>
    confirm({
      title: t('communications.delete.title'),
      content: t('confirm.deleteContent'),
      okText: t('common.delete'),
      danger: true,
      onConfirm: () => remove.mutateAsync(communication.id),
      successMessage: t('communications.delete.done'),
    });

  let body: ReactNode;
  if (history.isPending) {
    body = <Skeleton active avatar paragraph={{ rows: 3 }} />;
  } else if (history.isError) {
    body = (
      <Alert
        type="warning"
        showIcon
        title={errorText(history.error)}
        action={
          <Button size="small" onClick={() => void history.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  } else if (items.length === 0) {
    body = (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          filtered ? t('list.noMatches') : (emptyText ?? t('communications.timeline.empty'))
        }
      />
    );
  } else {
    body = (
      <>
        <div role="list" aria-label={t('communications.timeline.title')}>
          {items.map((item, index) => (
            <CommunicationItem
              key={item.id}
              communication={item}
              showContact={showContact}
              canChange={canChangeCommunication(item, me)}
              isLast={index === items.length - 1}
              onEdit={(communication) => setEditing({ open: true, item: communication })}
              onDelete={handleDelete}
            />
          ))}
        </div>
        <Flex vertical align="center" gap={6} style={{ marginTop: 16 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('communications.timeline.shown', { shown: items.length, count: total })}
          </Typography.Text>
          {history.hasNextPage && (
            <Button
              onClick={() => void history.fetchNextPage()}
              loading={history.isFetchingNextPage}
            >
              {t('communications.timeline.loadMore')}
            </Button>
          )}
        </Flex>
      </>
    );
  }

  return (
    <>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 20 }}>
        <SearchInput
          value={search}
          onChange={setSearch}
          placeholder={t('communications.timeline.searchPlaceholder')}
          width={240}
        />
        <Select
          allowClear
          value={channel}
          onChange={(value?: string) => setChannel(value)}
          placeholder={t('communications.timeline.anyChannel')}
          aria-label={t('communications.timeline.anyChannel')}
          style={{ minWidth: 160 }}
          options={channels.map((value) => ({
            value,
            label: (
              <Flex gap={8}>
                {channelIcons[value]}
                {t(`communications.channels.${value}`)}
              </Flex>
            ),
          }))}
        />
        <Segmented<DirectionFilter>
          value={direction}
          onChange={setDirection}
          options={[
            { value: 'all', label: t('communications.timeline.allDirections') },
            { value: 'incoming', label: t('communications.directions.incoming') },
            { value: 'outgoing', label: t('communications.directions.outgoing') },
          ]}
        />
      </Flex>
      {body}
      <CommunicationEditDrawer
        open={editing.open}
        communication={editing.item}
        onClose={() => setEditing((current) => ({ ...current, open: false }))}
      />
    </>
  );
}
