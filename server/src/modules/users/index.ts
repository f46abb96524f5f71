export { usersRoutes } from './users.routes.js';
export { createUsersService, toUser, type UsersService } from './users.service.js';
export { findUserById, findUserByLogin, countUsers, updateUser } from './users.repository.js';
