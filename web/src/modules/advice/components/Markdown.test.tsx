import { render } from '@testing-library/react';
import { Markdown } from './Markdown';

const hostile = [
  '# Tip',
  '',
  '<script>alert(1)</script>',
  '',
  '<img src=x onerror=alert(1)>',
  '',
  'Inline <img src=y onerror="window.__xss=1"> html and <a href="javascript:alert(2)">a</a>.',
  '',
  '[x](javascript:alert(1)) and [y](JaVaScRiPt:alert(1)) and [z](vbscript:msgbox) and',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '',
  '![pic](javascript:alert(3))',
  '',
  '[safe](https://example.com/docs) and [mail](mailto:a@example.com) and [local](/clients)',
].join('\n');

describe('Markdown', () => {
  it('renders no script, no event handler and no javascript: URL', () => {
    const { container } = render(<Markdown>{hostile}</Markdown>);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
    for (const element of container.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        expect(attribute.name.startsWith('on'), attribute.name).toBe(false);
        expect(attribute.value.toLowerCase().replace(/\s/g, '')).not.toMatch(
          /^(javascript|vbscript|data):/,
        );
      }
    }
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.filter((href) => href && /^(javascript|vbscript|data):/i.test(href))).toEqual([]);
    // The raw <img> tags are text, and the Markdown image lost its unsafe source: no image.
    expect(container.querySelectorAll('img')).toHaveLength(0);
    expect(container.textContent).toContain('pic');
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('shows raw HTML as the text it is', () => {
    const { container } = render(<Markdown>{'<script>alert(1)</script>'}</Markdown>);
    expect(container.textContent).toContain('<script>alert(1)</script>');
  });

  it('keeps safe links, opening them in a new tab without the opener', () => {
    const { getByRole } = render(<Markdown>{hostile}</Markdown>);
    const safe = getByRole('link', { name: 'safe' });
    expect(safe).toHaveAttribute('href', 'https://example.com/docs');
    expect(safe).toHaveAttribute('target', '_blank');
    expect(safe).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    expect(getByRole('link', { name: 'mail' })).toHaveAttribute('href', 'mailto:a@example.com');
    expect(getByRole('link', { name: 'local' })).toHaveAttribute('href', '/clients');
  });

  it('renders the usual Markdown: headings, emphasis, lists and tables', () => {
    const { container } = render(
      <Markdown>
        {
          '## Steps\n\n1. **Call** the client\n2. _Write_ it down\n\n| a | b |\n|---|---|\n| 1 | 2 |'
        }
      </Markdown>,
    );
    expect(container.querySelector('h2')?.textContent).toBe('Steps');
    expect(container.querySelector('ol strong')?.textContent).toBe('Call');
    expect(container.querySelector('table td')?.textContent).toBe('1');
  });
});
