import { excerpt, highlightSegments, plainText, searchTerms } from './searchText';

describe('searchTerms', () => {
  it('takes words of two letters or more, lower-cased, once each, longest first', () => {
    expect(searchTerms('  Client "deadline" a  client, Дедлайн! ')).toEqual([
      'deadline',
      'дедлайн',
      'client',
    ]);
    expect(searchTerms('')).toEqual([]);
  });
});

describe('highlightSegments', () => {
  it('marks every case-insensitive match, Ukrainian too', () => {
    expect(highlightSegments('Як говорити з клієнтом про КЛІЄНТСЬКІ зміни', ['клієнт'])).toEqual([
      { text: 'Як говорити з ', match: false },
      { text: 'клієнт', match: true },
      { text: 'ом про ', match: false },
      { text: 'КЛІЄНТ', match: true },
      { text: 'СЬКІ зміни', match: false },
    ]);
  });

  it('treats search words as text, not as patterns', () => {
    expect(highlightSegments('a (b) c', ['(b)'])).toEqual([
      { text: 'a ', match: false },
      { text: '(b)', match: true },
      { text: ' c', match: false },
    ]);
  });

  it('leaves text without terms whole', () => {
    expect(highlightSegments('Plain', [])).toEqual([{ text: 'Plain', match: false }]);
  });
});

describe('plainText', () => {
  it('drops Markdown marks, link targets and HTML tags', () => {
    expect(
      plainText(
        '# Title\n\n**Bold** and _it_ with [a link](https://x.test) and `code`.\n\n- one\n- two\n\n<script>alert(1)</script>',
      ),
    ).toBe('Title Bold and it with a link and code. one two alert(1)');
  });
});

describe('excerpt', () => {
  const long = `${'Intro words here. '.repeat(20)}The escalation plan starts with a call. ${'Tail text. '.repeat(30)}`;

  it('shows the part around the first match, cut at words', () => {
    const piece = excerpt(long, ['escalation'], 120);
    expect(piece).toContain('escalation plan');
    expect(piece.startsWith('… ')).toBe(true);
    expect(piece.endsWith(' …')).toBe(true);
    expect(piece.length).toBeLessThanOrEqual(126);
  });

  it('starts at the beginning without a match and keeps short texts whole', () => {
    expect(excerpt(long, ['nothing'], 50).startsWith('Intro words')).toBe(true);
    expect(excerpt('Short one', ['short'])).toBe('Short one');
  });
});
