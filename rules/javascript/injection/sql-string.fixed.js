const mysql = require('mysql2/promise');
const { Sequelize, QueryTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL);
const TABLE = 'users';

app.get('/users/:id', async (req, res) => {
  // vetted-expect: js.injection.sql-string
  const [rows] = await db.query(`SELECT * FROM users WHERE id = ${req.params.id}`);
  res.json(rows);
});

async function findByEmail(connection, email) {
  // vetted-expect: js.injection.sql-string
  const [rows] = await connection.execute("SELECT * FROM users WHERE email = '" + email + "'");
  return rows;
}

async function deletePost(pool, id) {
  // vetted-expect: js.injection.sql-string
  await pool.query('DELETE FROM posts WHERE id = ' + id);
}

async function search(knex, term) {
  // vetted-expect: js.injection.sql-string
  return knex.raw(`
    SELECT id, title FROM articles WHERE title LIKE '%${term}%'
  `);
}

async function byId(id) {
  // vetted-expect: js.injection.sql-string
  return sequelize.query(`SELECT * FROM users WHERE id = ?`, { replacements: [id] });
}

async function byName(name) {
  // vetted-expect: js.injection.sql-string
  return sequelize.query(`SELECT * FROM users WHERE name = '${name}'`, { type: QueryTypes.SELECT });
}

async function sorted(column, limit) {
  // vetted-expect: js.injection.sql-string
  return sequelize.query(`SELECT * FROM users ORDER BY ${column} LIMIT ${limit}`);
}

function sqlite(db, id) {
  // vetted-expect: js.injection.sql-string
  db.all(`SELECT * FROM notes WHERE owner = ${id}`, (err, rows) => {});
}

async function safeExamples(pool, knex, id, email) {
  // vetted-ok: js.injection.sql-string
  await pool.query('SELECT * FROM users WHERE id = $1', [id]);
  // vetted-ok: js.injection.sql-string
  await db.execute('SELECT * FROM users WHERE email = ?', [email]);
  // vetted-ok: js.injection.sql-string
  await knex.raw('SELECT * FROM articles WHERE id = ?', [id]);
  // vetted-ok: js.injection.sql-string
  await db.query(`SELECT * FROM ${TABLE} WHERE active = 1`);
  // vetted-ok: js.injection.sql-string
  await db.query('SELECT * FROM users ' + 'WHERE active = 1');
  // vetted-ok: js.injection.sql-string
  await db.query(`SELECT * FROM users WHERE id = ${Number(id)}`);
  // vetted-ok: js.injection.sql-string
  await db.query('SELECT * FROM users WHERE email = ' + mysql.escape(email));
  // vetted-ok: js.injection.sql-string
  await sequelize.query('SELECT * FROM users WHERE id = ?', { replacements: [id] });
  // vetted-ok: js.injection.sql-string
  const hint = "db.query(`SELECT * FROM users WHERE id = ${id}`)";
  // vetted-ok: js.injection.sql-string
  // await db.query(`SELECT * FROM users WHERE id = ${id}`);
  // vetted-ok: js.injection.sql-string
  const cached = cache.get(`select:${id}`);
  // vetted-ok: js.injection.sql-string
  await prisma.$queryRaw`SELECT * FROM users WHERE id = ${id}`;
}

// SQL built in variables and helpers from request input.
const knexClient = require('knex')({ client: 'pg' });

const SORT_COLUMNS = { newest: 'created_at DESC', title: 'title ASC' };

app.get('/articles', async (req, res) => {
  const { author } = req.query;
  const sql = `SELECT id, title FROM articles WHERE author = '${author}'`;
  // vetted-expect: js.injection.sql-string
  const rows = await db.query(sql);
  res.json(rows);
});

app.get('/search', async (req, res) => {
  const term = req.query.q.trim();
  let sql = "SELECT * FROM products WHERE name LIKE '%" + term + "%'";
  sql += ' LIMIT 20';
  // vetted-expect: js.injection.sql-string
  res.json(await db.execute(sql));
});

function userFilter(name) {
  return `name = '${name}'`;
}

app.get('/users', async (req, res) => {
  // vetted-expect: js.injection.sql-string
  const users = await knexClient('users').whereRaw(userFilter(req.query.name));
  res.json(users);
});

app.get('/orders/:id', async (req, res) => {
  const id = Number(req.params.id);
  const sql = `SELECT * FROM orders WHERE id = ${id}`;
  // vetted-ok: js.injection.sql-string
  res.json(await db.query(sql));
});

app.get('/posts', async (req, res) => {
  const { author } = req.query;
  const sql = 'SELECT * FROM posts WHERE author = ?';
  // vetted-ok: js.injection.sql-string
  res.json(await db.query(sql, [author]));
});

app.get('/sorted', async (req, res) => {
  const order = SORT_COLUMNS[req.query.sort];
  if (!order) return res.sendStatus(400);
  const sql = `SELECT * FROM posts ORDER BY ${order}`;
  // vetted-ok: js.injection.sql-string
  res.json(await db.query(sql));
});

function report() {
  const sql = 'SELECT count(*) FROM posts';
  // vetted-ok: js.injection.sql-string
  return db.query(sql);
}

// knex and Sequelize fragments built from request input.
app.get('/members', async (req, res) => {
  const { name, orderBy } = req.query;
  // vetted-expect: js.injection.sql-string
  const rows = await knexClient('members').whereRaw(`name = '${name}'`);
  // vetted-expect: js.injection.sql-string
  const sorted = await knexClient('members').orderByRaw(orderBy + ' DESC');
  res.json({ rows, sorted });
});

app.get('/stats', async (req, res) => {
  const field = req.query.field;
  const stats = await Stat.findAll({
    // vetted-expect: js.injection.sql-string
    attributes: [[sequelize.literal(`SUM(${field})`), 'total']],
  });
  res.json(stats);
});

app.get('/members-safe', async (req, res) => {
  const { name } = req.query;
  const limit = Number(req.query.limit);
  // vetted-ok: js.injection.sql-string
  const rows = await knexClient('members').whereRaw('name = ?', [name]);
  // vetted-ok: js.injection.sql-string
  const top = await knexClient('members').orderByRaw(`score DESC LIMIT ${limit}`);
  // vetted-ok: js.injection.sql-string
  const count = await Stat.findAll({ attributes: [[sequelize.literal('COUNT(*)'), 'n']] });
  res.json({ rows, top, count });
});

// Methods named like a database's on things that are not one: a regex, a search index, a job queue, Promise.all.
const SLUG = /^([a-z]+)-(\d+)$/;
app.get('/search', async (req, res) => {
  const { q, task } = req.query;
  // vetted-ok: js.injection.sql-string
  const parts = SLUG.exec(q);
  // vetted-ok: js.injection.sql-string
  const hits = await searchIndex.query(q);
  // vetted-ok: js.injection.sql-string
  const job = await jobQueue.run(task);
  // vetted-ok: js.injection.sql-string
  const pages = await Promise.all(req.body.pages);
  res.json({ parts, hits, job, pages });
});

app.post('/report', async (req, res) => {
  const { reportSql } = req.body;
  // vetted-expect: js.injection.sql-string
  const rows = await this.pool.query(reportSql);
  // vetted-expect: js.injection.sql-string
  const more = await getConnection().execute(reportSql);
  res.json({ rows, more });
});
