export { contactsRoutes } from './contacts.routes.js';
export { createContactsService, type ContactsService } from './contacts.service.js';
export { findContact } from './contacts.repository.js';
