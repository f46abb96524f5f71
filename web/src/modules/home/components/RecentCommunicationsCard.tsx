import { Card, Flex, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Communication } from '@crm/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { modulePaths } from '../../../app/paths';
import { PhotoAvatar } from '../../../ui/PhotoAvatar';
import { useFormat } from '../../../ui/useFormat';
import { links } from '../links';
import { ChannelTag, DirectionTag } from './ChannelTag';

export interface RecentCommunicationsCardProps {
  communications: Communication[];
}

/** The latest contacts with my clients, newest first. */
export function RecentCommunicationsCard({ communications }: RecentCommunicationsCardProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const timeFormat = Intl.DateTimeFormat(i18n.language === 'uk' ? 'uk-UA' : 'en-US', {
    hour: '2-digit',
    minute: '2-digit',
  });
  const timeOf = (iso: string) => timeFormat.format(new Date(iso));
  const columns: TableColumnsType<Communication> = [
    {
      key: 'when',
      title: t('homePage.communications.when'),
      width: 118,
      render: (_, item) => (
        <Flex vertical>
          <Typography.Text style={{ whiteSpace: 'nowrap' }}>
            {format.date(item.occurredAt)}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {timeOf(item.occurredAt)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'client',
      title: t('homePage.communications.client'),
      render: (_, item) => {
        const contact = `${item.contact.firstName} ${item.contact.lastName}`.trim();
        return (
          <Flex gap={10} align="flex-start" style={{ minWidth: 0 }}>
            <PhotoAvatar name={item.client.name} size={30} shape="square" />
            <Flex vertical style={{ minWidth: 0 }}>
              <Link to={links.client(item.clientId)} style={{ fontWeight: 500 }}>
                {item.client.name}
              </Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <Link to={links.contact(item.contactId)} style={{ color: 'inherit' }}>
                  {contact}
                </Link>
              </Typography.Text>
              <Typography.Paragraph
                type="secondary"
                ellipsis={{ rows: 1, tooltip: item.description }}
                style={{ fontSize: 12, margin: 0, maxWidth: 340 }}
              >
                {item.description}
              </Typography.Paragraph>
            </Flex>
          </Flex>
        );
      },
    },
    {
      key: 'channel',
      title: t('homePage.communications.channel'),
      width: 150,
      render: (_, item) => (
        <Flex vertical gap={4} align="flex-start">
          <ChannelTag channel={item.channel} note={item.channelNote} />
          <DirectionTag direction={item.direction} />
        </Flex>
      ),
    },
    {
      key: 'author',
      title: t('homePage.communications.author'),
      width: 130,
      render: (_, item) =>
        item.author ? (
          `${item.author.firstName} ${item.author.lastName}`.trim()
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];

  return (
    <Card
      data-testid="home-recent-communications"
      title={t('homePage.manager.communicationsTitle')}
      extra={<Link to={modulePaths.contacts}>{t('homePage.allContacts')}</Link>}
      style={{ height: '100%' }}
      styles={{ body: { padding: 0 } }}
    >
      <Table<Communication>
        size="middle"
        columns={columns}
        dataSource={communications}
        rowKey="id"
        pagination={false}
        scroll={{ x: 620 }}
        locale={{
          emptyText: (
            <Typography.Text type="secondary">
              {t('homePage.manager.noCommunications')}
            </Typography.Text>
          ),
        }}
      />
    </Card>
  );
}
