import { modulePaths } from '../../app/paths';

export const projectPath = (id: string) => `${modulePaths.projects}/${encodeURIComponent(id)}`;
