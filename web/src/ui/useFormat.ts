import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../app/i18n';
import type { Money } from './format';
import { dateInputFormat, formatDate, formatDateTime, formatMoney, formatNumber } from './format';

/** The formatters bound to the current interface language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  return useMemo(
    () => ({
      date: (value: string | null | undefined) => formatDate(value, language),
      dateTime: (value: string | null | undefined) => formatDateTime(value, language),
      money: (value: Money | null | undefined) => formatMoney(value, language),
      number: (value: number) => formatNumber(value, language),
      dateInputFormat: dateInputFormat[language],
    }),
    [language],
  );
}
