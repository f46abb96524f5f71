import { Flex, Select, Spin } from 'antd';
import type { CSSProperties } from 'react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useClientsSearch } from '../clients.queries';
import { ClientAvatar } from './ClientAvatar';

export interface ClientSelectProps {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  id?: string;
  'aria-label'?: string;
  style?: CSSProperties;
}

/**
 * Picks a client by typing part of its name: the server searches, so it works with any number
 * of clients. The chosen client is shown by name even when it is not among the matches.
 */
export function ClientSelect({
  value,
  onChange,
  placeholder,
  allowClear,
  disabled,
  id,
  style,
  ...rest
}: ClientSelectProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const matches = useClientsSearch(search, open);
  const selected = useClient(value ?? undefined);

  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);

  const options = useMemo(() => {
    const items = matches.data?.items ?? [];
    const current = selected.data;
    const all =
      current && !items.some((item) => item.id === current.id) ? [current, ...items] : items;
    return all.map((client) => ({
      value: client.id,
      label: client.name,
      client,
    }));
  }, [matches.data, selected.data]);

  return (
    <Select
      id={id}
      aria-label={rest['aria-label']}
      value={value ?? undefined}
      onChange={(next?: string) => onChange?.(next)}
      placeholder={placeholder ?? t('clients.select.placeholder')}
      allowClear={allowClear}
      disabled={disabled}
      style={style}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setText('');
      }}
      loading={matches.isFetching}
      notFoundContent={matches.isFetching ? <Spin size="small" /> : t('clients.select.noMatches')}
      options={options}
      optionRender={(option) =>
        option.data.client ? (
          <Flex gap={8} align="center">
            <ClientAvatar client={option.data.client} size={22} />
            {option.data.client.name}
          </Flex>
        ) : (
          option.label
        )
      }
    />
  );
}
