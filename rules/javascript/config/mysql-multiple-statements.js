const mysql = require('mysql');
const mysql2 = require('mysql2/promise');
const { DataSource } = require('typeorm');
const { Sequelize } = require('sequelize');

const connection = mysql.createConnection({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: 'shop',
  // vetted-expect: js.config.mysql-multiple-statements
  multipleStatements: true,
});

// vetted-expect: js.config.mysql-multiple-statements
const pool = mysql2.createPool({ host: 'db', user: 'app', database: 'shop', multipleStatements: true, connectionLimit: 10 });

async function connect() {
  // vetted-expect: js.config.mysql-multiple-statements
  const conn = await mysql2.createConnection({ uri: process.env.DATABASE_URL, 'multipleStatements': true });
  return conn;
}

// vetted-expect: js.config.mysql-multiple-statements
const legacy = mysql.createConnection('mysql://app@localhost/shop?charset=utf8mb4&multipleStatements=true');

export const AppDataSource = new DataSource({
  type: 'mysql',
  host: 'localhost',
  extra: {
    // vetted-expect: js.config.mysql-multiple-statements
    multipleStatements: true,
  },
});

const sequelize = new Sequelize(process.env.DB_NAME, process.env.DB_USER, process.env.DB_PASSWORD, {
  dialect: 'mysql',
  // vetted-expect: js.config.mysql-multiple-statements
  dialectOptions: { multipleStatements: true },
});

// Near misses
// vetted-ok: js.config.mysql-multiple-statements
const safePool = mysql2.createPool({ host: 'db', user: 'app', database: 'shop', connectionLimit: 10 });
// vetted-ok: js.config.mysql-multiple-statements
const explicit = mysql.createConnection({ host: 'db', multipleStatements: false });
// vetted-ok: js.config.mysql-multiple-statements
const url = mysql.createConnection('mysql://app@localhost/shop?multipleStatements=false');
// vetted-ok: js.config.mysql-multiple-statements
const note = 'set multipleStatements: true only for migrations';
// vetted-ok: js.config.mysql-multiple-statements
// const pool = mysql.createPool({ multipleStatements: true });
// vetted-ok: js.config.mysql-multiple-statements
const flags = { multipleStatements: true };
// vetted-todo-expect: js.config.mysql-multiple-statements: options built in a variable first are not followed
const viaVariable = mysql.createPool(flags);
