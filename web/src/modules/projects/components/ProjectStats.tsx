import {
  CalendarOutlined,
  CheckCircleOutlined,
  ExclamationCircleOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import type { Project } from '@crm/contracts';
import { Card, Col, Flex, Progress, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../ui/useFormat';
import { budgetUsePercent, isPastDeadline, progressPercent, todayIso } from '../projectDisplay';

interface StatProps {
  icon: ReactNode;
  tone: string;
  label: ReactNode;
  value: ReactNode;
  footer?: ReactNode;
  testId?: string;
}

function Stat({ icon, tone, label, value, footer, testId }: StatProps) {
  return (
    <Card style={{ height: '100%' }} data-testid={testId}>
      <Flex gap={14} align="flex-start">
        <Flex
          align="center"
          justify="center"
          style={{
            width: 40,
            height: 40,
            borderRadius: 10,
            background: `${tone}14`,
            color: tone,
            fontSize: 18,
            flexShrink: 0,
          }}
        >
          {icon}
        </Flex>
        <Flex vertical style={{ flex: 1, minWidth: 0 }}>
          <Typography.Text type="secondary">{label}</Typography.Text>
          <Typography.Text strong ellipsis style={{ fontSize: 18, lineHeight: 1.4 }}>
            {value}
          </Typography.Text>
          {footer}
        </Flex>
      </Flex>
    </Card>
  );
}

export interface ProjectStatsProps {
  project: Project;
}

/** The project's state at a glance: progress, overdue tasks, budget use, deadline. */
export function ProjectStats({ project }: ProjectStatsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { state } = project;
  const percent = progressPercent(state);
  const budgetPercent = budgetUsePercent(project.budget, project.tasksBudget);
  const over = project.budgetState === 'over';
  const late = isPastDeadline(project, todayIso());

  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={24} sm={12} xl={6}>
        <Stat
          testId="project-progress"
          icon={<CheckCircleOutlined />}
          tone="#52c41a"
          label={t('projects.state.tasksDone')}
          value={t('projects.state.doneOfTotal', {
            done: state.tasksDone,
            total: state.tasksTotal,
          })}
          footer={<Progress percent={percent} size="small" status="normal" />}
        />
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Stat
          icon={<ExclamationCircleOutlined />}
          tone={state.tasksOverdue > 0 ? '#f5222d' : '#8c8c8c'}
          label={t('projects.state.overdue')}
          value={
            <Typography.Text
              type={state.tasksOverdue > 0 ? 'danger' : undefined}
              style={{ fontSize: 18 }}
            >
              {state.tasksOverdue}
            </Typography.Text>
          }
          footer={
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {state.tasksOverdue > 0
                ? t('projects.state.overdueHint')
                : t('projects.state.noOverdue')}
            </Typography.Text>
          }
        />
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Stat
          testId="project-budget"
          icon={<WalletOutlined />}
          tone={over ? '#f5222d' : '#2f54eb'}
          label={over ? t('projects.budget.over') : t('projects.budget.within')}
          value={
            <Typography.Text type={over ? 'danger' : undefined} style={{ fontSize: 18 }}>
              {format.money(project.tasksBudget)}
            </Typography.Text>
          }
          footer={
            <>
              <Progress
                percent={Math.min(100, budgetPercent ?? 0)}
                size="small"
                status={over ? 'exception' : 'normal'}
                showInfo={false}
              />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('projects.budget.of', { budget: format.money(project.budget) })}
                {budgetPercent !== null && ` · ${budgetPercent}%`}
              </Typography.Text>
            </>
          }
        />
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Stat
          icon={<CalendarOutlined />}
          tone={late ? '#f5222d' : '#fa8c16'}
          label={t('projects.fields.deadline')}
          value={
            <Typography.Text type={late ? 'danger' : undefined} style={{ fontSize: 18 }}>
              {project.deadline ? format.date(project.deadline) : '—'}
            </Typography.Text>
          }
          footer={
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {project.startDate
                ? t('projects.startedOn', { date: format.date(project.startDate) })
                : t('projects.noStart')}
            </Typography.Text>
          }
        />
      </Col>
    </Row>
  );
}
