import type { Client } from '@crm/contracts';
import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/apiError';
import { useConfirmAction } from '../../../ui/confirm';
import { useDeleteClient } from '../clients.queries';

/**
 * Deleting a client, confirmed. A client that still has contact persons is refused by the
 * server (409 `CLIENT_NOT_EMPTY`); the user is then asked again, plainly told that the contacts
 * and their whole history go too, before deleting with `cascade`.
 */
export function useDeleteClientFlow(): (client: Client, onDeleted?: () => void) => void {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const confirm = useConfirmAction();
  const deleteClient = useDeleteClient();
  const { mutateAsync } = deleteClient;

  return useCallback(
    (client: Client, onDeleted?: () => void) => {
      const name = client.name;
      const done = () => {
        void message.success(t('confirm.deleted', { name }));
        onDeleted?.();
      };
      const confirmCascade = () =>
        confirm({
          title: t('clients.delete.cascadeTitle', { name }),
          content: t('clients.delete.cascadeContent', { count: client.contactsCount }),
          okText: t('clients.delete.cascadeOk'),
          danger: true,
          onConfirm: async () => {
            await mutateAsync({ id: client.id, cascade: true });
            done();
          },
        });
      confirm({
        title: t('confirm.deleteTitle', { name }),
        content: t('confirm.deleteContent'),
        okText: t('common.delete'),
        danger: true,
        onConfirm: async () => {
          try {
            await mutateAsync({ id: client.id });
            done();
          } catch (error) {
            if (!isApiError(error) || error.code !== 'CLIENT_NOT_EMPTY') throw error;
            // Let the first dialog close before asking the harder question.
            setTimeout(confirmCascade, 0);
          }
        },
      });
    },
    [confirm, message, mutateAsync, t],
  );
}
