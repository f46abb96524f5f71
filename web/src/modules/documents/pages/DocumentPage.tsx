import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Flex, Row, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { modulePaths } from '../../../app/paths';
import { useConfirmDelete } from '../../../ui/confirm';
import { DetailPage } from '../../../ui/DetailPage';
import { useFormat } from '../../../ui/useFormat';
import { DocumentCommunications } from '../components/DocumentCommunications';
import { DocumentFormDrawer } from '../components/DocumentFormDrawer';
import { DownloadButton } from '../components/DownloadButton';
import { FileTypeIcon } from '../components/FileTypeIcon';
import { ReplaceFileButton } from '../components/ReplaceFileButton';
import { clientPath, projectPath, taskPath } from '../documents.paths';
import { useDeleteDocument, useDocument } from '../documents.queries';
import { useFileSize } from '../useFileSize';

export function DocumentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const fileSize = useFileSize();
  const navigate = useNavigate();
  const query = useDocument(id);
  const remove = useDeleteDocument();
  const confirmDelete = useConfirmDelete();
  const [editing, setEditing] = useState(false);
  const document = query.data;
  const none = <Typography.Text type="secondary">—</Typography.Text>;

  const handleDelete = () => {
    if (!document) return;
    confirmDelete({
      name: document.title,
      onConfirm: async () => {
        await remove.mutateAsync(document.id);
        void navigate(modulePaths.documents, { replace: true });
      },
    });
  };

  return (
    <DetailPage
      backTo={modulePaths.documents}
      loading={query.isPending}
      error={query.error}
      onRetry={() => void query.refetch()}
      avatar={
        document && (
          <FileTypeIcon fileName={document.fileName} contentType={document.contentType} size={48} />
        )
      }
      title={document?.title}
      subtitle={document && `${document.fileName} · ${fileSize(document.fileSize)}`}
      actions={
        document && (
          <>
            <DownloadButton document={document} type="primary" />
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
            <Button danger icon={<DeleteOutlined />} onClick={handleDelete}>
              {t('common.delete')}
            </Button>
          </>
        )
      }
    >
      {document && (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={16}>
              <Card title={t('documents.sections.details')} style={{ marginBottom: 16 }}>
                <Descriptions column={{ xs: 1, md: 2 }} colon={false} layout="vertical">
                  <Descriptions.Item label={t('documents.fields.description')} span="filled">
                    {document.description ? (
                      <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: 0 }}>
                        {document.description}
                      </Typography.Paragraph>
                    ) : (
                      none
                    )}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('documents.fields.client')}>
                    {document.client ? (
                      <Link to={clientPath(document.client.id)}>{document.client.name}</Link>
                    ) : (
                      none
                    )}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('documents.fields.project')}>
                    {document.project ? (
                      <Link to={projectPath(document.project.id)}>{document.project.name}</Link>
                    ) : (
                      none
                    )}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('documents.fields.task')}>
                    {document.task ? (
                      <Link to={taskPath(document.task.id)}>{document.task.title}</Link>
                    ) : (
                      none
                    )}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('documents.fields.author')}>
                    {document.author
                      ? `${document.author.firstName} ${document.author.lastName}`.trim()
                      : none}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('documents.fields.createdAt')}>
                    {format.dateTime(document.createdAt)}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('documents.fields.updatedAt')}>
                    {format.dateTime(document.updatedAt)}
                  </Descriptions.Item>
                </Descriptions>
              </Card>
              <Card title={t('documents.mentions.title')}>
                <DocumentCommunications documentId={document.id} />
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card title={t('documents.sections.file')}>
                <Flex vertical align="center" gap={12} style={{ textAlign: 'center' }}>
                  <FileTypeIcon
                    fileName={document.fileName}
                    contentType={document.contentType}
                    size={72}
                  />
                  <div style={{ maxWidth: '100%' }}>
                    <Typography.Text strong style={{ wordBreak: 'break-word' }}>
                      {document.fileName}
                    </Typography.Text>
                    <div>
                      <Typography.Text type="secondary">
                        {fileSize(document.fileSize)}
                      </Typography.Text>
                      <Tag style={{ marginInlineStart: 8 }}>{document.contentType}</Tag>
                    </div>
                  </div>
                  <Flex vertical gap={8} style={{ width: '100%' }}>
                    <DownloadButton document={document} type="primary" block />
                    <ReplaceFileButton document={document} block />
                  </Flex>
                </Flex>
                <Descriptions
                  column={1}
                  colon={false}
                  layout="vertical"
                  size="small"
                  style={{ marginTop: 20 }}
                >
                  <Descriptions.Item label={t('documents.fields.sha256')}>
                    <Typography.Text
                      code
                      copyable={{
                        text: document.sha256,
                        tooltips: [t('common.copy'), t('common.copied')],
                      }}
                      style={{ fontSize: 11, wordBreak: 'break-all' }}
                    >
                      {document.sha256}
                    </Typography.Text>
                  </Descriptions.Item>
                </Descriptions>
              </Card>
            </Col>
          </Row>
          <DocumentFormDrawer
            open={editing}
            document={document}
            onClose={() => setEditing(false)}
          />
        </>
      )}
    </DetailPage>
  );
}
