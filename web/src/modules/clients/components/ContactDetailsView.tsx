import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactDetailView } from '../contactDetails';
import { contactDetailHref } from '../contactDetails';
import { detailIcon } from './contactDetailIcons';

export interface ContactDetailsViewProps {
  details: readonly ContactDetailView[];
  /** Shown when there are none. */
  empty?: ReactNode;
}

/**
 * A record's contact details as a list: each with its icon, what kind it is (and the network and
 * label), and the value as a link where one makes sense — `mailto:`, `tel:` or a web address.
 */
export function ContactDetailsView({ details, empty }: ContactDetailsViewProps) {
  const { t } = useTranslation();
  if (details.length === 0) {
    return <Typography.Text type="secondary">{empty ?? t('clients.details.none')}</Typography.Text>;
  }
  return (
    <Flex vertical gap={14} role="list" aria-label={t('clients.sections.contactDetails')}>
      {details.map((detail, index) => {
        const href = contactDetailHref(detail);
        const external = href?.startsWith('http');
        const caption = [
          detail.kind === 'social' && detail.network
            ? detail.network
            : t(`clients.details.kinds.${detail.kind}`),
          detail.label,
        ]
          .filter(Boolean)
          .join(' · ');
        return (
          <Flex key={`${detail.kind}-${index}`} gap={12} align="flex-start" role="listitem">
            <Flex
              align="center"
              justify="center"
              style={{
                width: 32,
                height: 32,
                borderRadius: 8,
                background: '#f0f3ff',
                color: '#2f54eb',
                flexShrink: 0,
              }}
            >
              {detailIcon(detail.kind, detail.network)}
            </Flex>
            <Flex vertical style={{ minWidth: 0, lineHeight: 1.35 }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {caption}
              </Typography.Text>
              <Typography.Text
                copyable={{ text: detail.value, tooltips: [t('common.copy'), t('common.copied')] }}
                style={{ wordBreak: 'break-word', whiteSpace: 'pre-line' }}
              >
                {href ? (
                  <Typography.Link
                    href={href}
                    target={external ? '_blank' : undefined}
                    rel={external ? 'noopener noreferrer' : undefined}
                  >
                    {detail.value}
                  </Typography.Link>
                ) : (
                  detail.value
                )}
              </Typography.Text>
            </Flex>
          </Flex>
        );
      })}
    </Flex>
  );
}
