import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorCode } from '../api/apiError';
import { isApiError } from '../api/apiError';
import { translatableCode, useErrorMessage } from './errorMessage';
import { mapServerErrors } from './serverErrors';

export interface FormBanner {
  text: string;
  details: string[];
}

/**
 * Applies a failed save onto an AntD form: field errors under their fields (including
 * conflict codes that name one field), and returns what must be shown above the form instead,
 * or `null` when the fields say it all.
 */
export function useServerErrors(
  form: FormInstance,
  codeFields?: Partial<Record<ApiErrorCode, string>>,
): (error: unknown) => FormBanner | null {
  const { t, i18n } = useTranslation();
  const errorText = useErrorMessage();
  return useCallback(
    (error: unknown) => {
      if (!isApiError(error)) return { text: errorText(error), details: [] };
      const knownFields = new Set(form.getFieldsError().map((field) => field.name.join('.')));
      const mapped = mapServerErrors(error, {
        knownFields,
        codeFields,
        // The server words field errors in English; in other languages say it generically.
        fieldMessage: (text) => (i18n.language === 'en' ? text : t('validation.invalid')),
        codeMessage: (code) => t(`errors.${translatableCode(code, error.status)}`),
      });
      form.setFields(mapped.fields);
      if (mapped.fields.length > 0 && mapped.unmatched.length === 0) return null;
      return {
        text: errorText(error),
        details: mapped.unmatched.map((item) => `${item.path}: ${item.message}`),
      };
    },
    [codeFields, errorText, form, i18n, t],
  );
}
