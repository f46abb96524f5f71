import type { Role, User } from '@crm/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex, Select, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PhotoAvatar } from '../../../ui/PhotoAvatar';
import { usersApi } from '../../users/users.api';
import { userKeys } from '../../users/users.queries';

export interface UserSelectProps {
  value?: string | string[] | null;
  onChange?: (value: string | string[] | null | undefined) => void;
  mode?: 'multiple';
  /** Users not to offer, e.g. those already in the team. */
  excludeIds?: readonly string[];
  placeholder?: string;
  id?: string;
  style?: CSSProperties;
  autoFocus?: boolean;
  'aria-label'?: string;
  /** Called with the user just chosen (single mode), e.g. to add them somewhere at once. */
  onPick?: (user: PickedUser) => void;
}

export interface PickedUser {
  id: string;
  firstName: string;
  lastName: string;
  photoUrl: string | null;
  role: Role;
}

interface Option {
  value: string;
  label: string;
  user: Pick<User, 'id' | 'firstName' | 'lastName' | 'username' | 'photoUrl' | 'role'>;
}

const roleOrder: Record<Role, number> = { developer: 0, manager: 1, admin: 2 };

/** Picks active users by name, searching the directory as one types. */
export function UserSelect({ excludeIds = [], ...props }: UserSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const query = { page: 1, pageSize: 30, isActive: true, search: search.trim() || undefined };
  const users = useQuery({
    queryKey: userKeys.list(query),
    queryFn: ({ signal }) => usersApi.list(query, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

  // Keep the labels of chosen users even when the current search no longer lists them.
  const [known, setKnown] = useState<Map<string, Option>>(new Map());
  const options = useMemo(() => {
    const found = (users.data?.items ?? []).map((user): Option => ({
      value: user.id,
      label: `${user.firstName} ${user.lastName}`.trim() || user.username,
      user,
    }));
    const chosen = new Set(Array.isArray(props.value) ? props.value : [props.value]);
    const extra = [...known.values()].filter(
      (option) => chosen.has(option.value) && !found.some((f) => f.value === option.value),
    );
    return [...found, ...extra]
      .filter((option) => !excludeIds.includes(option.value))
      .sort((a, b) => roleOrder[a.user.role] - roleOrder[b.user.role]);
  }, [excludeIds, known, props.value, users.data]);

  const handleChange = (value: string | string[] | null | undefined) => {
    const ids = Array.isArray(value) ? value : value ? [value] : [];
    setKnown((current) => {
      const next = new Map(current);
      for (const option of options) if (ids.includes(option.value)) next.set(option.value, option);
      return next;
    });
    props.onChange?.(value);
    const picked = typeof value === 'string' && options.find((o) => o.value === value);
    if (picked && props.onPick) {
      const { id, firstName, lastName, photoUrl, role } = picked.user;
      props.onPick({ id, firstName, lastName, photoUrl: photoUrl ?? null, role });
    }
  };

  return (
    <Select<string | string[] | null, Option>
      id={props.id}
      mode={props.mode}
      value={props.value}
      onChange={handleChange}
      options={options}
      allowClear
      autoFocus={props.autoFocus}
      aria-label={props['aria-label']}
      placeholder={props.placeholder ?? t('teams.members.searchUser')}
      loading={users.isFetching}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onBlur={() => setSearch('')}
      notFoundContent={users.isFetching ? undefined : t('teams.members.noUsers')}
      style={{ width: '100%', ...props.style }}
      optionRender={(option) => (
        <Flex align="center" gap={8}>
          <PhotoAvatar name={option.data.label} photoUrl={option.data.user.photoUrl} size={24} />
          <span style={{ flex: 1 }}>{option.data.label}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`roles.${option.data.user.role}`)}
          </Typography.Text>
        </Flex>
      )}
    />
  );
}
