import { CalendarOutlined, MessageOutlined, UserOutlined } from '@ant-design/icons';
import type { Advice } from '@crm/contracts';
import { Flex, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../ui/useFormat';
import { advicePath } from '../advice.paths';
import { excerpt, plainText } from '../searchText';
import { Highlighted } from './Highlighted';
import { TopicTag } from './TopicTag';

export interface AdviceResultProps {
  advice: Advice;
  terms: readonly string[];
}

/** One tip in the results: topic, title and a piece of the text with the searched words marked. */
export function AdviceResult({ advice, terms }: AdviceResultProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useMemo(() => excerpt(plainText(advice.body), terms, 260), [advice.body, terms]);
  const author = advice.author
    ? `${advice.author.firstName} ${advice.author.lastName}`.trim()
    : t('advice.unknownAuthor');

  return (
    <article
      data-testid="advice-result"
      style={{ padding: '18px 24px', borderBottom: '1px solid #f0f0f0' }}
    >
      <Flex gap={10} align="center" wrap style={{ marginBottom: 6 }}>
        <TopicTag topic={advice.topic} />
        <Link to={advicePath(advice.id)} style={{ fontSize: 17, fontWeight: 600 }}>
          <Highlighted text={advice.title} terms={terms} />
        </Link>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: '0 0 8px', lineHeight: 1.6 }}>
        <Highlighted text={text} terms={terms} />
      </Typography.Paragraph>
      <Flex gap={18} wrap style={{ fontSize: 13, color: 'rgba(0,0,0,.5)' }}>
        <span>
          <UserOutlined /> {author}
        </span>
        <span>
          <CalendarOutlined />{' '}
          <time dateTime={advice.createdAt}>{format.date(advice.createdAt)}</time>
        </span>
        <span>
          <MessageOutlined /> {t('advice.comments.count', { count: advice.commentsCount })}
        </span>
      </Flex>
    </article>
  );
}
