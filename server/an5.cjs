const Database = require('better-sqlite3');
const db = new Database(process.argv[2], { readonly: true });
db.function('lower', { deterministic: true }, (v) => (typeof v === 'string' ? v.toLowerCase() : v));
function time(label, q, ...p) {
  const st = db.prepare(q);
  st.all(...p);
  const t = performance.now();
  let r;
  for (let i = 0; i < 5; i++) r = st.all(...p);
  console.log(
    label.padEnd(30),
    ((performance.now() - t) / 5).toFixed(2),
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
const where = `(c.id in (select owner_id from client_search where id in (select rowid from client_fts where client_fts match '"harbor"*')) or c.manager_id in (select u.id from users u where lower(u.first_name || ' ' || u.last_name) like '%harbor%'))`;
time('search count', `select count(*) from clients c where ${where}`);
time(
  'search keys',
  `select c.id from clients c where ${where} order by c.name asc nulls last, c.id asc limit 25`,
);
time(
  'search keys no or',
  `select c.id from clients c where c.id in (select owner_id from client_search where id in (select rowid from client_fts where client_fts match '"harbor"*')) order by c.name asc nulls last, c.id asc limit 25`,
);
const u = `c.id in (select owner_id from client_search where id in (select rowid from client_fts where client_fts match '"harbor"*') union all select id from clients where manager_id in (select u.id from users u where lower(u.first_name || ' ' || u.last_name) like '%harbor%'))`;
time('union count', `select count(*) from clients c where ${u}`);
time(
  'union keys',
  `select c.id from clients c where ${u} order by c.name asc nulls last, c.id asc limit 25`,
);
