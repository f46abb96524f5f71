export { communicationsRoutes } from './communications.routes.js';
export {
  createCommunicationsService,
  type CommunicationsService,
} from './communications.service.js';
