const { Pool, Client } = require('pg');
const { MongoClient } = require('mongodb');
const mysql = require('mysql2/promise');

// vetted-expect: js.transport.database-tls-disabled
const pool = new Pool({ connectionString: 'postgres://app:s3cret@orders.c9akciq32.eu-west-1.rds.amazonaws.com:5432/shop?sslmode=disable' });

const region = process.env.AWS_REGION;
// vetted-expect: js.transport.database-tls-disabled
const reportingUrl = `postgresql://reporting@reports.${region}.acme-corp.io/analytics?sslmode=disable`;

// vetted-expect: js.transport.database-tls-disabled
const mongo = new MongoClient('mongodb+srv://cluster0.ab1cd.mongodb.net/', { tls: false });

// vetted-expect: js.transport.database-tls-disabled
const JOBS_URL = 'mongodb://svc:pw@mongo.acme-corp.io:27017/jobs?tls=false';

const client = new Client({
  host: process.env.PGHOST,
  database: 'shop',
  // vetted-expect: js.transport.database-tls-disabled
  sslmode: 'disable',
});

// Local and in-cluster connections, and TLS switched on.
// vetted-ok: js.transport.database-tls-disabled
const devPool = new Pool({ connectionString: 'postgres://app:app@localhost:5432/shop?sslmode=disable' });
// vetted-ok: js.transport.database-tls-disabled
const composePool = new Pool({ connectionString: 'postgres://app:app@db:5432/shop?sslmode=disable' });
// vetted-ok: js.transport.database-tls-disabled
const privatePool = new Pool({ connectionString: 'postgres://app@10.0.3.12/shop?sslmode=disable' });
// vetted-ok: js.transport.database-tls-disabled
const verified = new Pool({ connectionString: 'postgres://app@orders.c9akciq32.eu-west-1.rds.amazonaws.com/shop?sslmode=verify-full' });
// vetted-ok: js.transport.database-tls-disabled
const localMongo = new MongoClient('mongodb://localhost:27017', { tls: false });
// vetted-ok: js.transport.database-tls-disabled
const tlsMongo = new MongoClient(process.env.MONGO_URL, { tls: true });
// vetted-ok: js.transport.database-tls-disabled
const conn = mysql.createConnection({ host: 'mysql.prod.acme-corp.io', ssl: { rejectUnauthorized: true } });
// vetted-ok: js.transport.database-tls-disabled
const help = 'Append ?sslmode=disable only for localhost connections.';
// vetted-ok: js.transport.database-tls-disabled
const preferred = new Client({ host: process.env.PGHOST, sslmode: 'prefer' });

module.exports = { pool, reportingUrl, mongo, JOBS_URL, client, devPool, composePool, privatePool, verified, localMongo, tlsMongo, conn, help, preferred };
// Other settings that happen to be 'allow' or 'disable'.
// vetted-ok: js.transport.database-tls-disabled
const aclEntry = { ruleAction: 'allow', egress: true };
// vetted-ok: js.transport.database-tls-disabled
const gateway = { autoAccept: 'disable', tls: 'enable' };
