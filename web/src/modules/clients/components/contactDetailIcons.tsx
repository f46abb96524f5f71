import {
  ContainerOutlined,
  EnvironmentOutlined,
  FacebookOutlined,
  GlobalOutlined,
  InstagramOutlined,
  LinkedinOutlined,
  MailOutlined,
  MessageOutlined,
  PhoneOutlined,
  PrinterOutlined,
  SendOutlined,
  ShareAltOutlined,
  WhatsAppOutlined,
  XOutlined,
} from '@ant-design/icons';
import type { ContactDetailKind } from '@crm/contracts';
import type { ReactNode } from 'react';

export const detailKindIcons: Record<ContactDetailKind, ReactNode> = {
  phone: <PhoneOutlined />,
  email: <MailOutlined />,
  website: <GlobalOutlined />,
  social: <ShareAltOutlined />,
  address: <EnvironmentOutlined />,
  postalAddress: <ContainerOutlined />,
  fax: <PrinterOutlined />,
};

const networkIcons: Record<string, ReactNode> = {
  telegram: <SendOutlined />,
  viber: <MessageOutlined />,
  whatsapp: <WhatsAppOutlined />,
  linkedin: <LinkedinOutlined />,
  facebook: <FacebookOutlined />,
  instagram: <InstagramOutlined />,
  x: <XOutlined />,
  twitter: <XOutlined />,
};

/** The icon of a detail: the network's own for well-known social networks. */
export function detailIcon(kind: ContactDetailKind, network?: string | null): ReactNode {
  if (kind === 'social' && network) {
    return networkIcons[network.trim().toLowerCase()] ?? detailKindIcons.social;
  }
  return detailKindIcons[kind];
}
