import { Typography } from 'antd';
import type { ContactDetailView } from '../contactDetails';
import { contactDetailHref } from '../contactDetails';

export interface DetailLinkProps {
  detail: ContactDetailView | undefined;
  /** Cut long values (e-mails) with an ellipsis; the full value is in the tooltip. */
  maxWidth?: number;
}

/** A phone or e-mail in a table cell: a link that does not open the row. */
export function DetailLink({ detail, maxWidth }: DetailLinkProps) {
  if (!detail) return <Typography.Text type="secondary">—</Typography.Text>;
  const href = contactDetailHref(detail);
  if (!href) return <>{detail.value}</>;
  return (
    <Typography.Link
      href={href}
      onClick={(event) => event.stopPropagation()}
      title={maxWidth ? detail.value : undefined}
      style={{
        whiteSpace: 'nowrap',
        ...(maxWidth && {
          display: 'inline-block',
          maxWidth,
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          verticalAlign: 'bottom',
        }),
      }}
    >
      {detail.value}
    </Typography.Link>
  );
}
