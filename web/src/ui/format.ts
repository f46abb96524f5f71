import type { Language } from '../app/i18n';
import { intlLocale } from '../app/i18n';

export interface Money {
  /** Decimal string, e.g. `"12500.00"`; never parsed into a float. */
  amount: string;
  currency: string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter as T;
}

/**
 * A calendar date. `YYYY-MM-DD` values are calendar dates with no time zone and are shown as
 * such; full timestamps are shown in the viewer's local zone.
 */
export function formatDate(value: string | null | undefined, language: Language): string {
  if (!value) return '';
  const dateOnly = DATE_ONLY.test(value);
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return '';
  const formatter = cached(`d:${language}:${dateOnly}`, () =>
    Intl.DateTimeFormat(intlLocale[language], {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      ...(dateOnly ? { timeZone: 'UTC' } : {}),
    }),
  );
  return formatter.format(date);
}

export function formatDateTime(value: string | null | undefined, language: Language): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const formatter = cached(`dt:${language}`, () =>
    Intl.DateTimeFormat(intlLocale[language], {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }),
  );
  return formatter.format(date);
}

/**
 * Money from its decimal string. Intl.NumberFormat formats numeric strings exactly (no float
 * round trip), so large amounts and cents survive as the server sent them.
 */
export function formatMoney(money: Money | null | undefined, language: Language): string {
  if (!money) return '';
  const amount = money.amount.trim();
  if (!DECIMAL.test(amount)) return `${money.amount} ${money.currency}`;
  const formatter = cached(`m:${language}:${money.currency}`, () =>
    Intl.NumberFormat(intlLocale[language], {
      style: 'currency',
      currency: money.currency,
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }),
  );
  return formatter.format(amount as `${number}`);
}

export function formatNumber(value: number, language: Language): string {
  return cached(`n:${language}`, () => Intl.NumberFormat(intlLocale[language])).format(value);
}

/** What a date input shows and accepts (dayjs tokens). */
export const dateInputFormat: Record<Language, string> = { uk: 'DD.MM.YYYY', en: 'MM/DD/YYYY' };
