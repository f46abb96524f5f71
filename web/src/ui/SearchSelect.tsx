import type { QueryKey } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useEffect, useMemo, useState } from 'react';

export interface SearchSelectOption<T = unknown> {
  value: string;
  label: string;
  /** The record behind the option, handed back on change (e.g. to fill dependent fields). */
  record?: T;
}

export interface SearchSelectProps<T> {
  value?: string | null;
  onChange?: (value: string | undefined, option?: SearchSelectOption<T>) => void;
  /** Asks the server for options matching the typed text (empty text: the first few). */
  load: (search: string, signal: AbortSignal) => Promise<SearchSelectOption<T>[]>;
  /** Identifies what is searched, including anything `load` depends on (e.g. a parent id). */
  queryKey: QueryKey;
  /** The label of the current value, when the caller knows it (e.g. from the record). */
  selectedLabel?: string | null;
  /** Loads the current value's label when nobody knows it (e.g. an id from the URL). */
  loadSelected?: (value: string, signal: AbortSignal) => Promise<SearchSelectOption<T>>;
  placeholder?: string;
  notFoundText?: ReactNode;
  allowClear?: boolean;
  disabled?: boolean;
  id?: string;
  'aria-label'?: string;
  style?: CSSProperties;
  optionRender?: (option: SearchSelectOption<T>) => ReactNode;
}

/**
 * A drop-down that searches the server as the user types, so it works with any number of
 * records. The chosen value keeps its label even when it is not among the current matches.
 */
export function SearchSelect<T>({
  value,
  onChange,
  load,
  queryKey,
  selectedLabel,
  loadSelected,
  placeholder,
  notFoundText,
  allowClear = true,
  disabled,
  id,
  style,
  optionRender,
  ...rest
}: SearchSelectProps<T>) {
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<SearchSelectOption<T> | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);

  const matches = useQuery({
    queryKey: [...queryKey, 'search', search],
    queryFn: ({ signal }) => load(search, signal),
    enabled: open && !disabled,
    staleTime: 30_000,
  });

  const knownLabel = value && picked?.value === value ? picked.label : selectedLabel;
  const selected = useQuery({
    queryKey: [...queryKey, 'one', value],
    queryFn: ({ signal }) => (loadSelected && value ? loadSelected(value, signal) : null),
    enabled: !!value && !knownLabel && !!loadSelected,
    staleTime: 5 * 60_000,
    retry: false,
  });

  const options = useMemo(() => {
    const items = matches.data ?? [];
    const currentLabel = value ? (knownLabel ?? selected.data?.label) : undefined;
    const current =
      value && currentLabel && !items.some((item) => item.value === value)
        ? [{ value, label: currentLabel }]
        : [];
    return [...current, ...items];
  }, [knownLabel, matches.data, selected.data, value]);

  const handleChange = (next: string | undefined) => {
    const option = options.find((item) => item.value === next);
    setPicked(option ?? null);
    onChange?.(next, option);
  };

  return (
    <Select
      id={id}
      aria-label={rest['aria-label']}
      value={value ?? undefined}
      onChange={(next?: string) => handleChange(next)}
      placeholder={placeholder}
      allowClear={allowClear}
      disabled={disabled}
      style={style}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setText('');
      }}
      loading={matches.isFetching}
      notFoundContent={matches.isFetching ? <Spin size="small" /> : notFoundText}
      options={options.map((option) => ({ value: option.value, label: option.label, option }))}
      optionRender={optionRender ? (item) => optionRender(item.data.option) : undefined}
    />
  );
}
