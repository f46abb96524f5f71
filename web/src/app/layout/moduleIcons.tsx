import {
  BankOutlined,
  BarChartOutlined,
  BulbOutlined,
  CheckSquareOutlined,
  ContactsOutlined,
  FileTextOutlined,
  HomeOutlined,
  ProjectOutlined,
  TeamOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { AppModule } from '../access';

export const moduleIcons: Record<AppModule, ReactNode> = {
  home: <HomeOutlined />,
  clients: <BankOutlined />,
  contacts: <ContactsOutlined />,
  projects: <ProjectOutlined />,
  tasks: <CheckSquareOutlined />,
  teams: <TeamOutlined />,
  documents: <FileTextOutlined />,
  advisor: <BulbOutlined />,
  statistics: <BarChartOutlined />,
  users: <UserSwitchOutlined />,
};
