import { formatDate, formatDateTime, formatMoney, formatNumber } from './format';

// Intl output uses narrow no-break spaces in places; compare on plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it('formats per locale', () => {
    expect(formatMoney({ amount: '12500.00', currency: 'USD' }, 'en')).toBe('$12,500.00');
    // The hryvnia sign varies between ICU versions (₴ or грн); the number must not.
    expect(plain(formatMoney({ amount: '12500.5', currency: 'UAH' }, 'uk'))).toMatch(
      /^12 500,50 (₴|грн\.?)$/,
    );
  });

  it('keeps precision beyond what a float holds', () => {
    expect(formatMoney({ amount: '90071992547409931.07', currency: 'EUR' }, 'en')).toBe(
      '€90,071,992,547,409,931.07',
    );
    expect(formatMoney({ amount: '0.10', currency: 'USD' }, 'en')).toBe('$0.10');
  });

  it('shows malformed amounts verbatim instead of NaN', () => {
    expect(formatMoney({ amount: 'n/a', currency: 'USD' }, 'en')).toBe('n/a USD');
    expect(formatMoney(null, 'en')).toBe('');
  });
});

describe('formatDate', () => {
  it('never shifts a calendar date across time zones', () => {
    expect(formatDate('2026-01-01', 'en')).toBe('Jan 1, 2026');
    expect(plain(formatDate('1990-12-31', 'uk'))).toMatch(/^31 груд\.? 1990( р\.)?$/);
  });

  it('formats timestamps and tolerates empty or bad input', () => {
    expect(formatDateTime('2026-11-25T10:00:00.000Z', 'en')).toMatch(/Nov 2[45], 2026/);
    expect(formatDate(null, 'en')).toBe('');
    expect(formatDate('garbage', 'en')).toBe('');
  });
});

describe('formatNumber', () => {
  it('groups digits per locale', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(plain(formatNumber(1234567, 'uk'))).toBe('1 234 567');
  });
});
