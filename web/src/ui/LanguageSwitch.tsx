import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../app/i18n';
import { currentLanguage, languages, setLanguage } from '../app/i18n';

/** Two short buttons, УКР | ENG: always visible, one click, light enough for the login page. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const options = languages.map((code) => ({
    value: code,
    label: (
      <span title={t(`language.${code}`)} lang={code} data-testid={`language-${code}`}>
        {t(`language.short.${code}`)}
      </span>
    ),
  }));

  return (
    <Segmented<Language>
      size="small"
      value={currentLanguage()}
      options={options}
      onChange={(language) => void setLanguage(language)}
      aria-label={t('language.switch')}
    />
  );
}
