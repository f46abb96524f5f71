import { Tag } from 'antd';
import { useStatusLabel } from './useStatusLabel';

const colors: Record<string, string> = {
  lead: 'blue',
  active: 'green',
  paused: 'gold',
  former: 'default',
};

export interface ClientStatusTagProps {
  status: string;
}

export function ClientStatusTag({ status }: ClientStatusTagProps) {
  const label = useStatusLabel();
  return (
    <Tag color={colors[status] ?? 'purple'} variant="filled" style={{ marginInlineEnd: 0 }}>
      {label(status)}
    </Tag>
  );
}
