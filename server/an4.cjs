const Database = require('better-sqlite3');
const db = new Database(process.argv[2], { readonly: true });
function time(label, q, ...p) {
  const st = db.prepare(q);
  st.all(...p);
  const t = performance.now();
  let r;
  for (let i = 0; i < 10; i++) r = st.all(...p);
  console.log(
    label.padEnd(30),
    ((performance.now() - t) / 10).toFixed(2),
    'ms',
    JSON.stringify(r).slice(0, 60),
  );
  console.log(
    '   ',
    db
      .prepare('explain query plan ' + q)
      .all(...p)
      .map((r) => r.detail)
      .join(' | '),
  );
}
time('count clients', 'select count(*) from clients');
time('count clients idx', 'select count(*) from clients indexed by clients_manager_idx');
time('fts harbor', `select count(*) from client_fts where client_fts match '"harbor"*'`);
time(
  'fts harbor ids',
  `select count(*) from client_search where id in (select rowid from client_fts where client_fts match '"harbor"*')`,
);
time(
  'fts harbor clients',
  `select count(*) from clients c where c.id in (select owner_id from client_search where id in (select rowid from client_fts where client_fts match '"harbor"*'))`,
);
time(
  'keys page1',
  `select c.id from clients c order by c.name asc nulls last, c.id asc limit 25 offset 0`,
);
time(
  'keys page2000',
  `select c.id from clients c order by c.name asc nulls last, c.id asc limit 25 offset 49975`,
);
time(
  'dev tasks count',
  `select count(*) from tasks x join projects p on p.id = x.project_id where p.team_id in (select team_id from team_members where user_id = '01a21608-4a38-7359-a1fa-c804eec33ea8')`,
);
time(
  'dev tasks keys',
  `select x.id from tasks x join projects p on p.id = x.project_id where p.team_id in (select team_id from team_members where user_id = '01a21608-4a38-7359-a1fa-c804eec33ea8') order by x.is_done asc nulls last, x.deadline asc nulls last, x.id asc limit 25`,
);
