import type { DocumentRecord } from '@crm/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ListPage } from '../../../ui/list/ListPage';
import { DocumentUploadButton } from '../components/DocumentUploadButton';
import { ClientPicker, ProjectPicker, UserPicker } from '../components/LinkPickers';
import { useDocumentColumns } from '../components/useDocumentColumns';
import { documentPath } from '../documents.paths';
import type { DocumentFilter } from '../documents.queries';
import { useDocumentsList } from '../documents.queries';

export function DocumentsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useDocumentsList();
  const columns = useDocumentColumns({ sortable: true });
  const { filters } = list.state;
  // Remount the drawer's button after an upload so the next one starts blank.
  const [uploads, setUploads] = useState(0);

  const uploadButton = (
    <DocumentUploadButton
      key={uploads}
      defaults={{ clientId: filters.clientId, projectId: filters.projectId }}
      onUploaded={() => setUploads((count) => count + 1)}
    />
  );

  return (
    <ListPage<DocumentRecord, DocumentFilter>
      title={t('documents.list.title')}
      subtitle={t('documents.list.subtitle')}
      actions={uploadButton}
      list={list}
      columns={columns}
      searchPlaceholder={t('documents.list.searchPlaceholder')}
      extraFilters={
        <>
          <ClientPicker
            value={filters.clientId}
            onChange={(value) =>
              list.update({ filters: { clientId: value, projectId: undefined } })
            }
            placeholder={t('documents.filters.client')}
            aria-label={t('documents.filters.client')}
            style={{ width: 200 }}
          />
          <ProjectPicker
            value={filters.projectId}
            clientId={filters.clientId}
            onChange={(value) => list.setFilter('projectId', value)}
            placeholder={t('documents.filters.project')}
            aria-label={t('documents.filters.project')}
            style={{ width: 200 }}
          />
          <UserPicker
            value={filters.authorId}
            onChange={(value) => list.setFilter('authorId', value)}
            placeholder={t('documents.filters.author')}
            aria-label={t('documents.filters.author')}
            style={{ width: 190 }}
          />
        </>
      }
      emptyText={t('documents.list.empty')}
      emptyAction={uploadButton}
      onRowClick={(document) => void navigate(documentPath(document.id))}
    />
  );
}
