import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  EllipsisOutlined,
  InboxOutlined,
  MailOutlined,
  MessageOutlined,
  PhoneOutlined,
  PrinterOutlined,
  ShareAltOutlined,
  TeamOutlined,
  VideoCameraOutlined,
} from '@ant-design/icons';
import { Flex, Tag, Typography } from 'antd';
import type { Channel, Direction } from '@crm/contracts';
import type { ReactNode } from 'react';
import { useLabels } from '../../statistics/useLabels';

const icons: Record<Channel, ReactNode> = {
  email: <MailOutlined />,
  phone: <PhoneOutlined />,
  meeting: <TeamOutlined />,
  videoCall: <VideoCameraOutlined />,
  messenger: <MessageOutlined />,
  social: <ShareAltOutlined />,
  postalMail: <InboxOutlined />,
  fax: <PrinterOutlined />,
  other: <EllipsisOutlined />,
};

export interface ChannelTagProps {
  channel: Channel;
  note?: string | null;
}

/** The channel with its icon, and the note on it (which number, which messenger). */
export function ChannelTag({ channel, note }: ChannelTagProps) {
  const labels = useLabels();
  return (
    <Flex gap={6} align="center" style={{ minWidth: 0 }}>
      <Tag icon={icons[channel]} variant="filled" style={{ marginInlineEnd: 0 }}>
        {labels.channel(channel)}
      </Tag>
      {note && (
        <Typography.Text
          type="secondary"
          style={{ fontSize: 12, maxWidth: 80 }}
          ellipsis={{ tooltip: note }}
        >
          {note}
        </Typography.Text>
      )}
    </Flex>
  );
}

export interface DirectionTagProps {
  direction: Direction;
}

export function DirectionTag({ direction }: DirectionTagProps) {
  const labels = useLabels();
  return direction === 'incoming' ? (
    <Tag color="cyan" icon={<ArrowDownOutlined />} variant="filled">
      {labels.direction(direction)}
    </Tag>
  ) : (
    <Tag color="geekblue" icon={<ArrowUpOutlined />} variant="filled">
      {labels.direction(direction)}
    </Tag>
  );
}
