import { WarningFilled } from '@ant-design/icons';
import type { Project } from '@crm/contracts';
import { Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../ui/useFormat';
import { budgetUsePercent } from '../projectDisplay';

export interface BudgetUseProps {
  project: Pick<Project, 'budget' | 'tasksBudget' | 'budgetState'>;
}

/** The tasks' budgets against the project's budget; over budget in red. */
export function BudgetUse({ project }: BudgetUseProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const over = project.budgetState === 'over';
  const percent = budgetUsePercent(project.budget, project.tasksBudget);
  return (
    <Tooltip title={percent === null ? undefined : t('projects.budget.useHint', { percent })}>
      <Flex vertical align="flex-end" style={{ lineHeight: 1.35, whiteSpace: 'nowrap' }}>
        <Typography.Text type={over ? 'danger' : undefined} strong={over}>
          {over && <WarningFilled style={{ marginInlineEnd: 4 }} />}
          {format.money(project.tasksBudget)}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('projects.budget.of', { budget: format.money(project.budget) })}
        </Typography.Text>
      </Flex>
    </Tooltip>
  );
}
