import { describe, expect, it } from 'vitest';
import { fromMinor, toMinor } from './money.js';

describe('money', () => {
  it('converts decimal strings to minor units and back exactly', () => {
    expect(toMinor('12500')).toBe(1_250_000);
    expect(toMinor('12500.5')).toBe(1_250_050);
    expect(toMinor('0.07')).toBe(7);
    expect(toMinor('999999999999.99')).toBe(99_999_999_999_999);
    expect(fromMinor(1_250_050, 'USD')).toEqual({ amount: '12500.50', currency: 'USD' });
    expect(fromMinor(7, 'UAH')).toEqual({ amount: '0.07', currency: 'UAH' });
    expect(fromMinor('99999999999999', 'EUR').amount).toBe('999999999999.99');
    // 0.1 + 0.2 in floats is not 0.3; in minor units it is.
    expect(fromMinor(toMinor('0.1') + toMinor('0.2'), 'USD').amount).toBe('0.30');
  });
});
