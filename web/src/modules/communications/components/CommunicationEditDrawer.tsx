import type { Communication } from '@crm/contracts';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../../ui/FormDrawer';
import type { CommunicationFormValues } from '../communicationForm';
import { toCommunicationRequest, toCommunicationValues } from '../communicationForm';
import { useUpdateCommunication } from '../communications.queries';
import { CommunicationFields } from './CommunicationFields';

export interface CommunicationEditDrawerProps {
  /** The communication being edited; `null` when the drawer is closed. */
  communication: Communication | null;
  open: boolean;
  onClose: () => void;
}

export function CommunicationEditDrawer({
  communication,
  open,
  onClose,
}: CommunicationEditDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateCommunication();

  const handleSubmit = async (values: CommunicationFormValues) => {
    if (!communication) return;
    await update.mutateAsync({ id: communication.id, changes: toCommunicationRequest(values) });
    void message.success(t('communications.edit.done'));
  };

  return (
    <FormDrawer<CommunicationFormValues>
      name="communication"
      open={open}
      title={t('communications.edit.title')}
      initialValues={communication ? toCommunicationValues(communication) : undefined}
      onSubmit={handleSubmit}
      onClose={onClose}
      width={640}
    >
      <CommunicationFields />
    </FormDrawer>
  );
}
