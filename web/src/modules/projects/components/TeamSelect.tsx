import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAllTeams } from '../../teams/teams.queries';

export interface TeamSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
}

export function TeamSelect(props: TeamSelectProps) {
  const { t } = useTranslation();
  const teams = useAllTeams();
  return (
    <Select
      {...props}
      options={(teams.data?.items ?? []).map((team) => ({
        value: team.id,
        label: team.name,
        count: team.members.length,
      }))}
      loading={teams.isFetching}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('projects.fields.team')}
      optionRender={(option) => (
        <span>
          {option.data.label}{' '}
          <span style={{ color: 'rgba(0,0,0,.45)', fontSize: 12 }}>
            · {t('teams.membersCount', { count: option.data.count })}
          </span>
        </span>
      )}
    />
  );
}
