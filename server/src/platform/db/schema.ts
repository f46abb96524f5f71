import type {
  ColumnType,
  Generated,
  GeneratedAlways,
  Insertable,
  Selectable,
  Updateable,
} from 'kysely';

/**
 * The database as the server sees it (camelCase; the CamelCasePlugin maps to snake_case).
 * Timestamps are ISO 8601 strings on both dialects; flags are booleans after `toBool`
 * (SQLite stores 0/1); money is an integer number of minor units.
 */
type Flag = ColumnType<boolean | number, boolean, boolean>;

export interface UsersTable {
  id: string;
  username: string;
  email: string;
  firstName: string;
  lastName: string;
  /** `lower(first_name || ' ' || last_name)`, kept by the database (migration 0025). */
  nameKey: GeneratedAlways<string | null>;
  role: 'admin' | 'manager' | 'developer';
  isActive: Flag;
  passwordHash: string;
  phone: string | null;
  gender: 'female' | 'male' | 'other' | null;
  dateOfBirth: string | null;
  photoKey: string | null;
  photoType: string | null;
  createdAt: string;
  updatedAt: string;
  lastLoginAt: string | null;
  createdBy: string | null;
  updatedBy: string | null;
}

export interface RefreshTokensTable {
  id: string;
  userId: string;
  familyId: string;
  tokenHash: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  revokedAt: string | null;
  userAgent: string | null;
  ipAddress: string | null;
}

export interface LoginThrottleTable {
  key: string;
  failures: number;
  windowStartedAt: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  changes: string | null;
}

export interface DB {
  users: UsersTable;
  refreshTokens: RefreshTokensTable;
  loginThrottle: LoginThrottleTable;
  auditLog: AuditLogTable;
  clientStatuses: ClientStatusesTable;
  clients: ClientsTable;
  contacts: ContactsTable;
  contactDetails: ContactDetailsTable;
  communications: CommunicationsTable;
  teams: TeamsTable;
  teamMembers: TeamMembersTable;
  projects: ProjectsTable;
  tasks: TasksTable;
  taskAssignees: TaskAssigneesTable;
  taskComments: TaskCommentsTable;
  documents: DocumentsTable;
  advice: AdviceTable;
  adviceComments: AdviceCommentsTable;
  communicationDayStats: CommunicationDayStatsTable;
  communicationAuthorStats: CommunicationAuthorStatsTable;
  clientCounts: ClientCountsTable;
  contactCounts: ContactCountsTable;
  projectTaskStats: ProjectTaskStatsTable;
  communicationMonthStats: CommunicationMonthStatsTable;
  communicationAuthorMonthStats: CommunicationAuthorMonthStatsTable;
  teamTaskCounts: TeamTaskCountsTable;
}

/** The number of tasks per team, kept by triggers (migration 0018). */
export interface TeamTaskCountsTable {
  /** The team's id, or '' for a task whose team is not copied yet. */
  teamKey: string;
  n: number;
}

/** Monthly communication counts kept by triggers (migration 0011); `month` is 'YYYY-MM'. */
export interface CommunicationMonthStatsTable {
  month: string;
  channel: string;
  direction: string;
  n: number;
}

export interface CommunicationAuthorMonthStatsTable {
  month: string;
  /** The author's id, or '' when the author was removed. */
  authorKey: string;
  n: number;
}

/** Each project's task figures, kept by triggers (migration 0009). */
export interface ProjectTaskStatsTable {
  projectId: string;
  tasksTotal: number;
  tasksDone: number;
  /** Sum of the tasks' budgets in minor units (bigint: a string on PostgreSQL). */
  tasksBudget: number | string;
}

/** The number of clients per status and VIP flag, kept by triggers (migration 0008). */
/** How many contacts there are: one row (id 1), kept by triggers (migration 0026). */
export interface ContactCountsTable {
  id: number;
  n: number;
}

export interface ClientCountsTable {
  status: string;
  isVip: boolean;
  n: number;
}

/** Daily communication counts kept by triggers (migration 0007); `day` is 'YYYY-MM-DD'. */
export interface CommunicationDayStatsTable {
  day: string;
  channel: string;
  direction: string;
  n: number;
}

export interface CommunicationAuthorStatsTable {
  day: string;
  /** The author's id, or '' when the author was removed. */
  authorKey: string;
  n: number;
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;

export interface ClientStatusesTable {
  key: string;
  label: string;
  position: number;
  isBuiltIn: Flag;
}

export interface ClientsTable {
  id: string;
  name: string;
  type: 'individual' | 'company';
  isVip: Flag;
  source: string;
  status: string;
  managerId: string | null;
  marketingConsent: Flag;
  notes: string | null;
  photoKey: string | null;
  photoType: string | null;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
}

export interface ContactsTable {
  id: string;
  clientId: string;
  firstName: string;
  lastName: string;
  position: string | null;
  notes: string | null;
  photoKey: string | null;
  photoType: string | null;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
}

export interface ContactDetailsTable {
  id: Generated<number>;
  clientId: string | null;
  contactId: string | null;
  position: number;
  kind: string;
  value: string;
  network: string | null;
  label: string | null;
}

export interface CommunicationsTable {
  id: string;
  contactId: string;
  clientId: string;
  occurredAt: string;
  channel: string;
  channelNote: string | null;
  direction: 'incoming' | 'outgoing';
  description: string;
  authorId: string | null;
  projectId: string | null;
  taskId: string | null;
  documentId: string | null;
  createdAt: string;
  updatedAt: string;
  /** The client's manager, copied by triggers (migration 0012); never written by the application. */
  clientManagerId: Generated<string | null>;
}

export interface TeamsTable {
  id: string;
  name: string;
  nameKey: string;
  description: string | null;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
}

export interface TeamMembersTable {
  teamId: string;
  userId: string;
  isLead: Flag;
  joinedAt: string;
}

export interface ProjectsTable {
  id: string;
  name: string;
  description: string | null;
  clientId: string;
  teamId: string;
  budgetAmount: number;
  budgetCurrency: 'UAH' | 'USD' | 'EUR';
  status: 'planned' | 'active' | 'onHold' | 'completed' | 'cancelled';
  startDate: string | null;
  deadline: string | null;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
  /** The client's manager, copied by triggers (migration 0012); never written by the application. */
  clientManagerId: Generated<string | null>;
}

export interface TasksTable {
  id: string;
  projectId: string;
  title: string;
  description: string | null;
  deadline: string | null;
  budgetAmount: number | null;
  isDone: Flag;
  doneAt: string | null;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
  /** The project's team, copied by triggers (migration 0013); never written by the application. */
  projectTeamId: Generated<string | null>;
  /** The client's manager, copied by triggers (migration 0014); never written by the application. */
  clientManagerId: Generated<string | null>;
}

export interface TaskAssigneesTable {
  taskId: string;
  userId: string;
  done: Flag;
  doneAt: string | null;
  /** The task's state, copied by triggers (migration 0010); never written by the application. */
  taskIsDone: Generated<Flag>;
  taskDeadline: Generated<string | null>;
  taskProjectId: Generated<string | null>;
  /** The task's project's team, copied by triggers (migration 0013). */
  taskTeamId: Generated<string | null>;
}

export interface TaskCommentsTable {
  id: string;
  taskId: string;
  projectId: string;
  authorId: string | null;
  body: string;
  createdAt: string;
  editedAt: string | null;
}

export interface DocumentsTable {
  id: string;
  title: string;
  description: string | null;
  clientId: string | null;
  projectId: string | null;
  taskId: string | null;
  authorId: string | null;
  fileKey: string;
  fileName: string;
  fileSize: number;
  contentType: string;
  sha256: string;
  createdAt: string;
  updatedAt: string;
}

export interface AdviceTable {
  id: string;
  topic: string;
  topicKey: string;
  title: string;
  body: string;
  authorId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AdviceCommentsTable {
  id: string;
  adviceId: string;
  authorId: string | null;
  body: string;
  createdAt: string;
  editedAt: string | null;
}
