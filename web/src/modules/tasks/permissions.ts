import type { AuthUser, Comment, Role, TaskAssignee } from '@crm/contracts';

/**
 * The web's copy of the delivery rules, for showing or hiding controls only — the server decides
 * every call. Managers and admins run teams, projects and tasks; developers read their teams' work,
 * comment, and tick their own box.
 */
export function canManageDelivery(role: Role): boolean {
  return role === 'admin' || role === 'manager';
}

/** Only the assignee ticks or unticks their own box — not even a manager for them. */
export function canTickBox(me: Pick<AuthUser, 'id'>, assignee: Pick<TaskAssignee, 'userId'>) {
  return me.id === assignee.userId;
}

/** Only the author edits a comment. */
export function canEditComment(me: Pick<AuthUser, 'id'>, comment: Pick<Comment, 'authorId'>) {
  return comment.authorId !== null && comment.authorId === me.id;
}

/** The author or an admin deletes a comment. */
export function canDeleteComment(
  me: Pick<AuthUser, 'id' | 'role'>,
  comment: Pick<Comment, 'authorId'>,
) {
  return me.role === 'admin' || canEditComment(me, comment);
}
