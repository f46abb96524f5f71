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

export const moduleTranslations = {
  en: {
    clients: clientsEn,
    contacts: contactsEn,
    communications: communicationsEn,
    teams: teamsEn,
    projects: projectsEn,
    tasks: tasksEn,
  },
  uk: {
    clients: clientsUk,
    contacts: contactsUk,
    communications: communicationsUk,
    teams: teamsUk,
    projects: projectsUk,
    tasks: tasksUk,
  },
};

export type ModuleTranslations = (typeof moduleTranslations)['en'];
