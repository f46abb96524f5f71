import { EditOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Flex, Row, Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { modulePaths } from '../../../app/paths';
import { DetailPage } from '../../../ui/DetailPage';
import { ContactDetailsView } from '../../clients/components/ContactDetailsView';
import { PhotoEditor } from '../../clients/components/PhotoEditor';
import { RecordStamp } from '../../clients/components/RecordStamp';
import { clientPath } from '../../clients/routes';
import { CommunicationTimeline } from '../../communications/components/CommunicationTimeline';
import { LogCommunicationCard } from '../../communications/components/LogCommunicationCard';
import { ContactActions } from '../components/ContactActions';
import { ContactAvatar } from '../components/ContactAvatar';
import { ContactFormDrawer } from '../components/ContactFormDrawer';
import { contactName } from '../components/contactName';
import { useContact, useDeleteContactPhoto, useUploadContactPhoto } from '../contacts.queries';

export function ContactPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useContact(id);
  const upload = useUploadContactPhoto();
  const removePhoto = useDeleteContactPhoto();
  const [editing, setEditing] = useState(false);
  const contact = query.data;

  return (
    <DetailPage
      backTo={modulePaths.contacts}
      loading={query.isPending}
      error={query.error}
      onRetry={() => void query.refetch()}
      avatar={contact && <ContactAvatar contact={contact} size={48} />}
      title={contact && contactName(contact)}
      subtitle={
        contact && (
          <span>
            {contact.position && <>{contact.position} · </>}
            <Link to={clientPath(contact.clientId)}>{contact.client.name}</Link>
          </span>
        )
      }
      actions={
        contact && (
          <>
            <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
            <ContactActions
              contact={contact}
              onEdit={() => setEditing(true)}
              onDeleted={() => void navigate(clientPath(contact.clientId), { replace: true })}
            />
          </>
        )
      }
    >
      {contact && (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={8}>
              <Row gutter={[16, 16]}>
                <Col xs={24} md={12} xl={24}>
                  <Card title={t('contacts.sections.person')}>
                    <div style={{ marginBottom: 20 }}>
                      <PhotoEditor
                        avatar={<ContactAvatar contact={contact} size={96} />}
                        hasPhoto={!!contact.photoUrl}
                        onUpload={(file) => upload.mutateAsync({ id: contact.id, file })}
                        onRemove={() => removePhoto.mutateAsync(contact.id)}
                        uploading={upload.isPending}
                        removing={removePhoto.isPending}
                      />
                    </div>
                    <Descriptions
                      column={1}
                      colon={false}
                      size="small"
                      styles={{ label: { width: 130 } }}
                    >
                      <Descriptions.Item label={t('contacts.fields.client')}>
                        <Link to={clientPath(contact.clientId)}>{contact.client.name}</Link>
                      </Descriptions.Item>
                      <Descriptions.Item label={t('contacts.fields.position')}>
                        {contact.position ?? <Typography.Text type="secondary">—</Typography.Text>}
                      </Descriptions.Item>
                      <Descriptions.Item label={t('clients.record.created')}>
                        <RecordStamp at={contact.createdAt} by={contact.createdBy} />
                      </Descriptions.Item>
                      <Descriptions.Item label={t('clients.record.updated')}>
                        <RecordStamp at={contact.updatedAt} by={contact.updatedBy} />
                      </Descriptions.Item>
                    </Descriptions>
                  </Card>
                </Col>
                <Col xs={24} md={12} xl={24}>
                  <Flex vertical gap={16}>
                    <Card title={t('contacts.sections.contactDetails')}>
                      <ContactDetailsView details={contact.contactDetails} />
                    </Card>
                    <Card title={t('contacts.fields.notes')}>
                      {contact.notes ? (
                        <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginBottom: 0 }}>
                          {contact.notes}
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
                <LogCommunicationCard contactId={contact.id} />
                <Card title={t('contacts.sections.history')}>
                  <CommunicationTimeline
                    source={{ kind: 'contact', id: contact.id }}
                    emptyText={t('contacts.historyEmpty')}
                  />
                </Card>
              </Flex>
            </Col>
          </Row>
          <ContactFormDrawer open={editing} contact={contact} onClose={() => setEditing(false)} />
        </>
      )}
    </DetailPage>
  );
}
