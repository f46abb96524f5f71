import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClientOptions } from '../projects.queries';

export interface ClientSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** The current client's name, so it is labelled before the search lists it. */
  initial?: { id: string; name: string };
  placeholder?: string;
  allowClear?: boolean;
  width?: number;
}

/** Picks a client by name, searching as one types. Managers only: developers get 403 on /clients. */
export function ClientSelect({ value, initial, placeholder, width, ...props }: ClientSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const clients = useClientOptions(search);
  const options = useMemo(() => {
    const list = (clients.data?.items ?? []).map((client) => ({
      value: client.id,
      label: client.name,
    }));
    if (initial && !list.some((option) => option.value === initial.id)) {
      list.unshift({ value: initial.id, label: initial.name });
    }
    return list;
  }, [clients.data, initial]);

  return (
    <Select
      {...props}
      value={value}
      options={options}
      placeholder={placeholder ?? t('projects.fields.client')}
      aria-label={placeholder ?? t('projects.fields.client')}
      loading={clients.isFetching}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onBlur={() => setSearch('')}
      notFoundContent={clients.isFetching ? undefined : t('projects.noClients')}
      style={width ? { minWidth: width } : { width: '100%' }}
    />
  );
}
