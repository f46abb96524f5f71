import type {
  ClientStatistics,
  CommunicationStatistics,
  DeliveryStatistics,
  StatisticsQuery,
} from '@crm/contracts';
import type { Db } from '../../platform/db/database.js';
import { nowIso } from '../../platform/db/ids.js';
import { fromMinor } from '../../platform/db/money.js';
import * as repo from './statistics.repository.js';

/** The figures of the Statistics page: every one aggregated in SQL, filtered by range and manager. */
export function createStatisticsService({ db }: { db: Db }) {
  return {
    clients: (q: StatisticsQuery): Promise<ClientStatistics> => repo.clientFigures(db, q),
    communications: (q: StatisticsQuery): Promise<CommunicationStatistics> =>
      repo.communicationFigures(db, q),
    async delivery(q: StatisticsQuery): Promise<DeliveryStatistics> {
      const figures = await repo.deliveryFigures(db, q, nowIso());
      return {
        projectsByStatus: figures.byStatus,
        tasks: figures.tasks,
        budgetUse: figures.budgetUse.map((r) => {
          const budget = Number(r.budgetAmount);
          const spent = Number(r.spent);
          return {
            projectId: r.id,
            name: r.name,
            clientName: r.clientName,
            budget: fromMinor(budget, r.budgetCurrency),
            tasksBudget: fromMinor(spent, r.budgetCurrency),
            use: budget === 0 ? 0 : spent / budget,
            over: spent > budget,
          };
        }),
      };
    },
  };
}

export type StatisticsService = ReturnType<typeof createStatisticsService>;
