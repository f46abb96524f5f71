import { StarFilled } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

export const leadColor = '#faad14';

/** The team lead's mark. */
export function LeadStar() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('teams.lead')}>
      <StarFilled style={{ color: leadColor }} aria-label={t('teams.lead')} role="img" />
    </Tooltip>
  );
}
