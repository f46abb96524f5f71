import type { Team } from '@crm/contracts';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PhotoAvatar } from '../../../ui/PhotoAvatar';
import { leadOf, memberName } from '../teamMembers';
import { LeadStar } from './LeadStar';

export interface TeamLeadCellProps {
  team: Team;
}

export function TeamLeadCell({ team }: TeamLeadCellProps) {
  const { t } = useTranslation();
  const lead = leadOf(team.members);
  if (!lead) return <Typography.Text type="secondary">{t('teams.noLead')}</Typography.Text>;
  return (
    <Flex align="center" gap={8}>
      <PhotoAvatar name={memberName(lead)} photoUrl={lead.photoUrl} size={28} />
      <span>{memberName(lead)}</span>
      <LeadStar />
    </Flex>
  );
}
