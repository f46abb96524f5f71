import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { MarkdownProps } from './Markdown';

// The renderer and its parser are loaded with the first tip shown, never with the login page
// or the search page (whose excerpts are plain text).
const Markdown = lazy(async () => ({ default: (await import('./Markdown')).Markdown }));

/** `Markdown`, loaded on first use. */
export function LazyMarkdown(props: MarkdownProps) {
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 4 }} title={false} />}>
      <Markdown {...props} />
    </Suspense>
  );
}
