import type { TFunction } from 'i18next';
import type { FormRule } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';

/** A translated message for the first problem zod found (zod's own messages are English). */
export function zodIssueMessage(t: TFunction, issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return t('validation.required');
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? t('validation.required')
          : t('validation.minLength', { count: Number(issue.minimum) });
      }
      return t('validation.invalid');
    case 'too_big':
      return issue.origin === 'string'
        ? t('validation.maxLength', { count: Number(issue.maximum) })
        : t('validation.invalid');
    case 'invalid_format':
      return issue.format === 'email' ? t('validation.email') : t('validation.format');
    case 'invalid_value':
    case 'not_multiple_of':
    case 'unrecognized_keys':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      return t('validation.invalid');
  }
}

/**
 * An AntD form rule validating one field with the contract's schema, so the browser checks
 * exactly what the server will. Empty optional inputs are left to `required`.
 */
export function zodRule(t: TFunction, schema: z.ZodType): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      const result = await schema.safeParseAsync(value);
      const issue = result.error?.issues[0];
      if (issue) throw new Error(zodIssueMessage(t, issue));
    },
  };
}

export function useZodRule(): (schema: z.ZodType) => FormRule {
  const { t } = useTranslation();
  return useCallback((schema: z.ZodType) => zodRule(t, schema), [t]);
}
