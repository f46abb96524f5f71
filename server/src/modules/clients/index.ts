export { clientsRoutes } from './clients.routes.js';
export { createClientsService, type ClientsService } from './clients.service.js';
export { clientExists } from './clients.repository.js';
export {
  contactDetailsOf,
  readContactDetails,
  replaceContactDetails,
} from './contactDetails.repository.js';
