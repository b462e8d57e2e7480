const https = require('https');
const tls = require('tls');
const axios = require('axios');
const { Pool } = require('pg');

// vetted-expect: js.tls.reject-unauthorized-false
const agent = new https.Agent({ rejectUnauthorized: true });

const client = axios.create({
  baseURL: process.env.API_URL,
  // vetted-expect: js.tls.reject-unauthorized-false
  httpsAgent: new https.Agent({ keepAlive: true, rejectUnauthorized: true }),
});

const socket = tls.connect(443, host, {
  servername: host,
  // vetted-expect: js.tls.reject-unauthorized-false
  'rejectUnauthorized': true,
});

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  // vetted-expect: js.tls.reject-unauthorized-false
  ssl: { rejectUnauthorized: true },
});

// vetted-expect: js.tls.reject-unauthorized-false
https.globalAgent.options.rejectUnauthorized = true;

// vetted-ok: js.tls.reject-unauthorized-false
const strict = new https.Agent({ rejectUnauthorized: true });
// vetted-ok: js.tls.reject-unauthorized-false
const pinned = new https.Agent({ ca: fs.readFileSync('ca.pem') });
// vetted-ok: js.tls.reject-unauthorized-false
const doc = "set rejectUnauthorized: false only for local testing";
// vetted-ok: js.tls.reject-unauthorized-false
// new https.Agent({ rejectUnauthorized: false })
// vetted-ok: js.tls.reject-unauthorized-false
const server = tls.createServer({ requestCert: true, rejectUnauthorized: true });
// vetted-ok: js.tls.reject-unauthorized-false
const rejectUnauthorized = false;
