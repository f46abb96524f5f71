export { projectsRoutes } from './projects.routes.js';
export { createProjectsService, type ProjectsService } from './projects.service.js';
export { findProject } from './projects.repository.js';
