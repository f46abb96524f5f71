export { teamsRoutes } from './teams.routes.js';
export { createTeamsService, type TeamsService } from './teams.service.js';
export { findTeam } from './teams.repository.js';
