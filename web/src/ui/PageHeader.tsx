import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

export interface PageHeaderProps {
  title: ReactNode;
  subtitle?: ReactNode;
  /** Shown before the title: a back link, an avatar. */
  prefix?: ReactNode;
  /** Buttons on the right. */
  actions?: ReactNode;
}

export function PageHeader({ title, subtitle, prefix, actions }: PageHeaderProps) {
  return (
    <Flex align="center" justify="space-between" gap={16} wrap style={{ marginBottom: 20 }}>
      <Flex align="center" gap={14} style={{ minWidth: 0 }}>
        {prefix}
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={3} style={{ margin: 0 }} ellipsis>
            {title}
          </Typography.Title>
          {subtitle && (
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 2 }}>
              {subtitle}
            </Typography.Text>
          )}
        </div>
      </Flex>
      {actions && (
        <Flex gap={8} wrap>
          {actions}
        </Flex>
      )}
    </Flex>
  );
}
