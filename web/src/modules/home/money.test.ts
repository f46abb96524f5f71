import { formatMoneyPerCurrency } from './money';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoneyPerCurrency', () => {
  it('keeps one line per currency in a fixed order', () => {
    expect(
      formatMoneyPerCurrency(
        [
          { amount: '870000.00', currency: 'EUR' },
          { amount: '2520000.00', currency: 'UAH' },
          { amount: '748000.5', currency: 'USD' },
        ],
        'en',
      ).map((line) => [line.currency, plain(line.text)]),
    ).toEqual([
      ['UAH', expect.stringMatching(/^(UAH|₴) ?2,520,000\.00$/) as unknown as string],
      ['USD', '$748,000.50'],
      ['EUR', '€870,000.00'],
    ]);
  });

  it('formats per locale from the decimal string, exactly', () => {
    const [line] = formatMoneyPerCurrency(
      [{ amount: '900719925474099.99', currency: 'USD' }],
      'uk',
    );
    expect(plain(line?.text ?? '')).toMatch(/^900 719 925 474 099,99 (\$|USD|дол\. США)$/);
  });

  it('is empty without money', () => {
    expect(formatMoneyPerCurrency([], 'en')).toEqual([]);
  });
});
