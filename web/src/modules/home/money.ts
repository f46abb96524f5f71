import type { Currency, Money } from '@crm/contracts';
import { currencies } from '@crm/contracts';
import type { Language } from '../../app/i18n';
import { formatMoney } from '../../ui/format';

/**
 * Sums in different currencies are never added up: one line per currency, in a fixed order
 * (UAH, USD, EUR), each formatted from its decimal string for the interface language.
 */
export function formatMoneyPerCurrency(
  totals: readonly Money[],
  language: Language,
): { currency: Currency; text: string }[] {
  const order = (currency: string) => {
    const index = (currencies as readonly string[]).indexOf(currency);
    return index === -1 ? currencies.length : index;
  };
  return [...totals]
    .sort((a, b) => order(a.currency) - order(b.currency) || a.currency.localeCompare(b.currency))
    .map((money) => ({ currency: money.currency, text: formatMoney(money, language) }));
}
