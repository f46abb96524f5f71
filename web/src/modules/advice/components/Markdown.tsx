import type { Components } from 'react-markdown';
import ReactMarkdown, { defaultUrlTransform } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import './Markdown.css';

export interface MarkdownProps {
  children: string;
}

const components: Components = {
  // Links leave the CRM in a new tab and take no referrer or window handle with them.
  // A link whose URL was dropped as unsafe stays as its text.
  a: ({ node: _node, href, children, ...rest }) =>
    href ? (
      <a {...rest} href={href} target="_blank" rel="noopener noreferrer nofollow">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  img: ({ node: _node, alt, src, ...rest }) =>
    typeof src === 'string' && src ? (
      <img {...rest} src={src} alt={alt ?? ''} loading="lazy" referrerPolicy="no-referrer" />
    ) : (
      <span>{alt}</span>
    ),
};

/**
 * Tip text (Markdown, GitHub flavour) rendered safely: raw HTML is never interpreted — it
 * shows as the text it is (there is no rehype-raw) — and URLs keep react-markdown's
 * sanitising, so `javascript:` and other unsafe protocols are dropped.
 */
export function Markdown({ children }: MarkdownProps) {
  return (
    <div className="advice-markdown">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        components={components}
        urlTransform={defaultUrlTransform}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
