import { modulePaths } from '../../app/paths';

export const taskPath = (id: string) => `${modulePaths.tasks}/${encodeURIComponent(id)}`;
