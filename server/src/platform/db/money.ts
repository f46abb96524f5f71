import type { Currency, Money } from '@crm/contracts';

/** "12500.5" → 1250050 minor units, exactly (no floating point on the way). */
export function toMinor(amount: string): number {
  const [whole = '0', frac = ''] = amount.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0').slice(0, 2));
}

/** 1250050 → { amount: "12500.50", currency }. */
export function fromMinor(minor: number | string, currency: Currency): Money {
  const n = typeof minor === 'string' ? Number(minor) : minor;
  const whole = Math.floor(n / 100);
  const cents = String(n % 100).padStart(2, '0');
  return { amount: `${whole}.${cents}`, currency };
}
