import { detectLanguage } from './i18n';

describe('detectLanguage', () => {
  it('prefers what the user chose before', () => {
    expect(detectLanguage('en', ['uk-UA'])).toBe('en');
    expect(detectLanguage('uk', ['en-US'])).toBe('uk');
  });

  it('follows a Ukrainian browser, and defaults to English otherwise', () => {
    expect(detectLanguage(null, ['uk-UA', 'en'])).toBe('uk');
    expect(detectLanguage(null, ['uk'])).toBe('uk');
    expect(detectLanguage(null, ['de-DE', 'uk'])).toBe('en');
    expect(detectLanguage(null, ['ru-RU'])).toBe('en');
    expect(detectLanguage(null, [])).toBe('en');
  });

  it('ignores a stored value that is not a supported language', () => {
    expect(detectLanguage('fr', ['uk-UA'])).toBe('uk');
  });
});
