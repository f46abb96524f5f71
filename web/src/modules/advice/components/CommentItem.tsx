import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { AdviceComment } from '@crm/contracts';
import { Avatar, Button, Flex, Input, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../ui/useFormat';

export interface CommentItemProps {
  comment: AdviceComment;
  canEdit: boolean;
  canDelete: boolean;
  onSave: (body: string) => Promise<unknown>;
  onDelete: () => void;
}

const palette = ['#2f54eb', '#13a8a8', '#722ed1', '#eb2f96', '#fa8c16', '#52c41a', '#1677ff'];

/** One comment: who, when (and whether edited), what; edited in place by its author. */
export function CommentItem({ comment, canEdit, canDelete, onSave, onDelete }: CommentItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [draft, setDraft] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const name = comment.author
    ? `${comment.author.firstName} ${comment.author.lastName}`.trim()
    : t('advice.unknownAuthor');
  const initials = comment.author
    ? `${comment.author.firstName[0] ?? ''}${comment.author.lastName[0] ?? ''}`.toUpperCase()
    : '?';
  const hash = [...(comment.authorId ?? '')].reduce((sum, char) => sum + char.charCodeAt(0), 0);

  const handleSave = async () => {
    if (draft === null || !draft.trim()) return;
    setSaving(true);
    try {
      await onSave(draft.trim());
      setDraft(null);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Flex gap={12} data-testid="advice-comment" style={{ padding: '14px 0' }}>
      <Avatar style={{ background: palette[hash % palette.length], flexShrink: 0 }}>
        {initials}
      </Avatar>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Flex justify="space-between" align="center" gap={8} wrap>
          <span>
            <Typography.Text strong>{name}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
              <time dateTime={comment.createdAt}>{format.dateTime(comment.createdAt)}</time>
              {comment.editedAt && (
                <Tooltip title={format.dateTime(comment.editedAt)}>
                  {' · '}
                  {t('advice.comments.edited')}
                </Tooltip>
              )}
            </Typography.Text>
          </span>
          {draft === null && (canEdit || canDelete) && (
            <Flex gap={2}>
              {canEdit && (
                <Tooltip title={t('common.edit')}>
                  <Button
                    type="text"
                    size="small"
                    icon={<EditOutlined />}
                    aria-label={t('advice.comments.editAria')}
                    onClick={() => setDraft(comment.body)}
                  />
                </Tooltip>
              )}
              {canDelete && (
                <Tooltip title={t('common.delete')}>
                  <Button
                    type="text"
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('advice.comments.deleteAria')}
                    onClick={onDelete}
                  />
                </Tooltip>
              )}
            </Flex>
          )}
        </Flex>
        {draft === null ? (
          <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-line' }}>
            {comment.body}
          </Typography.Paragraph>
        ) : (
          <Flex vertical gap={8} style={{ marginTop: 8 }}>
            <Input.TextArea
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              autoSize={{ minRows: 2, maxRows: 10 }}
              maxLength={10_000}
              aria-label={t('advice.comments.editAria')}
              autoFocus
            />
            <Flex gap={8} justify="flex-end">
              <Button size="small" onClick={() => setDraft(null)} disabled={saving}>
                {t('common.cancel')}
              </Button>
              <Button
                size="small"
                type="primary"
                loading={saving}
                disabled={!draft.trim()}
                onClick={() => void handleSave()}
              >
                {t('common.save')}
              </Button>
            </Flex>
          </Flex>
        )}
      </div>
    </Flex>
  );
}
