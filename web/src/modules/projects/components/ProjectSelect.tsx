import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProject, useProjects } from '../projects.queries';

export interface ProjectSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  disabled?: boolean;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
}

/** Picks a project by name, searching as one types; the chosen one stays labelled. */
export function ProjectSelect({ value, placeholder, style, ...props }: ProjectSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const found = useProjects({ page: 1, pageSize: 30, sort: 'name', search: search || undefined });
  const chosen = useProject(value);
  const options = useMemo(() => {
    const items = found.data?.items ?? [];
    const list = items.map((project) => ({
      value: project.id,
      label: project.name,
      client: project.client.name,
    }));
    if (chosen.data && !list.some((option) => option.value === chosen.data.id)) {
      list.unshift({
        value: chosen.data.id,
        label: chosen.data.name,
        client: chosen.data.client.name,
      });
    }
    return list;
  }, [chosen.data, found.data]);

  return (
    <Select
      {...props}
      value={value}
      options={options}
      placeholder={placeholder ?? t('projects.select')}
      loading={found.isFetching}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onBlur={() => setSearch('')}
      notFoundContent={found.isFetching ? undefined : t('projects.empty')}
      style={{ width: '100%', ...style }}
      optionRender={(option) => (
        <div style={{ lineHeight: 1.3, padding: '2px 0' }}>
          <div>{option.data.label}</div>
          <div style={{ fontSize: 12, color: 'rgba(0,0,0,.45)' }}>{option.data.client}</div>
        </div>
      )}
    />
  );
}
