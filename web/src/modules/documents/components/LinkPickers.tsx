import type { Client, Project, Task, User } from '@crm/contracts';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchSelectOption } from '../../../ui/SearchSelect';
import { SearchSelect } from '../../../ui/SearchSelect';
import { pickersApi } from '../documents.api';

interface PickerProps<T> {
  value?: string | null;
  onChange?: (value: string | undefined, option?: SearchSelectOption<T>) => void;
  selectedLabel?: string | null;
  placeholder?: string;
  disabled?: boolean;
  id?: string;
  'aria-label'?: string;
  style?: CSSProperties;
}

const clientOption = (client: Client): SearchSelectOption<Client> => ({
  value: client.id,
  label: client.name,
  record: client,
});
const projectOption = (project: Project): SearchSelectOption<Project> => ({
  value: project.id,
  label: project.name,
  record: project,
});
const taskOption = (task: Task): SearchSelectOption<Task> => ({
  value: task.id,
  label: task.title,
  record: task,
});
const userOption = (user: User): SearchSelectOption<User> => ({
  value: user.id,
  label: `${user.firstName} ${user.lastName}`.trim() || user.username,
  record: user,
});

export function ClientPicker(props: PickerProps<Client>) {
  const { t } = useTranslation();
  return (
    <SearchSelect<Client>
      {...props}
      queryKey={['documents', 'picker', 'clients']}
      load={async (search, signal) =>
        (await pickersApi.clients(search, signal)).items.map(clientOption)
      }
      loadSelected={async (id, signal) => clientOption(await pickersApi.client(id, signal))}
      placeholder={props.placeholder ?? t('documents.pickers.client')}
      notFoundText={t('documents.pickers.noMatches')}
    />
  );
}

export function ProjectPicker({
  clientId,
  ...props
}: PickerProps<Project> & { clientId?: string }) {
  const { t } = useTranslation();
  return (
    <SearchSelect<Project>
      {...props}
      queryKey={['documents', 'picker', 'projects', clientId ?? null]}
      load={async (search, signal) =>
        (await pickersApi.projects(search, clientId, signal)).items.map(projectOption)
      }
      loadSelected={async (id, signal) => projectOption(await pickersApi.project(id, signal))}
      placeholder={props.placeholder ?? t('documents.pickers.project')}
      notFoundText={t('documents.pickers.noMatches')}
      optionRender={(option) =>
        option.record && !clientId ? (
          <span>
            {option.label}
            <span style={{ color: 'rgba(0,0,0,.45)' }}> · {option.record.client.name}</span>
          </span>
        ) : (
          option.label
        )
      }
    />
  );
}

export function TaskPicker({
  projectId,
  clientId,
  ...props
}: PickerProps<Task> & { projectId?: string; clientId?: string }) {
  const { t } = useTranslation();
  const filter = projectId ? { projectId } : clientId ? { clientId } : {};
  return (
    <SearchSelect<Task>
      {...props}
      queryKey={['documents', 'picker', 'tasks', filter]}
      load={async (search, signal) =>
        (await pickersApi.tasks(search, filter, signal)).items.map(taskOption)
      }
      loadSelected={async (id, signal) => taskOption(await pickersApi.task(id, signal))}
      placeholder={props.placeholder ?? t('documents.pickers.task')}
      notFoundText={t('documents.pickers.noMatches')}
      optionRender={(option) =>
        option.record && !projectId ? (
          <span>
            {option.label}
            <span style={{ color: 'rgba(0,0,0,.45)' }}> · {option.record.project.name}</span>
          </span>
        ) : (
          option.label
        )
      }
    />
  );
}

export function UserPicker(props: PickerProps<User>) {
  const { t } = useTranslation();
  return (
    <SearchSelect<User>
      {...props}
      queryKey={['documents', 'picker', 'users']}
      load={async (search, signal) =>
        (await pickersApi.users(search, signal)).items.map(userOption)
      }
      loadSelected={async (id, signal) => userOption(await pickersApi.user(id, signal))}
      placeholder={props.placeholder ?? t('documents.pickers.author')}
      notFoundText={t('documents.pickers.noMatches')}
    />
  );
}
