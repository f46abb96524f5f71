import { BulbOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Pagination,
  Segmented,
  Skeleton,
  Typography,
} from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useErrorMessage } from '../../../ui/errorMessage';
import { PageHeader } from '../../../ui/PageHeader';
import { PAGE_SIZES } from '../../../ui/list/listState';
import { newAdvicePath } from '../advice.paths';
import { useAdviceSearch } from '../advice.queries';
import { AdviceResult } from '../components/AdviceResult';
import { BigSearchInput } from '../components/BigSearchInput';
import { TopicChips } from '../components/TopicChips';
import { searchTerms } from '../searchText';

type SortChoice = 'relevance' | '-createdAt' | '-updatedAt' | 'title';

export function AdvisorPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorMessage();
  const list = useAdviceSearch();
  const { state, query } = list;
  const searching = state.search !== '';
  const terms = useMemo(() => searchTerms(state.search), [state.search]);
  const sort: SortChoice = ((state.sort === 'relevance' && !searching ? undefined : state.sort) ??
    (searching ? 'relevance' : '-createdAt')) as SortChoice;
  const data = query.data;

  const handleCreate = () => void navigate(newAdvicePath);
  // A new search starts from the best matches, whatever order the previous one was in.
  const { update } = list;
  const handleSearch = useCallback(
    (search: string) => update({ search, sort: undefined }, true),
    [update],
  );

  let results;
  if (query.isPending) {
    results = (
      <div style={{ padding: 24 }}>
        <Skeleton active paragraph={{ rows: 2 }} />
        <Skeleton active paragraph={{ rows: 2 }} />
      </div>
    );
  } else if (query.isError && !data) {
    results = (
      <Alert
        type="warning"
        showIcon
        banner
        title={errorText(query.error)}
        action={
          <Button size="small" onClick={() => void query.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  } else if (!data || data.items.length === 0) {
    results = list.filtered ? (
      <Empty
        style={{ padding: '40px 0' }}
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('advice.search.noMatches')}
      >
        <Button onClick={list.reset}>{t('list.clearFilters')}</Button>
      </Empty>
    ) : (
      <Empty
        style={{ padding: '40px 0' }}
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('advice.search.empty')}
      >
        <Button type="primary" onClick={handleCreate}>
          {t('advice.create')}
        </Button>
      </Empty>
    );
  } else {
    results = (
      <div style={{ opacity: query.isPlaceholderData ? 0.6 : 1, transition: 'opacity .2s' }}>
        {data.items.map((advice) => (
          <AdviceResult key={advice.id} advice={advice} terms={terms} />
        ))}
      </div>
    );
  }

  return (
    <>
      <PageHeader
        title={t('advice.title')}
        subtitle={t('advice.subtitle')}
        actions={
          <Button type="primary" icon={<PlusOutlined />} onClick={handleCreate}>
            {t('advice.create')}
          </Button>
        }
      />
      <Card
        style={{
          marginBottom: 16,
          background: 'linear-gradient(135deg, #f0f5ff 0%, #f9f0ff 100%)',
          border: 'none',
        }}
        styles={{ body: { padding: '28px 32px' } }}
      >
        <Flex vertical gap={16} style={{ maxWidth: 880, margin: '0 auto' }}>
          <Flex align="center" gap={10}>
            <BulbOutlined style={{ fontSize: 22, color: '#722ed1' }} />
            <Typography.Text style={{ fontSize: 16 }}>{t('advice.search.prompt')}</Typography.Text>
          </Flex>
          <BigSearchInput
            value={state.search}
            onChange={handleSearch}
            placeholder={t('advice.search.placeholder')}
            label={t('advice.search.label')}
          />
          <TopicChips
            value={state.filters.topic}
            onChange={(topic) => list.setFilter('topic', topic)}
          />
        </Flex>
      </Card>
      <Card styles={{ body: { padding: 0 } }}>
        <Flex
          justify="space-between"
          align="center"
          gap={12}
          wrap
          style={{ padding: '14px 24px', borderBottom: '1px solid #f0f0f0' }}
        >
          <Typography.Text type="secondary" aria-live="polite">
            {data
              ? searching
                ? t('advice.search.found', { count: data.total, search: state.search })
                : t('advice.search.total', { count: data.total })
              : '\u00a0'}
          </Typography.Text>
          <Segmented<SortChoice>
            value={sort}
            onChange={(value) =>
              list.setSort(value === (searching ? 'relevance' : '-createdAt') ? undefined : value)
            }
            options={[
              // Relevance means nothing without search words.
              ...(searching
                ? [{ value: 'relevance' as const, label: t('advice.sort.relevance') }]
                : []),
              { value: '-createdAt', label: t('advice.sort.newest') },
              { value: '-updatedAt', label: t('advice.sort.updated') },
              { value: 'title', label: t('advice.sort.title') },
            ]}
          />
        </Flex>
        {query.isError && data && (
          <Alert type="warning" showIcon banner title={errorText(query.error)} />
        )}
        {results}
        {data && data.total > state.pageSize && (
          <Flex justify="center" style={{ padding: 16 }}>
            <Pagination
              current={state.page}
              pageSize={state.pageSize}
              total={data.total}
              showSizeChanger
              pageSizeOptions={PAGE_SIZES.map(String)}
              onChange={(page, pageSize) => list.setPage(page, pageSize)}
            />
          </Flex>
        )}
      </Card>
    </>
  );
}
