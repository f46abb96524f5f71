import { CrownFilled } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

export interface VipMarkProps {
  size?: number;
}

/** The crown next to a VIP client's name. */
export function VipMark({ size = 14 }: VipMarkProps) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('clients.vipHint')}>
      <CrownFilled
        role="img"
        aria-label={t('clients.vip')}
        style={{ color: '#faad14', fontSize: size }}
        data-testid="vip-mark"
      />
    </Tooltip>
  );
}
