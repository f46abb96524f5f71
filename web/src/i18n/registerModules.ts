/**
 * Adds the business modules' strings to the running i18next instance. Imported by the app
 * layout (a lazy chunk, loaded after i18next is initialised), so the login page does not
 * download every module's translations.
 */
import i18n from 'i18next';
import { moduleTranslations } from './modules';

export function registerModuleTranslations(): void {
  for (const language of ['en', 'uk'] as const) {
    i18n.addResourceBundle(language, 'translation', moduleTranslations[language], true, false);
  }
}

if (i18n.isInitialized) registerModuleTranslations();
