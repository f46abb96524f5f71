/**
 * The ordered migration set. Names sort by date; add new ones at the end and never edit a
 * migration that has shipped. Listed explicitly so the bundled server carries them.
 */
import * as m0001 from './2026-11-26-0001-platform.js';
import * as m0002 from './2026-11-26-0002-clients.js';
import * as m0003 from './2026-11-26-0003-delivery.js';
import * as m0004 from './2026-11-26-0004-documents-advice.js';
import * as m0005 from './2026-11-26-0005-search.js';
import * as m0006 from './2026-11-26-0006-list-indexes.js';
import * as m0007 from './2026-11-26-0007-communication-stats.js';
import * as m0008 from './2026-11-26-0008-client-counts.js';
import * as m0009 from './2026-11-26-0009-project-task-stats.js';
import * as m0010 from './2026-11-26-0010-assignee-task-state.js';
import * as m0011 from './2026-11-26-0011-communication-month-stats.js';
import * as m0012 from './2026-11-26-0012-client-manager-on-rows.js';
import * as m0013 from './2026-11-26-0013-team-on-tasks.js';
import * as m0014 from './2026-11-26-0014-client-manager-on-tasks.js';
import * as m0015 from './2026-11-26-0015-project-team-status.js';
import * as m0016 from './2026-11-26-0016-client-search-names.js';
import * as m0017 from './2026-11-26-0017-author-day-stats.js';
import * as m0018 from './2026-11-26-0018-task-list-order.js';
import * as m0019 from './2026-11-26-0019-open-tasks-order.js';
import * as m0020 from './2026-11-26-0020-task-list-descending.js';
import * as m0021 from './2026-11-26-0021-projects-deadline-order.js';
import * as m0022 from './2026-12-03-0022-projects-at-risk-order.js';
import * as m0023 from './2026-12-03-0023-manager-budgets.js';
import * as m0024 from './2026-12-06-0024-task-tick.js';
import * as m0025 from './2026-12-06-0025-user-name-key.js';
import * as m0026 from './2026-12-07-0026-contact-list.js';
import * as m0027 from './2026-12-07-0027-contact-search-client.js';
import * as m0028 from './2026-12-07-0028-record-texts.js';
import * as m0029 from './2026-12-07-0029-journal-created-order.js';
import * as m0030 from './2026-12-07-0030-task-text-team.js';
import * as m0031 from './2026-12-07-0031-journal-text-date-keys.js';
import * as m0032 from './2026-12-08-0032-record-text-vocabularies.js';
import * as m0033 from './2026-12-08-0033-journal-text-scope.js';

export const migrations = {
  '2026-11-26-0001-platform': m0001,
  '2026-11-26-0002-clients': m0002,
  '2026-11-26-0003-delivery': m0003,
  '2026-11-26-0004-documents-advice': m0004,
  '2026-11-26-0005-search': m0005,
  '2026-11-26-0006-list-indexes': m0006,
  '2026-11-26-0007-communication-stats': m0007,
  '2026-11-26-0008-client-counts': m0008,
  '2026-11-26-0009-project-task-stats': m0009,
  '2026-11-26-0010-assignee-task-state': m0010,
  '2026-11-26-0011-communication-month-stats': m0011,
  '2026-11-26-0012-client-manager-on-rows': m0012,
  '2026-11-26-0013-team-on-tasks': m0013,
  '2026-11-26-0014-client-manager-on-tasks': m0014,
  '2026-11-26-0015-project-team-status': m0015,
  '2026-11-26-0016-client-search-names': m0016,
  '2026-11-26-0017-author-day-stats': m0017,
  '2026-11-26-0018-task-list-order': m0018,
  '2026-11-26-0019-open-tasks-order': m0019,
  '2026-11-26-0020-task-list-descending': m0020,
  '2026-11-26-0021-projects-deadline-order': m0021,
  '2026-12-03-0022-projects-at-risk-order': m0022,
  '2026-12-03-0023-manager-budgets': m0023,
  '2026-12-06-0024-task-tick': m0024,
  '2026-12-06-0025-user-name-key': m0025,
  '2026-12-07-0026-contact-list': m0026,
  '2026-12-07-0027-contact-search-client': m0027,
  '2026-12-07-0028-record-texts': m0028,
  '2026-12-07-0029-journal-created-order': m0029,
  '2026-12-07-0030-task-text-team': m0030,
  '2026-12-07-0031-journal-text-date-keys': m0031,
  '2026-12-08-0032-record-text-vocabularies': m0032,
  '2026-12-08-0033-journal-text-scope': m0033,
};
