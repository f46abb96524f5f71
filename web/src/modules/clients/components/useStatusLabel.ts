import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isBuiltInStatus, useClientStatuses } from '../clients.queries';

/**
 * The display name of a client status: built-in statuses are translated by key, statuses added
 * by admins show the label they were given.
 */
export function useStatusLabel(): (key: string) => string {
  const { t } = useTranslation();
  const { data: statuses } = useClientStatuses();
  return useCallback(
    (key: string) => {
      if (isBuiltInStatus(key)) return t(`clients.statuses.${key}`);
      return statuses?.find((status) => status.key === key)?.label ?? key;
    },
    [statuses, t],
  );
}

/** Status options for selects, in the admins' order. */
export function useStatusOptions(): { value: string; label: string }[] {
  const { data: statuses } = useClientStatuses();
  const label = useStatusLabel();
  return (statuses ?? []).map((status) => ({ value: status.key, label: label(status.key) }));
}
