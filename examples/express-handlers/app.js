// A small Express service written the way coding assistants usually write handlers: inputs
// destructured first, strings built in steps, helpers for the repetitive parts. Six endpoints
// take request input to a dangerous place; the ones at the end check it first.
const express = require('express');
const path = require('path');
const { exec } = require('child_process');
const db = require('./db');

const app = express();
app.use(express.json());

const UPLOAD_DIR = path.join(__dirname, 'uploads');
const REPORT_TYPES = { daily: 'daily-report.pdf', weekly: 'weekly-report.pdf' };
const ALLOWED_HOSTS = new Set(['api.github.com', 'status.example.com']);

// Link previews for the chat UI.
app.get('/preview', async (req, res) => {
  const { url } = req.query;
  const response = await fetch(url);
  const html = await response.text();
  res.json({ title: html.match(/<title>(.*?)<\/title>/)?.[1] ?? '' });
});

// Downloads a previously uploaded attachment.
app.get('/files/:name', (req, res) => {
  const { name } = req.params;
  const filePath = path.join(UPLOAD_DIR, name);
  res.sendFile(filePath);
});

// Network diagnostics for the admin page.
app.post('/diagnostics/ping', (req, res) => {
  const { host } = req.body;
  const command = `ping -c 1 ${host}`;
  exec(command, (error, stdout) => {
    if (error) return res.status(500).json({ error: error.message });
    res.json({ output: stdout });
  });
});

function buildSearchQuery(term, sort) {
  let sql = "SELECT id, title FROM articles WHERE title LIKE '%" + term + "%'";
  sql += ` ORDER BY ${sort}`;
  return sql;
}

// Article search.
app.get('/search', async (req, res) => {
  const { q, sort = 'title' } = req.query;
  const query = buildSearchQuery(q, sort);
  const rows = await db.query(query);
  res.json(rows);
});

// Back to where the user came from after logging in.
app.post('/login', async (req, res) => {
  const { returnTo } = req.body;
  const destination = returnTo || '/dashboard';
  res.redirect(destination);
});

// A friendly greeting page.
app.get('/hello', (req, res) => {
  const { name } = req.query;
  const greeting = `<h1>Hello, ${name}!</h1>`;
  res.send(greeting);
});

// Guarded endpoints: the input is checked or mapped before it is used.
app.get('/reports/:type', (req, res) => {
  const file = REPORT_TYPES[req.params.type];
  if (!file) return res.sendStatus(404);
  res.sendFile(path.join(UPLOAD_DIR, file));
});

app.get('/status', async (req, res) => {
  const target = new URL(req.query.url);
  if (!ALLOWED_HOSTS.has(target.hostname)) return res.status(400).json({ error: 'host not allowed' });
  const response = await fetch(target);
  res.json(await response.json());
});

app.get('/articles/:id', async (req, res) => {
  const id = Number.parseInt(req.params.id, 10);
  const rows = await db.query('SELECT * FROM articles WHERE id = $1', [id]);
  res.json(rows[0] ?? null);
});

app.get('/avatar/:file', (req, res) => {
  const file = path.basename(req.params.file);
  res.sendFile(path.join(UPLOAD_DIR, file));
});

app.listen(3000);
