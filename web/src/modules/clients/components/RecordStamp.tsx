import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../ui/useFormat';
import { fullName } from '../../users/components/UserNameCell';
import { useUser } from '../../users/users.queries';

export interface RecordStampProps {
  at: string;
  by: string | null;
}

/** "Nov 20, 2026 by Olena Kovalenko": when a record was created or changed, and by whom. */
export function RecordStamp({ at, by }: RecordStampProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <span>
      {format.dateTime(at)}
      {by && <ByUser id={by} label={t('clients.record.by')} />}
    </span>
  );
}

function ByUser({ id, label }: { id: string; label: string }) {
  const user = useUser(id);
  if (!user.data) return null;
  return (
    <Typography.Text type="secondary">
      {' '}
      {label} {fullName(user.data)}
    </Typography.Text>
  );
}
