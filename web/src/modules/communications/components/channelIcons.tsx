import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  CommentOutlined,
  ContainerOutlined,
  EllipsisOutlined,
  MailOutlined,
  MessageOutlined,
  PhoneOutlined,
  PrinterOutlined,
  ShareAltOutlined,
  TeamOutlined,
  VideoCameraOutlined,
} from '@ant-design/icons';
import type { Channel, Direction } from '@crm/contracts';
import type { ReactNode } from 'react';

export const channelIcons: Record<Channel, ReactNode> = {
  email: <MailOutlined />,
  phone: <PhoneOutlined />,
  meeting: <TeamOutlined />,
  videoCall: <VideoCameraOutlined />,
  messenger: <MessageOutlined />,
  social: <ShareAltOutlined />,
  postalMail: <ContainerOutlined />,
  fax: <PrinterOutlined />,
  other: <EllipsisOutlined />,
};

export const channelColors: Record<Channel, string> = {
  email: '#2f54eb',
  phone: '#13a8a8',
  meeting: '#722ed1',
  videoCall: '#eb2f96',
  messenger: '#1677ff',
  social: '#fa8c16',
  postalMail: '#8c6d46',
  fax: '#595959',
  other: '#8c8c8c',
};

/** ↙ towards us, ↗ from us. */
export const directionIcons: Record<Direction, ReactNode> = {
  incoming: <ArrowDownOutlined rotate={45} />,
  outgoing: <ArrowUpOutlined rotate={45} />,
};

export const directionColors: Record<Direction, string> = {
  incoming: 'green',
  outgoing: 'blue',
};

export const emptyHistoryIcon = <CommentOutlined />;
