import { modulePaths } from '../../app/paths';

const at = (base: string, id: string) => `${base}/${encodeURIComponent(id)}`;

export const documentPath = (id: string) => at(modulePaths.documents, id);
export const clientPath = (id: string) => at(modulePaths.clients, id);
export const projectPath = (id: string) => at(modulePaths.projects, id);
export const taskPath = (id: string) => at(modulePaths.tasks, id);
