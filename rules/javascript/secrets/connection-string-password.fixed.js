const { Pool } = require('pg');
const mongoose = require('mongoose');
const { createClient } = require('redis');
const mysql = require('mysql2/promise');

// vetted-expect: js.secrets.connection-string-password
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function connectMongo() {
  // vetted-expect: js.secrets.connection-string-password
  await mongoose.connect('mongodb+srv://admin:Xy7pLq2vRt9@cluster0.ab1cd.mongodb.net/shop?retryWrites=true&w=majority');
}

// vetted-expect: js.secrets.connection-string-password
const DATABASE_URL = process.env.DATABASE_URL || "postgresql://postgres:hN4kW8zQ2m@aws-0-eu-central-1.pooler.supabase.com:6543/postgres";

// vetted-expect: js.secrets.connection-string-password
const redis = createClient({ url: 'rediss://default:AYk2AAIjcDE5@eu1-fine-cat-31337.upstash.io:6379' });

export function dbUrl(host, name) {
  // vetted-expect: js.secrets.connection-string-password
  return `mysql://reporting:R3p0rt!ng2024@${host}:3306/${name}`;
}

export const config = {
  database: {
    // vetted-expect: js.secrets.connection-string-password
    url: process.env.DATABASE_URL,
  },
};

// Near misses

// vetted-ok: js.secrets.connection-string-password
const fromEnv = new Pool({ connectionString: process.env.DATABASE_URL });
// vetted-ok: js.secrets.connection-string-password
const local = new Pool({ connectionString: 'postgres://postgres:postgres@localhost:5432/dev' });
// vetted-ok: js.secrets.connection-string-password
const docker = 'mysql://root:root@127.0.0.1:3306/test';
// vetted-ok: js.secrets.connection-string-password
const placeholder = 'postgres://user:password@host:5432/database';
// vetted-ok: js.secrets.connection-string-password
const atlasDocs = 'mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/';
// vetted-ok: js.secrets.connection-string-password
const built = `postgres://${process.env.DB_USER}:${process.env.DB_PASSWORD}@${process.env.DB_HOST}:5432/app`;
// vetted-ok: js.secrets.connection-string-password
const builtPassword = `postgres://app:${encodeURIComponent(password)}@db.internal:5432/app`;
// vetted-ok: js.secrets.connection-string-password
const noPassword = 'postgres://app@db.internal:5432/app';
// vetted-ok: js.secrets.connection-string-password
const masked = 'mongodb://admin:****@cluster0.mongodb.net/shop';
// vetted-ok: js.secrets.connection-string-password
await mysql.createConnection({ host: 'db.internal', user: 'app', password: process.env.DB_PASSWORD });
// vetted-ok: js.secrets.connection-string-password
// const pool = new Pool({ connectionString: 'postgres://app_user:Tr0ub4dor-3xq@db.internal.acme.io:5432/shop' });
const done = true;
