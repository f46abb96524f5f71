import type { Language } from '../../app/i18n';
import { intlLocale } from '../../app/i18n';

/** Intl's own unit names read oddly for bytes ("840 byte", "kB"): the usual symbols instead. */
const unitSymbols: Record<Language, readonly string[]> = {
  en: ['B', 'KB', 'MB', 'GB', 'TB'],
  uk: ['Б', 'КБ', 'МБ', 'ГБ', 'ТБ'],
};

/**
 * A file size for people, in the interface language: "840 B", "1.5 MB" / "1,5 МБ".
 * Powers of 1024 (what file managers show), one decimal below 10 units, none above.
 */
export function formatFileSize(bytes: number, language: Language): string {
  const symbols = unitSymbols[language];
  let value = Number.isFinite(bytes) && bytes > 0 ? bytes : 0;
  let index = 0;
  while (value >= 1024 && index < symbols.length - 1) {
    value /= 1024;
    index += 1;
  }
  const digits = index === 0 || value >= 10 ? 0 : 1;
  // 1023.96 KB would round to "1024 KB": that is the next unit.
  if (index < symbols.length - 1 && Number(value.toFixed(digits)) >= 1024) {
    value /= 1024;
    index += 1;
  }
  const number = new Intl.NumberFormat(intlLocale[language], {
    maximumFractionDigits: index === 0 || value >= 10 ? 0 : 1,
  }).format(value);
  return `${number}\u00a0${symbols[index] ?? ''}`;
}
