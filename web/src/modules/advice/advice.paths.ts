import { modulePaths } from '../../app/paths';

export const advicePath = (id: string) => `${modulePaths.advisor}/${encodeURIComponent(id)}`;
export const adviceEditPath = (id: string) => `${advicePath(id)}/edit`;
export const newAdvicePath = `${modulePaths.advisor}/new`;
