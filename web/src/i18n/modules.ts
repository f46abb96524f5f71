/**
 * Each business module keeps its strings next to its code (modules/<module>/i18n/{en,uk}.json)
 * under its own top-level key, so modules are translated without touching shared files.
 */
import clientsEn from '../modules/clients/i18n/en.json';
import clientsUk from '../modules/clients/i18n/uk.json';
import communicationsEn from '../modules/communications/i18n/en.json';
import communicationsUk from '../modules/communications/i18n/uk.json';
import contactsEn from '../modules/contacts/i18n/en.json';
import contactsUk from '../modules/contacts/i18n/uk.json';
import projectsEn from '../modules/projects/i18n/en.json';
import projectsUk from '../modules/projects/i18n/uk.json';
import tasksEn from '../modules/tasks/i18n/en.json';
import tasksUk from '../modules/tasks/i18n/uk.json';
import teamsEn from '../modules/teams/i18n/en.json';
import teamsUk from '../modules/teams/i18n/uk.json';
import documentsEn from '../modules/documents/i18n/en.json';
import documentsUk from '../modules/documents/i18n/uk.json';
import adviceEn from '../modules/advice/i18n/en.json';
import adviceUk from '../modules/advice/i18n/uk.json';
import homePageEn from '../modules/home/i18n/en.json';
import homePageUk from '../modules/home/i18n/uk.json';
import statisticsEn from '../modules/statistics/i18n/en.json';
import statisticsUk from '../modules/statistics/i18n/uk.json';

export const moduleTranslations = {
  en: {
    clients: clientsEn,
    contacts: contactsEn,
    communications: communicationsEn,
    teams: teamsEn,
    projects: projectsEn,
    tasks: tasksEn,
    documents: documentsEn,
    advice: adviceEn,
    /** The home module's own strings (the shell's `home` keys stay in the shared file). */
    homePage: homePageEn,
    statistics: statisticsEn,
  },
  uk: {
    clients: clientsUk,
    contacts: contactsUk,
    communications: communicationsUk,
    teams: teamsUk,
    projects: projectsUk,
    tasks: tasksUk,
    documents: documentsUk,
    advice: adviceUk,
    homePage: homePageUk,
    statistics: statisticsUk,
  },
};

export type ModuleTranslations = (typeof moduleTranslations)['en'];
