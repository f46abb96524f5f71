export { tasksRoutes } from './tasks.routes.js';
export { createTasksService, type TasksService } from './tasks.service.js';
export { assignmentsOf, findTask } from './tasks.repository.js';
