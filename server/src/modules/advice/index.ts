export { adviceRoutes } from './advice.routes.js';
export { createAdviceService, type AdviceService } from './advice.service.js';
