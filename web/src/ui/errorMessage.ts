import type { TFunction } from 'i18next';
import i18next from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '@crm/contracts';
import { codeForStatus, isApiError } from '../api/apiError';

/** A translated, user-facing sentence for any error a call can throw. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.UNKNOWN');
  if (error.code === 'RATE_LIMITED' && error.retryAfter !== undefined) {
    return t('errors.rateLimitedRetry', { count: Math.max(1, error.retryAfter) });
  }
  return t(`errors.${translatableCode(error.code, error.status)}`);
}

/** The error's own code when there is a message for it, else the generic one of its status. */
export function translatableCode(
  code: string,
  status: number,
): ErrorCode | 'NETWORK_ERROR' | 'UNKNOWN' {
  if (i18next.exists(`errors.${code}`)) return code as ErrorCode;
  const fallback = codeForStatus(status);
  return i18next.exists(`errors.${fallback}`) ? (fallback as ErrorCode) : 'UNKNOWN';
}

export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback((error: unknown) => errorMessage(t, error), [t]);
}
