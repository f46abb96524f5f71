export * from './errors.js';
export * from './common.js';
export * from './auth.js';
export * from './users.js';
export * from './contactDetails.js';
export * from './clients.js';
export * from './contacts.js';
export * from './communications.js';
