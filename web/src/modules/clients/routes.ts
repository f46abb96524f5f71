import { modulePaths } from '../../app/paths';

/** Addresses of the pages of clients and contact persons. */
export const clientPath = (id: string) => `${modulePaths.clients}/${encodeURIComponent(id)}`;
export const contactPath = (id: string) => `${modulePaths.contacts}/${encodeURIComponent(id)}`;
