import {
  BankOutlined,
  BulbOutlined,
  CheckSquareOutlined,
  MessageOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import type { ManagerHome } from '@crm/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../../app/i18n';
import { useFormat } from '../../../ui/useFormat';
import { formatMoneyPerCurrency } from '../money';

export interface MyFiguresCardProps {
  figures: ManagerHome['figures'];
}

interface FigureLineProps {
  icon: ReactNode;
  label: string;
  children: ReactNode;
  testId?: string;
}

function FigureLine({ icon, label, children, testId }: FigureLineProps) {
  return (
    <Flex align="flex-start" gap={12} style={{ padding: '10px 0', borderTop: '1px solid #f3f4f8' }}>
      <Flex
        align="center"
        justify="center"
        style={{
          width: 32,
          height: 32,
          borderRadius: 8,
          background: '#f0f5ff',
          color: '#2f54eb',
          flexShrink: 0,
        }}
      >
        {icon}
      </Flex>
      <Typography.Text type="secondary" style={{ flex: 1, paddingTop: 5 }}>
        {label}
      </Typography.Text>
      <div data-testid={testId} style={{ textAlign: 'end', paddingTop: 5, fontWeight: 600 }}>
        {children}
      </div>
    </Flex>
  );
}

/** The manager's personal numbers; money stays per currency, never summed across. */
export function MyFiguresCard({ figures }: MyFiguresCardProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const budgets = formatMoneyPerCurrency(figures.budgetOfMyClientsProjects, language);
  return (
    <Card data-testid="home-my-figures" title={t('homePage.manager.figuresTitle')}>
      <Flex vertical style={{ marginTop: -10 }}>
        <FigureLine icon={<BankOutlined />} label={t('homePage.figures.clients')}>
          {format.number(figures.clients)}
        </FigureLine>
        <FigureLine icon={<MessageOutlined />} label={t('homePage.figures.communications30')}>
          {format.number(figures.communicationsLast30Days)}
        </FigureLine>
        <FigureLine icon={<CheckSquareOutlined />} label={t('homePage.figures.tasksCreated')}>
          {format.number(figures.tasksCreated)}
        </FigureLine>
        <FigureLine icon={<BulbOutlined />} label={t('homePage.figures.tipsWritten')}>
          {format.number(figures.tipsWritten)}
        </FigureLine>
        <FigureLine
          icon={<WalletOutlined />}
          label={t('homePage.figures.budget')}
          testId="home-budget-per-currency"
        >
          {budgets.length === 0 ? (
            <Typography.Text type="secondary">—</Typography.Text>
          ) : (
            budgets.map((line) => <div key={line.currency}>{line.text}</div>)
          )}
        </FigureLine>
      </Flex>
    </Card>
  );
}
