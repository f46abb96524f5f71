import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface StatCardProps {
  title: ReactNode;
  value: ReactNode;
  icon: ReactNode;
  /** The accent of the icon tile. */
  color?: string;
  /** A line under the value: a breakdown, a comparison. */
  footnote?: ReactNode;
  /** Makes the whole card a link. */
  to?: string;
  testId?: string;
  loading?: boolean;
}

/** A headline figure of a dashboard: label, big number, icon tile, optional breakdown. */
export function StatCard({
  title,
  value,
  icon,
  color = '#2f54eb',
  footnote,
  to,
  testId,
  loading,
}: StatCardProps) {
  const card = (
    <Card
      hoverable={Boolean(to)}
      loading={loading}
      data-testid={testId}
      style={{ height: '100%' }}
      styles={{ body: { padding: '18px 20px' } }}
    >
      <Flex gap={16} align="flex-start" justify="space-between">
        <div style={{ minWidth: 0 }}>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {title}
          </Typography.Text>
          <div
            data-testid={testId ? `${testId}-value` : undefined}
            style={{
              fontSize: 28,
              fontWeight: 600,
              lineHeight: 1.25,
              marginTop: 4,
              color: '#0f1b3d',
            }}
          >
            {value}
          </div>
          {footnote && (
            <Typography.Text
              type="secondary"
              style={{ fontSize: 12, display: 'block', marginTop: 4 }}
            >
              {footnote}
            </Typography.Text>
          )}
        </div>
        <Flex
          align="center"
          justify="center"
          style={{
            width: 44,
            height: 44,
            borderRadius: 12,
            background: `${color}14`,
            color,
            fontSize: 20,
            flexShrink: 0,
          }}
        >
          {icon}
        </Flex>
      </Flex>
    </Card>
  );
  return to ? (
    <Link to={to} style={{ display: 'block', height: '100%' }}>
      {card}
    </Link>
  ) : (
    card
  );
}
