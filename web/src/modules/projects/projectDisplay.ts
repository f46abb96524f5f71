import type { Money, Project, ProjectStatus } from '@crm/contracts';

export const statusColors: Record<ProjectStatus, string> = {
  planned: 'blue',
  active: 'green',
  onHold: 'gold',
  completed: 'purple',
  cancelled: 'default',
};

/** Whole percent of tasks done, 0–100. */
export function progressPercent(state: Project['state']): number {
  if (state.tasksTotal <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round(state.progress * 100)));
}

/** Minor units from a decimal string, exactly (no float): "12500.5" → 1250050n. */
export function toMinorUnits(amount: string): bigint | null {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(amount.trim());
  if (!match) return null;
  const [, whole = '0', fraction = ''] = match;
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
}

/**
 * How much of the project's budget its tasks' budgets take, as a whole percent (may exceed 100),
 * or null when there is no budget to compare with.
 */
export function budgetUsePercent(budget: Money, tasksBudget: Money): number | null {
  const total = toMinorUnits(budget.amount);
  const used = toMinorUnits(tasksBudget.amount);
  if (total === null || used === null || total === 0n || budget.currency !== tasksBudget.currency)
    return null;
  // Basis points in integer arithmetic first, so huge budgets lose nothing to floats.
  return Math.round(Number((used * 10_000n) / total) / 100);
}

/** Open projects whose deadline (a calendar date) has passed. */
export function isPastDeadline(
  project: Pick<Project, 'deadline' | 'status'>,
  today: string,
): boolean {
  if (!project.deadline) return false;
  if (project.status === 'completed' || project.status === 'cancelled') return false;
  return project.deadline < today;
}

/** Today as `YYYY-MM-DD` in the viewer's time zone. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
