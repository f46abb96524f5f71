import { App } from 'antd';
import type { ReactNode } from 'react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from './errorMessage';

export interface ConfirmActionOptions {
  title: ReactNode;
  content?: ReactNode;
  okText: ReactNode;
  danger?: boolean;
  /** Runs when confirmed; the dialog stays open with a spinner until it settles. */
  onConfirm: () => Promise<unknown>;
  /** Shown as a toast after success. */
  successMessage?: ReactNode;
}

/**
 * Asks before doing something consequential, then reports the outcome: a success toast, or
 * the translated reason it failed (e.g. "still referenced by projects").
 */
export function useConfirmAction(): (options: ConfirmActionOptions) => void {
  const { modal, message } = App.useApp();
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  return useCallback(
    (options: ConfirmActionOptions) => {
      modal.confirm({
        title: options.title,
        content: options.content,
        okText: options.okText,
        cancelText: t('common.cancel'),
        okButtonProps: { danger: options.danger ?? false },
        autoFocusButton: 'cancel',
        onOk: async () => {
          try {
            await options.onConfirm();
            if (options.successMessage) void message.success(options.successMessage);
          } catch (error) {
            void message.error(errorText(error));
          }
        },
      });
    },
    [errorText, message, modal, t],
  );
}

export interface ConfirmDeleteOptions {
  /** What is being deleted, shown in the question. */
  name: string;
  onConfirm: () => Promise<unknown>;
}

/** The standard "Delete …? This cannot be undone." dialog. */
export function useConfirmDelete(): (options: ConfirmDeleteOptions) => void {
  const confirm = useConfirmAction();
  const { t } = useTranslation();
  return useCallback(
    ({ name, onConfirm }: ConfirmDeleteOptions) =>
      confirm({
        title: t('confirm.deleteTitle', { name }),
        content: t('confirm.deleteContent'),
        okText: t('common.delete'),
        danger: true,
        onConfirm,
        successMessage: t('confirm.deleted', { name }),
      }),
    [confirm, t],
  );
}
