import { STATUS_KEY_PATTERN } from '@crm/contracts';
import { suggestStatusKey } from './clientStatus';

describe('suggestStatusKey', () => {
  it('turns a label into a lowerCamelCase key the API accepts', () => {
    expect(suggestStatusKey('Waiting for budget')).toBe('waitingForBudget');
    expect(suggestStatusKey('  On-hold (legal) ')).toBe('onHoldLegal');
    expect(STATUS_KEY_PATTERN.test(suggestStatusKey('Waiting for budget'))).toBe(true);
  });

  it('gives nothing for labels without latin letters, and never starts with a digit', () => {
    expect(suggestStatusKey('Очікує бюджет')).toBe('');
    expect(suggestStatusKey('2nd round')).toBe('ndRound');
    expect(suggestStatusKey('x'.repeat(60))).toHaveLength(40);
  });
});
