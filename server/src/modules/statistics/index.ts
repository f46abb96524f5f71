export { statisticsRoutes } from './statistics.routes.js';
export { createStatisticsService, type StatisticsService } from './statistics.service.js';
