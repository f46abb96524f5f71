export { documentsRoutes } from './documents.routes.js';
export { createDocumentsService, type DocumentsService } from './documents.service.js';
export { findDocument } from './documents.repository.js';
