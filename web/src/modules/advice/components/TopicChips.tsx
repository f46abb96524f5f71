import { Flex, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAdviceTopics } from '../advice.queries';

export interface TopicChipsProps {
  value: string | undefined;
  onChange: (topic: string | undefined) => void;
}

/** Every topic with how many tips it has; one can be chosen to narrow the results. */
export function TopicChips({ value, onChange }: TopicChipsProps) {
  const { t } = useTranslation();
  const topics = useAdviceTopics();
  if (topics.isPending) return <Skeleton.Input active size="small" style={{ width: 420 }} />;
  const items = topics.data ?? [];
  const total = items.reduce((sum, item) => sum + item.count, 0);
  const chip = (key: string, label: string, count: number, checked: boolean, topic?: string) => (
    <Tag.CheckableTag
      key={key}
      checked={checked}
      onChange={() => onChange(topic)}
      style={{ fontSize: 13, padding: '3px 12px', borderRadius: 16, marginInlineEnd: 0 }}
      aria-pressed={checked}
    >
      {label}
      <span style={{ opacity: 0.6, marginInlineStart: 6 }}>{count}</span>
    </Tag.CheckableTag>
  );
  return (
    <Flex gap={8} wrap role="group" aria-label={t('advice.search.topics')}>
      {chip('*', t('advice.search.allTopics'), total, !value)}
      {items.map((item) =>
        chip(item.topic, item.topic, item.count, value === item.topic, item.topic),
      )}
      {value && !items.some((item) => item.topic === value) && chip(value, value, 0, true, value)}
    </Flex>
  );
}
