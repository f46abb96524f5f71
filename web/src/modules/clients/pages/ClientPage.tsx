import { EditOutlined, UserAddOutlined } from '@ant-design/icons';
import type { Client, Contact } from '@crm/contracts';
import { Button, Card, Col, Flex, Row, Tabs, Typography } from 'antd';
import type { TabsProps } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { modulePaths } from '../../../app/paths';
import { DetailPage } from '../../../ui/DetailPage';
import { CommunicationTimeline } from '../../communications/components/CommunicationTimeline';
import { ContactFormDrawer } from '../../contacts/components/ContactFormDrawer';
import { DocumentUploadButton } from '../../documents/components/DocumentUploadButton';
import { DocumentsTable } from '../../documents/components/DocumentsTable';
import { ProjectsTable } from '../../projects/components/ProjectsTable';
import { TasksTable } from '../../tasks/components/TasksTable';
import { fullName } from '../../users/components/UserNameCell';
import { useClient, useDeleteClientPhoto, useUploadClientPhoto } from '../clients.queries';
import { ClientActions } from '../components/ClientActions';
import { ClientAvatar } from '../components/ClientAvatar';
import { ClientInfoCard } from '../components/ClientInfoCard';
import { ClientContactsTable } from '../components/ClientContactsTable';
import { ClientFormDrawer } from '../components/ClientFormDrawer';
import { ClientStatusTag } from '../components/ClientStatusTag';
import { ClientTypeLabel } from '../components/ClientTypeLabel';
import { ContactDetailsView } from '../components/ContactDetailsView';
import { PhotoEditor } from '../components/PhotoEditor';
import { VipMark } from '../components/VipMark';

interface ContactDrawerState {
  open: boolean;
  contact?: Contact;
}

export function ClientPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useClient(id);
  const upload = useUploadClientPhoto();
  const removePhoto = useDeleteClientPhoto();
  const [editing, setEditing] = useState(false);
  const [contactDrawer, setContactDrawer] = useState<ContactDrawerState>({ open: false });
  const client = query.data;

  const handleAddContact = () => setContactDrawer({ open: true });
  const handleEditContact = (contact: Contact) => setContactDrawer({ open: true, contact });

  return (
    <DetailPage
      backTo={modulePaths.clients}
      loading={query.isPending}
      error={query.error}
      onRetry={() => void query.refetch()}
      avatar={client && <ClientAvatar client={client} size={48} />}
      title={
        client && (
          <Flex gap={10} align="center">
            {client.name}
            {client.isVip && <VipMark size={20} />}
          </Flex>
        )
      }
      subtitle={
        client && (
          <Flex gap={10} align="center" wrap component="span">
            <ClientStatusTag status={client.status} />
            <ClientTypeLabel type={client.type} />
            <span>·</span>
            <span>
              {client.manager
                ? t('clients.managedBy', { name: fullName({ ...client.manager, username: '' }) })
                : t('clients.noManager')}
            </span>
          </Flex>
        )
      }
      actions={
        client && (
          <>
            <Button icon={<UserAddOutlined />} onClick={handleAddContact}>
              {t('clients.contacts.add')}
            </Button>
            <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
            <ClientActions
              client={client}
              onEdit={() => setEditing(true)}
              onDeleted={() => void navigate(modulePaths.clients, { replace: true })}
            />
          </>
        )
      }
    >
      {client && (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={8}>
              <Row gutter={[16, 16]}>
                <Col xs={24} md={12} xl={24}>
                  <ClientInfoCard
                    client={client}
                    photo={
                      <PhotoEditor
                        avatar={<ClientAvatar client={client} size={96} />}
                        hasPhoto={!!client.photoUrl}
                        onUpload={(file) => upload.mutateAsync({ id: client.id, file })}
                        onRemove={() => removePhoto.mutateAsync(client.id)}
                        uploading={upload.isPending}
                        removing={removePhoto.isPending}
                      />
                    }
                  />
                </Col>
                <Col xs={24} md={12} xl={24}>
                  <Flex vertical gap={16}>
                    <Card title={t('clients.sections.contactDetails')}>
                      <ContactDetailsView details={client.contactDetails} />
                    </Card>
                    <Card title={t('clients.fields.notes')}>
                      {client.notes ? (
                        <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginBottom: 0 }}>
                          {client.notes}
                        </Typography.Paragraph>
                      ) : (
                        <Typography.Text type="secondary">{t('clients.noNotes')}</Typography.Text>
                      )}
                    </Card>
                  </Flex>
                </Col>
              </Row>
            </Col>
            <Col xs={24} xl={16}>
              <Flex vertical gap={16}>
                <Card
                  title={t('clients.contacts.title', { count: client.contactsCount })}
                  extra={
                    <Button size="small" icon={<UserAddOutlined />} onClick={handleAddContact}>
                      {t('clients.contacts.add')}
                    </Button>
                  }
                  styles={{ body: { padding: 0 } }}
                >
                  <ClientContactsTable
                    clientId={client.id}
                    onAdd={handleAddContact}
                    onEdit={handleEditContact}
                  />
                </Card>
                <Card styles={{ body: { paddingTop: 4 } }}>
                  <Tabs items={relatedTabs(client, t)} />
                </Card>
              </Flex>
            </Col>
          </Row>
          <ClientFormDrawer open={editing} client={client} onClose={() => setEditing(false)} />
          <ContactFormDrawer
            open={contactDrawer.open}
            contact={contactDrawer.contact}
            clientId={client.id}
            onClose={() => setContactDrawer((current) => ({ ...current, open: false }))}
          />
        </>
      )}
    </DetailPage>
  );
}

/**
 * What the client is related to: its communication history, projects, their tasks and its
 * documents. A tab's content mounts (and loads) only once the tab is opened.
 */
function relatedTabs(client: Client, t: TFunction): TabsProps['items'] {
  return [
    {
      key: 'history',
      label: t('clients.sections.history'),
      children: <CommunicationTimeline source={{ kind: 'client', id: client.id }} />,
    },
    {
      key: 'projects',
      label: t('clients.sections.projects'),
      children: (
        <ProjectsTable
          filter={{ clientId: client.id }}
          showClient={false}
          emptyText={t('clients.related.noProjects')}
        />
      ),
    },
    {
      key: 'tasks',
      label: t('clients.sections.tasks'),
      children: (
        <TasksTable
          filter={{ clientId: client.id }}
          showProject
          emptyText={t('clients.related.noTasks')}
        />
      ),
    },
    {
      key: 'documents',
      label: t('clients.sections.documents'),
      children: (
        <Flex vertical gap={12}>
          <Flex justify="end">
            <DocumentUploadButton defaults={{ clientId: client.id }} type="default" />
          </Flex>
          <DocumentsTable
            filter={{ clientId: client.id }}
            emptyText={t('clients.related.noDocuments')}
          />
        </Flex>
      ),
    },
  ];
}
