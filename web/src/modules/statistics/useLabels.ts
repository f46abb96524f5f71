import type { ClientStatus } from '@crm/contracts';
import {
  builtInClientStatuses,
  channels,
  clientSources,
  clientTypes,
  directions,
  projectStatuses,
} from '@crm/contracts';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const is = <T extends string>(list: readonly T[], key: string): key is T =>
  (list as readonly string[]).includes(key);

export interface PersonName {
  firstName: string | null;
  lastName: string | null;
}

/**
 * Display names of the keys the statistics API answers with, in the interface language.
 * Keys this build does not know (a status an admin added) show their label from the API, or
 * the key itself.
 */
export function useLabels(customStatuses: readonly ClientStatus[] = []) {
  const { t } = useTranslation();
  const statusLabels = useMemo(
    () => new Map(customStatuses.map((status) => [status.key, status.label])),
    [customStatuses],
  );

  const clientStatus = useCallback(
    (key: string) =>
      is(builtInClientStatuses, key)
        ? t(`statistics.labels.clientStatus.${key}`)
        : (statusLabels.get(key) ?? key),
    [statusLabels, t],
  );
  const source = useCallback(
    (key: string) => (is(clientSources, key) ? t(`statistics.labels.source.${key}`) : key),
    [t],
  );
  const clientType = useCallback(
    (key: string) => (is(clientTypes, key) ? t(`statistics.labels.clientType.${key}`) : key),
    [t],
  );
  const channel = useCallback(
    (key: string) => (is(channels, key) ? t(`statistics.labels.channel.${key}`) : key),
    [t],
  );
  const direction = useCallback(
    (key: string) => (is(directions, key) ? t(`statistics.labels.direction.${key}`) : key),
    [t],
  );
  const projectStatus = useCallback(
    (key: string) => (is(projectStatuses, key) ? t(`statistics.labels.projectStatus.${key}`) : key),
    [t],
  );
  const person = useCallback(
    (p: PersonName) =>
      `${p.firstName ?? ''} ${p.lastName ?? ''}`.trim() || t('statistics.labels.noManager'),
    [t],
  );

  return useMemo(
    () => ({ clientStatus, source, clientType, channel, direction, projectStatus, person }),
    [channel, clientStatus, clientType, direction, person, projectStatus, source],
  );
}
export type Labels = ReturnType<typeof useLabels>;
