import type {
  builtInClientStatuses,
  channels,
  clientSources,
  projectStatuses,
} from '@crm/contracts';

/** Colours for keys without a fixed one (custom client statuses, managers). */
export const palette = [
  '#2f54eb',
  '#13c2c2',
  '#fa8c16',
  '#722ed1',
  '#52c41a',
  '#eb2f96',
  '#faad14',
  '#1677ff',
  '#a0d911',
  '#8c8c8c',
];

export const paletteColor = (index: number) => palette[index % palette.length] ?? '#2f54eb';

export const clientStatusColors: Record<(typeof builtInClientStatuses)[number], string> = {
  lead: '#1677ff',
  active: '#52c41a',
  paused: '#faad14',
  former: '#bfbfbf',
};

export const projectStatusColors: Record<(typeof projectStatuses)[number], string> = {
  planned: '#1677ff',
  active: '#52c41a',
  onHold: '#faad14',
  completed: '#722ed1',
  cancelled: '#bfbfbf',
};

export const channelColors: Record<(typeof channels)[number], string> = {
  email: '#2f54eb',
  phone: '#13c2c2',
  meeting: '#722ed1',
  videoCall: '#eb2f96',
  messenger: '#52c41a',
  social: '#fa8c16',
  postalMail: '#faad14',
  fax: '#8c8c8c',
  other: '#d9d9d9',
};

export const sourceColors: Record<(typeof clientSources)[number], string> = {
  referral: '#2f54eb',
  website: '#13c2c2',
  freelancePlatform: '#fa8c16',
  conference: '#722ed1',
  coldOutreach: '#eb2f96',
  partner: '#52c41a',
  other: '#bfbfbf',
};

export const directionColors = { incoming: '#13c2c2', outgoing: '#2f54eb' } as const;

export const taskColors = { done: '#52c41a', open: '#2f54eb', overdue: '#f5222d' } as const;

export const overBudgetColor = '#f5222d';
export const withinBudgetColor = '#2f54eb';

/** The fixed colour of a known key, else one from the palette by position. */
export function colorOf(map: Record<string, string>, key: string, index: number): string {
  return Object.hasOwn(map, key) ? (map[key] ?? paletteColor(index)) : paletteColor(index);
}
