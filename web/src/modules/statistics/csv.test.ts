import { csvCell, csvFileName, toCsv, UTF8_BOM } from './csv';

describe('csvCell', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvCell('Lumen Retail')).toBe('Lumen Retail');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(1.3)).toBe('1.3');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('Smith, John')).toBe('"Smith, John"');
    expect(csvCell('ТОВ «Одеса» "Порт"')).toBe('"ТОВ «Одеса» ""Порт"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded ')).toBe('" padded "');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+380 67')).toBe("'+380 67");
    expect(csvCell('@cmd')).toBe("'@cmd");
  });
});

describe('toCsv', () => {
  it('starts with a BOM and the header, ends lines with CRLF', () => {
    const csv = toCsv(
      ['Статус', 'Кількість'],
      [
        ['Активний', 22],
        ['Лід, новий', 9],
      ],
    );
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Статус,Кількість',
      'Активний,22',
      '"Лід, новий",9',
      '',
    ]);
  });

  it('quotes localized headers that need it', () => {
    expect(toCsv(['Period', 'Email, outgoing'], []).slice(1)).toBe('Period,"Email, outgoing"\r\n');
  });
});

describe('csvFileName', () => {
  it('builds a portable name from its parts', () => {
    expect(csvFileName(['clients-by-status', '2026-01-01', undefined, 'Олена'])).toBe(
      'clients-by-status-2026-01-01.csv',
    );
    expect(csvFileName([])).toBe('export.csv');
  });
});
