import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../app/i18n';
import { formatFileSize } from './fileSize';

/** `formatFileSize` in the interface language. */
export function useFileSize(): (bytes: number) => string {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  return useCallback((bytes: number) => formatFileSize(bytes, language), [language]);
}
