import type { ReactNode } from 'react';

export interface ListFilterOption {
  value: string;
  label: ReactNode;
}

/** One drop-down filter of a list; its key is the API's query parameter. */
export interface ListFilter<F extends string> {
  key: F;
  placeholder: string;
  options: ListFilterOption[];
  width?: number;
  /** Lets the user type to narrow long option lists (labels must then be strings). */
  showSearch?: boolean;
}
