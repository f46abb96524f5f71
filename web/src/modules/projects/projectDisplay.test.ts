import {
  budgetUsePercent,
  isPastDeadline,
  progressPercent,
  todayIso,
  toMinorUnits,
} from './projectDisplay';

const state = (tasksDone: number, tasksTotal: number) => ({
  tasksDone,
  tasksTotal,
  tasksOverdue: 0,
  progress: tasksTotal ? tasksDone / tasksTotal : 0,
});

describe('progressPercent', () => {
  it('rounds to whole percent and is 0 without tasks', () => {
    expect(progressPercent(state(0, 0))).toBe(0);
    expect(progressPercent(state(1, 3))).toBe(33);
    expect(progressPercent(state(2, 3))).toBe(67);
    expect(progressPercent(state(5, 5))).toBe(100);
  });
});

describe('toMinorUnits', () => {
  it('reads decimal strings exactly', () => {
    expect(toMinorUnits('12500.00')).toBe(1_250_000n);
    expect(toMinorUnits('12500.5')).toBe(1_250_050n);
    expect(toMinorUnits('7')).toBe(700n);
    expect(toMinorUnits('999999999999.99')).toBe(99_999_999_999_999n);
    expect(toMinorUnits('-1')).toBeNull();
    expect(toMinorUnits('1e3')).toBeNull();
  });
});

describe('budgetUsePercent', () => {
  const usd = (amount: string) => ({ amount, currency: 'USD' as const });

  it('compares the tasks budget with the project budget', () => {
    expect(budgetUsePercent(usd('1000.00'), usd('250.00'))).toBe(25);
    expect(budgetUsePercent(usd('1000.00'), usd('1250.00'))).toBe(125);
    expect(budgetUsePercent(usd('3.00'), usd('1.00'))).toBe(33);
  });

  it('has nothing to say without a budget or across currencies', () => {
    expect(budgetUsePercent(usd('0.00'), usd('10.00'))).toBeNull();
    expect(budgetUsePercent(usd('10.00'), { amount: '1.00', currency: 'EUR' })).toBeNull();
  });
});

describe('isPastDeadline', () => {
  it('flags open projects past their deadline only', () => {
    expect(isPastDeadline({ deadline: '2026-01-01', status: 'active' }, '2026-01-02')).toBe(true);
    expect(isPastDeadline({ deadline: '2026-01-02', status: 'active' }, '2026-01-02')).toBe(false);
    expect(isPastDeadline({ deadline: '2026-01-01', status: 'completed' }, '2026-02-01')).toBe(
      false,
    );
    expect(isPastDeadline({ deadline: null, status: 'active' }, '2026-02-01')).toBe(false);
  });

  it('knows today in local time', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
