/** Words of a search, as the user means them: lower case, no quotes or stray punctuation. */
export function searchTerms(search: string): string[] {
  const words = search
    .toLowerCase()
    .split(/[\s"'«»“”„,.;:!?()[\]{}<>]+/u)
    .map((word) => word.replace(/^[-*_]+|[-*_]+$/g, ''))
    .filter((word) => [...word].length >= 2);
  // Longest first, so "client" wins over "cli" where both match at one place.
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function termsPattern(terms: readonly string[]): RegExp | null {
  if (terms.length === 0) return null;
  return new RegExp(`(${terms.map(escape).join('|')})`, 'giu');
}

export interface TextSegment {
  text: string;
  match: boolean;
}

/** Splits text into the parts that match a search term (case-insensitively) and the rest. */
export function highlightSegments(text: string, terms: readonly string[]): TextSegment[] {
  const pattern = termsPattern(terms);
  if (!pattern || !text) return text ? [{ text, match: false }] : [];
  const segments: TextSegment[] = [];
  let last = 0;
  for (const found of text.matchAll(pattern)) {
    const start = found.index;
    if (start > last) segments.push({ text: text.slice(last, start), match: false });
    segments.push({ text: found[0], match: true });
    last = start + found[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}

/**
 * Markdown as plain text for excerpts: what a reader sees, without the marks, links' targets,
 * code fences or raw HTML tags.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[^\n]*\n([\s\S]*?)```/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>+|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/^\s*([-*_]\s*){3,}$/gm, ' ')
    .replace(/(\*\*|__|\*|_|~~|`)/g, '')
    .replace(/\|/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A short piece of the text around the first search match (or its beginning), cut at word
 * boundaries, with ellipses where it was cut.
 */
export function excerpt(text: string, terms: readonly string[], length = 220): string {
  if (text.length <= length) return text;
  const pattern = termsPattern(terms);
  const at = pattern ? (pattern.exec(text)?.index ?? 0) : 0;
  let start = Math.max(0, at - Math.floor(length / 3));
  let end = Math.min(text.length, start + length);
  start = Math.max(0, end - length);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < at) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  return `${start > 0 ? '… ' : ''}${text.slice(start, end).trim()}${end < text.length ? ' …' : ''}`;
}
