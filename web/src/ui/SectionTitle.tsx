import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

export interface SectionTitleProps {
  icon?: ReactNode;
  children: ReactNode;
  extra?: ReactNode;
}

/** A heading between groups of cards on a dashboard. */
export function SectionTitle({ icon, children, extra }: SectionTitleProps) {
  return (
    <Flex align="center" justify="space-between" gap={12} style={{ margin: '8px 0 12px' }}>
      <Flex align="center" gap={8}>
        {icon && <span style={{ color: '#2f54eb', fontSize: 16 }}>{icon}</span>}
        <Typography.Title level={5} style={{ margin: 0 }}>
          {children}
        </Typography.Title>
      </Flex>
      {extra}
    </Flex>
  );
}
