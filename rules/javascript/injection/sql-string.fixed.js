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
