import dayjs from 'dayjs';
import 'dayjs/locale/uk';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../i18n/en.json';
import uk from '../i18n/uk.json';

export const languages = ['uk', 'en'] as const;
export type Language = (typeof languages)[number];
export const LANGUAGE_KEY = 'crm.language';

/** BCP 47 tags for Intl formatting. */
export const intlLocale: Record<Language, string> = { uk: 'uk-UA', en: 'en-US' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The remembered choice, else Ukrainian when the browser prefers it, else English. */
export function detectLanguage(
  stored: string | null,
  browserLanguages: readonly string[],
): Language {
  if (isLanguage(stored)) return stored;
  const preferred = browserLanguages[0]?.toLowerCase() ?? '';
  return preferred === 'uk' || preferred.startsWith('uk-') ? 'uk' : 'en';
}

function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

function applyLanguage(language: Language): void {
  dayjs.locale(language === 'uk' ? 'uk' : 'en');
  document.documentElement.lang = language;
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Not remembered across reloads, still switched for this page.
  }
  applyLanguage(language);
  await i18n.changeLanguage(language);
}

export function initI18n(): typeof i18n {
  const language = detectLanguage(
    readStoredLanguage(),
    navigator.languages ?? [navigator.language],
  );
  applyLanguage(language);
  void i18n.use(initReactI18next).init({
    // Module strings are added by ../i18n/registerModules from the (lazy) app layout.
    resources: { en: { translation: en }, uk: { translation: uk } },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: languages,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return i18n;
}
