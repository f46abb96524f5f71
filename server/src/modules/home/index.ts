export { homeRoutes } from './home.routes.js';
export { createHomeService, type HomeService } from './home.service.js';
