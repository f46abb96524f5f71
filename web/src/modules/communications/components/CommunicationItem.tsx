import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { Communication } from '@crm/contracts';
import { Button, Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { contactPath } from '../../clients/routes';
import { useFormat } from '../../../ui/useFormat';
import { channelColors, channelIcons, directionColors, directionIcons } from './channelIcons';

export interface CommunicationItemProps {
  communication: Communication;
  /** Name the contact person (on a client's history, where there are several). */
  showContact: boolean;
  canChange: boolean;
  isLast: boolean;
  onEdit: (communication: Communication) => void;
  onDelete: (communication: Communication) => void;
}

/** One entry of a history: channel, direction, when, who, what was said. */
export function CommunicationItem({
  communication: c,
  showContact,
  canChange,
  isLast,
  onEdit,
  onDelete,
}: CommunicationItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const contactName = `${c.contact.firstName} ${c.contact.lastName}`.trim();
  const authorName = c.author ? `${c.author.firstName} ${c.author.lastName}`.trim() : null;

  return (
    <Flex gap={14} role="listitem" data-testid="communication">
      <Flex vertical align="center" style={{ flexShrink: 0 }}>
        <Tooltip title={t(`communications.channels.${c.channel}`)}>
          <Flex
            align="center"
            justify="center"
            aria-hidden
            style={{
              width: 36,
              height: 36,
              borderRadius: '50%',
              color: channelColors[c.channel],
              background: `${channelColors[c.channel]}1a`,
              fontSize: 16,
            }}
          >
            {channelIcons[c.channel]}
          </Flex>
        </Tooltip>
        {!isLast && <div style={{ flex: 1, width: 2, background: '#eef0f5', marginTop: 6 }} />}
      </Flex>
      <div style={{ flex: 1, minWidth: 0, paddingBottom: isLast ? 0 : 22 }}>
        <Flex justify="space-between" align="flex-start" gap={8} wrap>
          <Flex gap={8} align="center" wrap style={{ minWidth: 0 }}>
            <Typography.Text strong>{t(`communications.channels.${c.channel}`)}</Typography.Text>
            {c.channelNote && (
              <Typography.Text type="secondary" ellipsis style={{ maxWidth: 260 }}>
                {c.channelNote}
              </Typography.Text>
            )}
            <Tag
              color={directionColors[c.direction]}
              variant="filled"
              icon={directionIcons[c.direction]}
              style={{ marginInlineEnd: 0 }}
            >
              {t(`communications.directions.${c.direction}`)}
            </Tag>
          </Flex>
          <Flex gap={4} align="center">
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              <time dateTime={c.occurredAt}>{format.dateTime(c.occurredAt)}</time>
            </Typography.Text>
            {canChange && (
              <>
                <Tooltip title={t('common.edit')}>
                  <Button
                    type="text"
                    size="small"
                    icon={<EditOutlined />}
                    aria-label={t('communications.timeline.editAria')}
                    onClick={() => onEdit(c)}
                  />
                </Tooltip>
                <Tooltip title={t('common.delete')}>
                  <Button
                    type="text"
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('communications.timeline.deleteAria')}
                    onClick={() => onDelete(c)}
                  />
                </Tooltip>
              </>
            )}
          </Flex>
        </Flex>
        <Typography.Paragraph
          style={{ margin: '6px 0 4px', whiteSpace: 'pre-line' }}
          ellipsis={{
            rows: 4,
            expandable: 'collapsible',
            symbol: (expanded) =>
              expanded ? t('communications.timeline.less') : t('communications.timeline.more'),
          }}
        >
          {c.description}
        </Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {showContact && (
            <>
              {t('communications.timeline.with')}{' '}
              <Link to={contactPath(c.contactId)}>{contactName}</Link>
              {' · '}
            </>
          )}
          {authorName
            ? t('communications.timeline.loggedBy', { name: authorName })
            : t('communications.timeline.unknownAuthor')}
        </Typography.Text>
      </div>
    </Flex>
  );
}
