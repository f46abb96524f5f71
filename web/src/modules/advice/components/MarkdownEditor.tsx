import { Empty, Input, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyMarkdown } from './LazyMarkdown';

export interface MarkdownEditorProps {
  value?: string;
  onChange?: (value: string) => void;
  id?: string;
  placeholder?: string;
}

/** A Markdown text box with a preview tab that renders it exactly as the tip page will. */
export function MarkdownEditor({ value = '', onChange, id, placeholder }: MarkdownEditorProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useState('write');
  return (
    <Tabs
      activeKey={tab}
      onChange={setTab}
      size="small"
      items={[
        {
          key: 'write',
          label: t('advice.editor.write'),
          children: (
            <>
              <Input.TextArea
                id={id}
                value={value}
                onChange={(event) => onChange?.(event.target.value)}
                placeholder={placeholder}
                autoSize={{ minRows: 14, maxRows: 32 }}
                maxLength={100_000}
                style={{
                  fontFamily: "'SFMono-Regular', Consolas, 'Liberation Mono', Menlo, monospace",
                  fontSize: 13.5,
                }}
              />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('advice.editor.help')}
              </Typography.Text>
            </>
          ),
        },
        {
          key: 'preview',
          label: t('advice.editor.preview'),
          children: (
            <div
              data-testid="markdown-preview"
              style={{
                minHeight: 300,
                padding: '16px 20px',
                border: '1px solid #f0f0f0',
                borderRadius: 8,
              }}
            >
              {value.trim() ? (
                <LazyMarkdown>{value}</LazyMarkdown>
              ) : (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={t('advice.editor.nothing')}
                />
              )}
            </div>
          ),
        },
      ]}
    />
  );
}
