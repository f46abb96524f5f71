import { describe, expect, it } from 'vitest';
import { searchTerms, walksIndex } from './fulltext.js';

describe('searchTerms', () => {
  it('keeps letters and digits of any script, lower-cased, at most eight words', () => {
    expect(searchTerms('Олена-Шевченко, ACME 2024!')).toEqual([
      'олена',
      'шевченко',
      'acme',
      '2024',
    ]);
    expect(searchTerms('"*" AND ()')).toEqual(['and']);
    expect(searchTerms('a b c d e f g h i j')).toHaveLength(8);
  });
});

describe('walksIndex', () => {
  const all = 100_000;
  it('walks the name index for a first page of a common word', () => {
    // 4,296 matches: ~580 index entries to fill 25 rows, against reading and sorting 4,296.
    expect(walksIndex(4_296, all, 25)).toBe(true);
  });

  it('sorts the matches of a rare word, and of none', () => {
    expect(walksIndex(1, all, 25)).toBe(false);
    expect(walksIndex(50, all, 25)).toBe(false);
    expect(walksIndex(0, all, 25)).toBe(false);
  });

  it('sorts again for a page deep into a common word', () => {
    expect(walksIndex(4_296, all, 100 * 25)).toBe(false);
  });
});

describe('walksIndex for the journal (a walked entry a fourth of a match)', () => {
  const all = 1_000_000;
  it("walks the date index for a common word's pages, sorts a rare word's matches", () => {
    // "meeting", 96,077 entries: ~260 entries to the first page's end, ~26,000 to page 100's.
    expect(walksIndex(96_077, all, 25, 4)).toBe(true);
    expect(walksIndex(96_077, all, 2_500, 4)).toBe(true);
    // 364 matches: the walk would read ~69,000 entries for the first page.
    expect(walksIndex(364, all, 25, 4)).toBe(false);
  });
});
