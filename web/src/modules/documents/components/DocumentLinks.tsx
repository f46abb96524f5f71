import { BankOutlined, CheckSquareOutlined, ProjectOutlined } from '@ant-design/icons';
import type { DocumentRecord } from '@crm/contracts';
import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { clientPath, projectPath, taskPath } from '../documents.paths';

export type LinkKind = 'client' | 'project' | 'task';

export interface DocumentLinksProps {
  document: Pick<DocumentRecord, 'client' | 'project' | 'task'>;
  /** Links not worth repeating (e.g. the project, on that project's page). */
  hide?: readonly LinkKind[];
}

function Item({
  icon,
  to,
  label,
  title,
}: {
  icon: ReactNode;
  to: string;
  label: string;
  title: string;
}) {
  return (
    <Flex gap={6} align="center" style={{ minWidth: 0 }}>
      <span style={{ color: 'rgba(0,0,0,.35)' }} title={title} aria-label={title}>
        {icon}
      </span>
      <Link
        to={to}
        onClick={(event) => event.stopPropagation()}
        style={{
          maxWidth: 220,
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          whiteSpace: 'nowrap',
        }}
        title={label}
      >
        {label}
      </Link>
    </Flex>
  );
}

/** The client, project and task a document belongs to, each a link; a dash when none. */
export function DocumentLinks({ document, hide = [] }: DocumentLinksProps) {
  const { t } = useTranslation();
  const items: ReactNode[] = [];
  if (document.client && !hide.includes('client')) {
    items.push(
      <Item
        key="client"
        icon={<BankOutlined />}
        to={clientPath(document.client.id)}
        label={document.client.name}
        title={t('documents.fields.client')}
      />,
    );
  }
  if (document.project && !hide.includes('project')) {
    items.push(
      <Item
        key="project"
        icon={<ProjectOutlined />}
        to={projectPath(document.project.id)}
        label={document.project.name}
        title={t('documents.fields.project')}
      />,
    );
  }
  if (document.task && !hide.includes('task')) {
    items.push(
      <Item
        key="task"
        icon={<CheckSquareOutlined />}
        to={taskPath(document.task.id)}
        label={document.task.title}
        title={t('documents.fields.task')}
      />,
    );
  }
  if (items.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex vertical gap={2}>
      {items}
    </Flex>
  );
}
