import { modulePaths } from '../../app/paths';

export const teamPath = (id: string) => `${modulePaths.teams}/${encodeURIComponent(id)}`;
