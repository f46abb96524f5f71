import 'i18next';
import type en from '../i18n/en.json';
import type { ModuleTranslations } from '../i18n/modules';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en & ModuleTranslations };
  }
}
