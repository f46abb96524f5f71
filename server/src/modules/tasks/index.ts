export { tasksRoutes } from './tasks.routes.js';
export { createTasksService, type TasksService } from './tasks.service.js';
export { assignmentsOf, findTask, projectsOfManager } from './tasks.repository.js';
