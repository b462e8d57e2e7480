const axios = require('axios');
const https = require('https');

const FEEDS = { news: 'https://news.example.com/rss' };

app.get('/preview', async (req, res) => {
  // vetted-expect: js.injection.ssrf
  const page = await fetch(req.query.url);
  res.send(await page.text());
});

app.post('/webhook/test', async (req, res) => {
  // vetted-expect: js.injection.ssrf
  const { data } = await axios.post(req.body.callbackUrl, { ping: true });
  res.json(data);
});

app.get('/proxy/:host', async (req, res) => {
  // vetted-expect: js.injection.ssrf
  const { data } = await axios.get(`https://${req.params.host}/status`);
  res.json(data);
});

app.get('/image', (req, res) => {
  // vetted-expect: js.injection.ssrf
  https.get('https://' + req.query.host + '/logo.png', (upstream) => upstream.pipe(res));
});

app.get('/raw', async (req, res) => {
  // vetted-expect: js.injection.ssrf
  const r = await fetch(req.query['target']);
  res.send(await r.text());
});

app.get('/safe', async (req, res) => {
  // vetted-ok: js.injection.ssrf
  await fetch('https://api.example.com/health');
  // vetted-ok: js.injection.ssrf
  await fetch(`https://api.example.com/users/${req.params.id}`);
  // vetted-ok: js.injection.ssrf
  await fetch(FEEDS[req.query.feed]);
  // vetted-ok: js.injection.ssrf
  await axios.get('https://api.example.com/search', { params: { q: req.query.q } });
  // vetted-ok: js.injection.ssrf
  const hint = "fetch(req.query.url) is SSRF";
  // vetted-ok: js.injection.ssrf
  // await fetch(req.query.url);
  // vetted-ok: js.injection.ssrf
  const cached = client.get(req.query.url);
  // vetted-ok: js.injection.ssrf
  await fetch(validateUrl(req.query.url));
});

// Handlers as assistants write them: destructuring, variables, strings built in steps, helpers.
app.get('/link-preview', async (req, res) => {
  const { url } = req.query;
  // vetted-expect: js.injection.ssrf
  const response = await fetch(url);
  res.json({ status: response.status });
});

app.post('/webhooks/test', async (req, res) => {
  const { callbackUrl, retries = 3 } = req.body;
  let target = callbackUrl.trim();
  target += '?ping=1';
  // vetted-expect: js.injection.ssrf
  await axios.post(target, { retries });
  res.sendStatus(204);
});

async function loadRemote(address) {
  // vetted-expect: js.injection.ssrf
  const upstream = await fetch(address);
  return upstream.text();
}

app.get('/mirror', async (req, res) => {
  const source = req.query.source;
  res.send(await loadRemote(source));
});

app.get('/avatar', (req, res) => {
  const options = { host: req.query.host, path: '/avatar.png' };
  const host = options.host;
  const base = host ? `https://${host}` : 'https://cdn.example.com';
  // vetted-expect: js.injection.ssrf
  return fetch(base + '/avatar.png').then((r) => r.body.pipe(res));
});

const ALLOWED_HOSTS = new Set(['api.github.com', 'api.gitlab.com']);

app.get('/repo-info', async (req, res) => {
  const target = new URL(req.query.url);
  if (!ALLOWED_HOSTS.has(target.hostname)) return res.status(400).send('host not allowed');
  // vetted-ok: js.injection.ssrf
  const info = await fetch(target);
  res.json(await info.json());
});

app.get('/status/:id', async (req, res) => {
  const id = Number(req.params.id);
  const url = `https://status.example.com/${id}`;
  // vetted-ok: js.injection.ssrf
  const status = await fetch(url);
  res.json(await status.json());
});

app.get('/feed', async (req, res) => {
  const { feed } = req.query;
  const target = FEEDS[feed];
  if (!target) return res.sendStatus(404);
  // vetted-ok: js.injection.ssrf
  res.send(await (await fetch(target)).text());
});

app.get('/health', async (_req, res) => {
  const url = 'https://api.example.com/health';
  // vetted-ok: js.injection.ssrf
  res.json(await (await fetch(url)).json());
});

function pingDefault() {
  const url = process.env.HEALTH_URL || 'https://api.example.com/health';
  // vetted-ok: js.injection.ssrf
  return fetch(url);
}

app.get('/log-only', async (req, res) => {
  const { url } = req.query;
  console.log('asked for', url);
  // vetted-ok: js.injection.ssrf
  res.json(await (await fetch('https://api.example.com/default')).json());
});

// Known gap: a module-level variable shared between functions is not followed.
let pollTarget;

app.post('/poll-target', (req, res) => {
  pollTarget = req.body.url;
  res.sendStatus(204);
});

app.get('/poll', async (_req, res) => {
  // vetted-todo-expect: js.injection.ssrf: request input stored in a module-level variable by another handler
  res.send(await (await fetch(pollTarget)).text());
});
